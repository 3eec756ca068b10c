package io.jobwright.source;

import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Posting descriptions: HTML cleaned to a safe subset (no scripts, styles, event handlers, frames or
 * {@code javascript:} links), and the same text as plain paragraphs. Sources often entity-encode their HTML
 * (Greenhouse's {@code &lt;p&gt;}); that is decoded first. Thread-safe.
 */
public final class HtmlText {

    private static final Safelist SAFE = Safelist.relaxed().removeTags("img")
            .addAttributes("a", "rel").addEnforcedAttribute("a", "rel", "nofollow noopener")
            .removeProtocols("a", "href", "ftp", "mailto").addProtocols("a", "href", "mailto");

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** A description both ways: safe HTML, and plain text. */
    public record Described(String html, String text) {
    }

    private HtmlText() {
    }

    /** The description as safe HTML and as plain text, from one parse. Null stays null. */
    public static Described describe(String description) {
        if (description == null || description.isBlank()) {
            return new Described(null, null);
        }
        String html = decodeIfEncoded(description);
        if (!looksLikeHtml(html)) {
            return new Described(sanitize(html), html.strip());
        }
        Document clean = new Cleaner(SAFE).clean(Jsoup.parseBodyFragment(html));
        clean.outputSettings().prettyPrint(false);
        return new Described(clean.body().html().strip(), text(clean.body()));
    }

    /** Whether the text looks like HTML (tags, possibly entity-encoded). */
    public static boolean looksLikeHtml(String text) {
        return text != null && (text.contains("&lt;") || hasTag(text, true));
    }

    /**
     * Whether {@code text} has a tag: {@code <}, optional spaces, (a {@code /} and more spaces when {@code closing}
     * counts), a letter, and a {@code >} later on. A hand-written scan, since postings run to kilobytes and a regular
     * expression tried at every position was a tenth of the cost of reading one.
     */
    private static boolean hasTag(String text, boolean closing) {
        for (int lt = text.indexOf('<'); lt >= 0; lt = text.indexOf('<', lt + 1)) {
            int i = skipWhitespace(text, lt + 1);
            if (closing && i < text.length() && text.charAt(i) == '/') {
                i = skipWhitespace(text, i + 1);
            }
            if (i < text.length() && isAsciiLetter(text.charAt(i))) {
                return text.indexOf('>', i + 1) >= 0;
            }
        }
        return false;
    }

    private static int skipWhitespace(String text, int from) {
        int i = from;
        while (i < text.length() && " \t\n\u000b\f\r".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** The description as safe HTML; plain text becomes paragraphs. Null stays null. */
    public static String sanitize(String description) {
        if (description == null || description.isBlank()) {
            return null;
        }
        String html = decodeIfEncoded(description);
        if (!looksLikeHtml(html)) {
            StringBuilder out = new StringBuilder();
            for (String para : html.strip().split("\\n\\s*\\n")) {
                out.append("<p>").append(org.jsoup.nodes.Entities.escape(para.strip()).replace("\n", "<br>"))
                        .append("</p>");
            }
            return out.toString();
        }
        Document dirty = Jsoup.parseBodyFragment(html);
        Document clean = new Cleaner(SAFE).clean(dirty);
        clean.outputSettings().prettyPrint(false);
        return clean.body().html().strip();
    }

    /** The description as plain text with paragraph and list breaks kept. Null stays null. */
    public static String plain(String description) {
        if (description == null || description.isBlank()) {
            return null;
        }
        String html = decodeIfEncoded(description);
        if (!looksLikeHtml(html)) {
            return html.strip();
        }
        return text(Jsoup.parseBodyFragment(html).body());
    }

    private static String text(Element body) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    out.append(t.text());
                } else if (node instanceof Element e) {
                    switch (e.normalName()) {
                        case "li" -> out.append("\n- ");
                        case "br" -> out.append('\n');
                        case "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "tr", "section" -> out.append("\n\n");
                        default -> { }
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && switch (e.normalName()) {
                    case "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "section" -> true;
                    default -> false;
                }) {
                    out.append("\n\n");
                }
            }
        }, body);
        return tidyBreaks(out);
    }

    /**
     * One pass over the text: runs of spaces, tabs and no-break spaces become one space, spaces next to a line
     * break go, three or more breaks become two, and the ends are stripped. (Three regular-expression passes did
     * the same at twice the cost of parsing the HTML.)
     */
    static String tidyBreaks(CharSequence text) {
        String in = text.toString();
        StringBuilder out = new StringBuilder(in.length());
        boolean space = false;
        int breaks = 0;
        int run = 0;
        for (int i = 0; i < in.length(); i++) {
            char c = in.charAt(i);
            boolean blank = c == ' ' || c == '\t' || c == '\u00a0';
            if (!blank && c != '\n') {
                continue;
            }
            out.append(in, run, i);
            run = i + 1;
            if (blank) {
                space = space || breaks == 0;
            } else {
                breaks++;
                space = false;
            }
            int next = i + 1;
            if (next == in.length() || !isBlankOrBreak(in.charAt(next))) {
                if (breaks > 0) {
                    out.append(breaks == 1 ? "\n" : "\n\n");
                } else if (space) {
                    out.append(' ');
                }
                breaks = 0;
                space = false;
            }
        }
        out.append(in, run, in.length());
        return out.toString().strip();
    }

    private static boolean isBlankOrBreak(char c) {
        return c == ' ' || c == '\t' || c == '\u00a0' || c == '\n';
    }

    /** Plain text of a short HTML-ish string (a title, a location), on one line. */
    public static String inline(String text) {
        if (text == null) {
            return null;
        }
        String s = looksLikeHtml(text) || text.contains("&") ? Jsoup.parse(decodeIfEncoded(text)).text() : text;
        s = WHITESPACE.matcher(s.replace('\u00a0', ' ')).replaceAll(" ").strip();
        return s.isEmpty() ? null : s;
    }

    private static String decodeIfEncoded(String text) {
        if (text.contains("&lt;") && !hasTag(text, false)) {
            return Parser.unescapeEntities(text, false);
        }
        return text;
    }
}
