package io.jobwright.source;

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

    private HtmlText() {
    }

    /** Whether the text looks like HTML (tags, possibly entity-encoded). */
    public static boolean looksLikeHtml(String text) {
        return text != null && (text.matches("(?s).*<\\s*/?\\s*[a-zA-Z][^>]*>.*") || text.contains("&lt;"));
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
        Element body = Jsoup.parseBodyFragment(html).body();
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
        return out.toString().replace('\u00a0', ' ').replaceAll("[ \\t]+", " ").replaceAll(" *\\n *", "\n")
                .replaceAll("\\n{3,}", "\n\n").strip();
    }

    /** Plain text of a short HTML-ish string (a title, a location), on one line. */
    public static String inline(String text) {
        if (text == null) {
            return null;
        }
        String s = looksLikeHtml(text) || text.contains("&") ? Jsoup.parse(decodeIfEncoded(text)).text() : text;
        s = s.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
        return s.isEmpty() ? null : s;
    }

    private static String decodeIfEncoded(String text) {
        if (text.contains("&lt;") && !text.matches("(?s).*<\\s*[a-zA-Z][^>]*>.*")) {
            return Parser.unescapeEntities(text, false);
        }
        return text;
    }
}
