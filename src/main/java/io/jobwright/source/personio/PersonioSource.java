package io.jobwright.source.personio;

import io.jobwright.net.FetchFailed;
import io.jobwright.source.Discovery;
import io.jobwright.source.JobSource;
import io.jobwright.source.ParamChecks;
import io.jobwright.source.RawPosting;
import io.jobwright.source.SourceParam;
import io.jobwright.source.SourceParams;
import io.jobwright.source.SourceType;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/** A Personio careers page's XML feed: {@code GET https://<company>.jobs.personio.de/xml?language=en}. */
public final class PersonioSource implements JobSource {

    private static final SourceType TYPE = new SourceType("personio", "Personio careers feed", List.of(
            SourceParam.required("company", "the subdomain, as in <company>.jobs.personio.de"),
            SourceParam.optional("language", "feed language (default en)"),
            SourceParam.baseUrl("https://<company>.jobs.personio.de")), List.of(), null);

    @Override
    public SourceType type() {
        return TYPE;
    }

    @Override
    public void validate(SourceParams params) {
        ParamChecks.slug(params, "company");
        ParamChecks.url(params, "baseUrl", false);
        if (params.get("language") != null && !params.get("language").matches("[a-z]{2}")) {
            throw io.jobwright.error.InvalidRequest.field("params.language", "must be a two-letter language code");
        }
    }

    /** The XML feed lists every open posting in one answer, so a posting missing from it is gone. */
    @Override
    public boolean listsEveryOpenPosting(SourceParams params) {
        return true;
    }

    @Override
    public void discover(Discovery d) {
        String company = d.params().require("company");
        String base = d.params().baseUrl("https://" + company + ".jobs.personio.de");
        String xml = d.getText(SourceParams.uri(base, "/xml?language=" + d.params().get("language", "en")));
        if (!xml.stripLeading().startsWith("<?xml") && !xml.contains("<workzag-jobs")) {
            throw new FetchFailed("the Personio feed did not answer XML (is the company name right?)");
        }
        Document doc = Jsoup.parse(xml, "", Parser.xmlParser());
        if (doc.selectFirst("workzag-jobs") == null) {
            throw new FetchFailed("the Personio feed has no <workzag-jobs> element");
        }
        for (Element position : doc.select("workzag-jobs > position")) {
            try {
                String id = text(position, "id");
                StringBuilder html = new StringBuilder();
                for (Element part : position.select("jobDescriptions > jobDescription")) {
                    html.append("<h3>").append(org.jsoup.nodes.Entities.escape(text(part, "name") == null ? "" : text(part, "name")))
                            .append("</h3>").append(text(part, "value") == null ? "" : text(part, "value"));
                }
                String schedule = text(position, "schedule");
                d.posting(RawPosting.builder(id, text(position, "name"))
                        .company(text(position, "subcompany") != null ? text(position, "subcompany") : company)
                        .listingUrl(id == null ? null : base + "/job/" + id)
                        .description(html.isEmpty() ? null : html.toString())
                        .location(text(position, "office"))
                        .postedAt(text(position, "createdAt"))
                        .jobType(schedule != null ? schedule : text(position, "employmentType"))
                        .department(text(position, "department"))
                        .build());
            } catch (Discovery.Enough e) {
                throw e;
            } catch (RuntimeException e) {
                d.itemError("a Personio position could not be read: " + e.getMessage());
            }
        }
    }

    private static String text(Element parent, String child) {
        Element e = parent.selectFirst("> " + child);
        if (e == null) {
            return null;
        }
        String t = e.wholeText().strip();
        return t.isEmpty() ? null : t;
    }
}
