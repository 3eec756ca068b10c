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

    private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*[a-zA-Z][^>]*>");
    private static final Pattern OPENING_TAG = Pattern.compile("<\\s*[a-zA-Z][^>]*>");
    private static final Pattern SPACES = Pattern.compile("[ \\t]+");
    private static final Pattern SPACE_AROUND_BREAK = Pattern.compile(" *\\n *");
    private static final Pattern MANY_BREAKS = Pattern.compile("\\n{3,}");
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
        return text != null && (text.contains("&lt;") || TAG.matcher(text).find());
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
        String text = SPACES.matcher(out.toString().replace('\u00a0', ' ')).replaceAll(" ");
        text = SPACE_AROUND_BREAK.matcher(text).replaceAll("\n");
        return MANY_BREAKS.matcher(text).replaceAll("\n\n").strip();
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
        if (text.contains("&lt;") && !OPENING_TAG.matcher(text).find()) {
            return Parser.unescapeEntities(text, false);
        }
        return text;
    }
}
