package io.jobwright.source.jsonld;

import com.fasterxml.jackson.databind.JsonNode;
import io.jobwright.net.FetchFailed;
import io.jobwright.source.Discovery;
import io.jobwright.source.JobSource;
import io.jobwright.source.ParamChecks;
import io.jobwright.source.Payloads;
import io.jobwright.source.RawPosting;
import io.jobwright.source.SourceParam;
import io.jobwright.source.SourceParams;
import io.jobwright.source.SourceType;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import static io.jobwright.source.Payloads.text;

/**
 * A careers page that describes its postings with schema.org {@code JobPosting} JSON-LD (the markup search engines
 * read). Every {@code JobPosting} in the page's {@code application/ld+json} blocks is a posting, also inside arrays
 * and {@code @graph}.
 */
public final class JsonLdSource implements JobSource {

    private static final SourceType TYPE = new SourceType("jsonld", "Careers page with schema.org JobPosting", List.of(
            SourceParam.required("url", "the careers or posting page URL"),
            SourceParam.optional("complete", "true when the page lists every open posting (not one page of many),"
                    + " so the nightly re-check may expire postings that leave it (default false)"),
            SourceParam.baseUrl("the page URL")), List.of(), null);

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

    /** Only when the user says so ({@code complete=true}): a careers page may show one page of many. */
    @Override
    public boolean listsEveryOpenPosting(SourceParams params) {
        return ParamChecks.flag(params, "complete");
    }

    @Override
    public void discover(Discovery d) {
        URI url = ParamChecks.url(d.params(), "url", true);
        String base = d.params().get("baseUrl");
        URI fetchUrl = base == null ? url : URI.create(d.params().baseUrl(base) + url.getRawPath()
                + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery()));
        String html = d.getText(fetchUrl);
        List<JsonNode> postings = postings(html, d);
        if (postings.isEmpty()) {
            throw new FetchFailed("no schema.org JobPosting found on " + url.getHost() + url.getRawPath());
        }
        int index = 0;
        for (JsonNode p : postings) {
            int i = index++;
            d.each(List.of(p), "JobPosting", n -> read(n, url.toString(), i));
        }
    }

    /** Every JobPosting object in the page's JSON-LD blocks. */
    public static List<JsonNode> postings(String html, Discovery d) {
        Document doc = Jsoup.parse(html);
        List<JsonNode> found = new ArrayList<>();
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                collect(Payloads.json(script.data(), "a JSON-LD block"), found);
            } catch (FetchFailed e) {
                if (d != null) {
                    d.itemError(e.getMessage());
                }
            }
        }
        return found;
    }

    private static void collect(JsonNode node, List<JsonNode> found) {
        if (node.isArray()) {
            node.forEach(n -> collect(n, found));
        } else if (node.isObject()) {
            JsonNode type = node.path("@type");
            boolean posting = type.isArray() ? type.toString().contains("\"JobPosting\"") : "JobPosting".equals(type.asText());
            if (posting) {
                found.add(node);
            } else if (node.has("@graph")) {
                collect(node.get("@graph"), found);
            }
        }
    }

    private static RawPosting read(JsonNode p, String pageUrl, int index) {
        JsonNode identifier = p.path("identifier");
        String id = identifier.isObject() ? text(identifier, "value") : text(p, "identifier");
        String url = text(p, "url");
        if (id == null) {
            id = url != null ? url : pageUrl + "#" + index;
        }
        JsonNode org = p.path("hiringOrganization");
        JsonNode loc = p.path("jobLocation").isArray() ? p.path("jobLocation").path(0) : p.path("jobLocation");
        JsonNode address = loc.path("address");
        String country = address.path("addressCountry").isObject() ? text(address.path("addressCountry"), "name")
                : text(address, "addressCountry");
        String place = String.join(", ", java.util.stream.Stream.of(text(address, "addressLocality"),
                text(address, "addressRegion"), country).filter(java.util.Objects::nonNull).toList());
        JsonNode salary = p.path("baseSalary");
        JsonNode value = salary.path("value");
        Double min = value.isObject() ? Payloads.number(value, "minValue") : Payloads.number(salary, "value");
        Double max = value.isObject() ? Payloads.number(value, "maxValue") : null;
        if (min == null && value.isObject()) {
            min = Payloads.number(value, "value");
        }
        String employment = p.path("employmentType").isArray() ? p.path("employmentType").path(0).asText()
                : text(p, "employmentType");
        return RawPosting.builder(id, text(p, "title"))
                .company(org.isObject() ? text(org, "name") : text(p, "hiringOrganization"))
                .companyUrl(org.isObject() ? text(org, "sameAs") : null)
                .companyLogo(org.isObject() && org.path("logo").isTextual() ? text(org, "logo") : null)
                .listingUrl(url != null ? url : pageUrl)
                .description(text(p, "description"))
                .location(place.isEmpty() ? text(loc, "name") : place)
                .countryCode(country)
                .remote("TELECOMMUTE".equalsIgnoreCase(text(p, "jobLocationType")) ? Boolean.TRUE : null)
                .salary(min, max, text(salary, "currency"), value.isObject() ? text(value, "unitText") : null)
                .postedAt(text(p, "datePosted"))
                .deadline(text(p, "validThrough"))
                .jobType(employment)
                .build();
    }
}
