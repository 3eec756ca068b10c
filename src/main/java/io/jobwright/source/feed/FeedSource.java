package io.jobwright.source.feed;

import io.jobwright.net.FetchFailed;
import io.jobwright.source.Discovery;
import io.jobwright.source.JobSource;
import io.jobwright.source.ParamChecks;
import io.jobwright.source.RawPosting;
import io.jobwright.source.SourceParam;
import io.jobwright.source.SourceParams;
import io.jobwright.source.SourceType;
import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Any RSS 2.0 or Atom job feed. Each item is a posting: its guid (or link) is the id; a title of the form
 * "Company: Role" (as We Work Remotely writes it) is split; {@code region}, {@code country}, {@code state},
 * {@code location} and {@code type} elements are read when present.
 */
public final class FeedSource implements JobSource {

    private static final SourceType TYPE = new SourceType("rss", "RSS or Atom job feed", List.of(
            SourceParam.required("url", "the feed URL"),
            SourceParam.optional("company", "company name, for a single employer's feed"),
            SourceParam.optional("complete", "true when the feed lists every open posting (not just the latest), so"
                    + " the nightly re-check may expire postings that leave it (default false)"),
            SourceParam.baseUrl("the feed URL")), List.of(), null);

    @Override
    public SourceType type() {
        return TYPE;
    }

    @Override
    public void validate(SourceParams params) {
        ParamChecks.url(params, "url", true);
        ParamChecks.url(params, "baseUrl", false);
        ParamChecks.flag(params, "complete");
    }

    /**
     * Only when the user says so ({@code complete=true}): many feeds carry just the latest items. A feed that links a
     * next page (RFC 5005 paging) still says it is incomplete.
     */
    @Override
    public boolean listsEveryOpenPosting(SourceParams params) {
        return ParamChecks.flag(params, "complete");
    }

    @Override
    public void discover(Discovery d) {
        URI url = feedUri(d.params());
        String xml = d.getText(url);
        String head = xml.substring(0, Math.min(xml.length(), 2000)).toLowerCase(java.util.Locale.ROOT);
        if (!head.contains("<rss") && !head.contains("<feed") && !head.contains("<rdf")) {
            throw new FetchFailed("the answer from " + url.getHost() + " is not an RSS or Atom feed");
        }
        Document doc = Jsoup.parse(xml, url.toString(), Parser.xmlParser());
        String company = d.params().get("company");
        if (doc.selectFirst("link[rel=next], atom|link[rel=next]") != null) {
            d.incomplete("the feed links a next page");
        }
        for (Element item : doc.select("item, entry")) {
            try {
                d.posting(read(item, company));
            } catch (Discovery.Enough e) {
                throw e;
            } catch (RuntimeException e) {
                d.itemError("a feed item could not be read: " + e.getMessage());
            }
        }
    }

    /** The feed URL: {@code baseUrl} replaces the scheme and host of {@code url} when given. */
    static URI feedUri(SourceParams params) {
        URI url = ParamChecks.url(params, "url", true);
        String base = params.get("baseUrl");
        if (base == null) {
            return url;
        }
        return URI.create(params.baseUrl(base) + url.getRawPath() + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery()));
    }

    private static RawPosting read(Element item, String company) {
        String title = text(item, "title");
        String link = text(item, "link");
        if (link == null) {
            Element atomLink = item.selectFirst("> link[href]");
            link = atomLink == null ? null : atomLink.attr("href");
        }
        String id = firstNonNull(text(item, "guid"), text(item, "id"), link, title);
        String employer = company;
        if (employer == null && title != null && title.contains(": ")) {
            employer = title.substring(0, title.indexOf(": ")).strip();
            title = title.substring(title.indexOf(": ") + 2).strip();
        }
        if (employer == null) {
            employer = firstNonNull(text(item, "company"), text(item, "author > name"), text(item, "dc|creator"));
        }
        String location = firstNonNull(text(item, "location"),
                Stream.of(text(item, "state"), text(item, "country")).filter(s -> s != null)
                        .collect(Collectors.collectingAndThen(Collectors.joining(", "), s -> s.isEmpty() ? null : s)),
                text(item, "region"));
        String region = text(item, "region");
        return RawPosting.builder(id, title)
                .company(employer)
                .listingUrl(link)
                .description(firstNonNull(text(item, "description"), text(item, "content"), text(item, "summary")))
                .location(location)
                .remote(region != null && region.toLowerCase(java.util.Locale.ROOT).contains("anywhere") ? Boolean.TRUE : null)
                .postedAt(firstNonNull(text(item, "pubDate"), text(item, "published"), text(item, "updated"),
                        text(item, "dc|date")))
                .jobType(text(item, "type"))
                .department(text(item, "category"))
                .build();
    }

    private static String text(Element parent, String child) {
        Element e = parent.selectFirst("> " + child);
        if (e == null) {
            return null;
        }
        String t = e.wholeText().strip();
        return t.isEmpty() ? null : t;
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
