package io.jobwright.render;

/**
 * Builds a well-formed XHTML string in which every piece of user text is escaped. Tags and class names come only
 * from our code; text passes through {@link #escape}, which also drops characters XML 1.0 forbids (control
 * characters, lone surrogates), because openhtmltopdf parses the document as strict XML. Not thread-safe: one per
 * document.
 */
final class Xhtml {

    private final StringBuilder out = new StringBuilder(8 * 1024);
    private final StringBuilder plain = new StringBuilder(4 * 1024);
    private final java.util.List<String> headings = new java.util.ArrayList<>();

    /** Appends markup written by our own code, unescaped. */
    Xhtml markup(String markup) {
        out.append(markup);
        return this;
    }

    /**
     * Appends a run of user text, escaped and wrapped in a {@code span}. openhtmltopdf paints a block's bare text
     * before the inline elements beside it, so a bare run next to a link or a bold label would land out of reading
     * order in the PDF's text, which is what an ATS parses; runs in spans are painted in document order.
     */
    Xhtml text(String text) {
        out.append("<span>").append(escape(text)).append("</span>");
        return plain(text);
    }

    /** Appends {@code <tag class="cssClass">text</tag>}; the class is left out when {@code null}. */
    Xhtml element(String tag, String cssClass, String text) {
        open(tag, cssClass);
        out.append(escape(text));
        plain(text);
        return close(tag);
    }

    /** Opens a tag with an optional class. */
    Xhtml open(String tag, String cssClass) {
        out.append('<').append(tag);
        if (cssClass != null) {
            out.append(" class=\"").append(cssClass).append('"');
        }
        out.append('>');
        return this;
    }

    /** Closes a tag. */
    Xhtml close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** Appends the text as a link to {@code href}, or as plain text when {@code href} is {@code null}. */
    Xhtml link(String href, String text) {
        if (href == null) {
            return text(text);
        }
        out.append("<a href=\"").append(escape(href)).append("\">").append(escape(text));
        plain(text);
        return close("a");
    }

    /** Appends a section heading ({@code h2}) and remembers it for the read-back check. */
    Xhtml heading(String text) {
        headings.add(text);
        return element("h2", null, text);
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /** All user-visible text appended so far, runs separated by spaces. */
    String plainText() {
        return plain.toString();
    }

    /** The section headings appended so far, in order. */
    java.util.List<String> headings() {
        return java.util.List.copyOf(headings);
    }

    private Xhtml plain(String text) {
        if (text != null) {
            plain.append(text).append(' ');
        }
        return this;
    }

    /** The text with {@code & < > " '} escaped and characters XML cannot carry removed; {@code null} is empty. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    if (isXmlChar(c)) {
                        escaped.appendCodePoint(c);
                    }
                }
            }
        });
        return escaped.toString();
    }

    private static boolean isXmlChar(int c) {
        return c == 0x9 || c == 0xA || c == 0xD
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
