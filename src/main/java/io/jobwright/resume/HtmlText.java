package io.jobwright.resume;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Turns the rich text of Reactive Resume descriptions (and stray markup in JSON Resume fields) into the plain text the
 * resume model holds, and back. Markup is first cleaned against a small safelist, so scripts, styles, event handlers
 * and {@code javascript:} links are gone before any text is read. A link whose text differs from its address keeps the
 * address as {@code text (https://…)}. Thread-safe.
 */
final class HtmlText {

    /** Paragraph lines and list bullets, in document order within each kind. */
    record Rich(List<String> paragraphs, List<String> bullets) {
        /** The paragraphs joined by line breaks, or {@code null} when there are none. */
        String text() {
            return paragraphs.isEmpty() ? null : String.join("\n", paragraphs);
        }

        /** Paragraphs and bullets all as lines, or {@code null} when there are none. */
        String allText() {
            List<String> lines = new ArrayList<>(paragraphs);
            lines.addAll(bullets);
            return lines.isEmpty() ? null : String.join("\n", lines);
        }
    }

    private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*[a-zA-Z!][^>]*>|&(#\\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);");
    private static final Pattern URL = Pattern.compile("https?://[^\\s()<>]+[^\\s()<>.,;:!?'\"]");
    private static final Safelist SAFE = Safelist.relaxed()
            .removeTags("img")
            .addProtocols("a", "href", "http", "https", "mailto");

    private HtmlText() {
    }

    /** True when the text holds tags or entities, so it needs {@link #plain}. */
    static boolean looksLikeHtml(String text) {
        return text != null && TAG.matcher(text).find();
    }

    /** One line of plain text from markup: paragraphs and bullets joined by line breaks; {@code null} if empty. */
    static String plain(String html) {
        if (html == null) {
            return null;
        }
        return read(html).allText();
    }

    /** The paragraphs and the bullets ({@code <li>}) of an HTML fragment, each cleaned and trimmed. */
    static Rich read(String html) {
        List<String> paragraphs = new ArrayList<>();
        List<String> bullets = new ArrayList<>();
        if (html == null || html.isBlank()) {
            return new Rich(paragraphs, bullets);
        }
        Document clean = new Cleaner(SAFE).clean(Jsoup.parseBodyFragment(html));
        StringBuilder loose = new StringBuilder();
        for (Node node : clean.body().childNodes()) {
            if (node instanceof Element element && isList(element)) {
                flush(loose, paragraphs);
                collectBullets(element, bullets);
            } else if (node instanceof Element element && element.isBlock()) {
                flush(loose, paragraphs);
                blockLines(element, paragraphs, bullets);
            } else {
                inline(node, loose);
            }
        }
        flush(loose, paragraphs);
        return new Rich(paragraphs, bullets);
    }

    /** HTML for paragraph text (one {@code <p>} per line) followed by a bullet list; URLs become links. */
    static String html(String text, List<String> bullets) {
        StringBuilder html = new StringBuilder();
        if (text != null) {
            text.lines().map(String::strip).filter(line -> !line.isEmpty())
                    .forEach(line -> html.append("<p>").append(linked(line)).append("</p>"));
        }
        if (!bullets.isEmpty()) {
            html.append("<ul>");
            bullets.forEach(bullet -> html.append("<li><p>").append(linked(bullet)).append("</p></li>"));
            html.append("</ul>");
        }
        return html.toString();
    }

    private static void blockLines(Element block, List<String> paragraphs, List<String> bullets) {
        StringBuilder line = new StringBuilder();
        for (Node child : block.childNodes()) {
            if (child instanceof Element element && isList(element)) {
                flush(line, paragraphs);
                collectBullets(element, bullets);
            } else if (child instanceof Element element && element.isBlock() && !element.tagName().equals("br")) {
                flush(line, paragraphs);
                blockLines(element, paragraphs, bullets);
            } else {
                inline(child, line);
            }
        }
        flush(line, paragraphs);
    }

    private static void collectBullets(Element list, List<String> bullets) {
        for (Element item : list.children()) {
            StringBuilder text = new StringBuilder();
            List<Element> nested = new ArrayList<>();
            for (Node child : item.childNodes()) {
                if (child instanceof Element element && isList(element)) {
                    nested.add(element);
                } else {
                    if (child instanceof Element element && element.isBlock() && !text.isEmpty()) {
                        text.append(' ');
                    }
                    inline(child, text);
                }
            }
            String bullet = normalise(text.toString());
            if (!bullet.isEmpty()) {
                bullets.add(bullet);
            }
            nested.forEach(list2 -> collectBullets(list2, bullets));
        }
    }

    /** Appends a node's text, links with their address; {@code <br>} becomes a space (lines are paragraphs). */
    private static void inline(Node node, StringBuilder out) {
        if (node instanceof TextNode text) {
            out.append(text.getWholeText());
        } else if (node instanceof Element element) {
            if (element.tagName().equals("br")) {
                out.append(' ');
                return;
            }
            if (element.tagName().equals("a")) {
                String label = normalise(element.text());
                String href = element.attr("href").strip();
                String address = href.startsWith("mailto:") ? href.substring("mailto:".length()) : href;
                out.append(label);
                if (!address.isEmpty() && !label.equals(address) && !label.equals(href)) {
                    out.append(label.isEmpty() ? address : " (" + address + ")");
                }
                return;
            }
            boolean block = element.isBlock();
            if (block) {
                out.append(' ');
            }
            element.childNodes().forEach(child -> inline(child, out));
            if (block) {
                out.append(' ');
            }
        }
    }

    private static void flush(StringBuilder line, List<String> into) {
        String text = normalise(line.toString());
        if (!text.isEmpty()) {
            into.add(text);
        }
        line.setLength(0);
    }

    private static boolean isList(Element element) {
        return element.tagName().equals("ul") || element.tagName().equals("ol");
    }

    private static String normalise(String text) {
        return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }

    private static String linked(String text) {
        StringBuilder out = new StringBuilder();
        Matcher url = URL.matcher(text);
        int last = 0;
        while (url.find()) {
            out.append(escape(text.substring(last, url.start())));
            String href = escape(url.group());
            out.append("<a href=\"").append(href).append("\">").append(href).append("</a>");
            last = url.end();
        }
        out.append(escape(text.substring(last)));
        return out.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
