package io.jobwright.source.lever;

import com.fasterxml.jackson.databind.JsonNode;
import io.jobwright.error.InvalidRequest;
import io.jobwright.source.Discovery;
import io.jobwright.source.JobSource;
import io.jobwright.source.ParamChecks;
import io.jobwright.source.Payloads;
import io.jobwright.source.PostingCheck;
import io.jobwright.source.RawPosting;
import io.jobwright.source.Recheck;
import io.jobwright.source.SourceParam;
import io.jobwright.source.SourceParams;
import io.jobwright.source.SourceType;
import java.util.List;

import static io.jobwright.source.Payloads.at;
import static io.jobwright.source.Payloads.text;

/**
 * A Lever site: {@code GET /v0/postings/<site>?mode=json}, paged with {@code skip} and {@code limit}. Sites hosted
 * in the EU answer on {@code api.eu.lever.co} ({@code region: eu}).
 */
public final class LeverSource implements JobSource {

    public static final String BASE = "https://api.lever.co";
    public static final String EU_BASE = "https://api.eu.lever.co";
    private static final int PAGE = 100;

    private static final SourceType TYPE = new SourceType("lever", "Lever job site", List.of(
            SourceParam.required("site", "the site name, as in jobs.lever.co/<site>"),
            SourceParam.optional("region", "global (default) or eu, for sites on jobs.eu.lever.co"),
            SourceParam.optional("company", "company name to show (default: the site name)"),
            SourceParam.baseUrl(BASE + " or " + EU_BASE)), List.of(), null);

    @Override
    public SourceType type() {
        return TYPE;
    }

    @Override
    public void validate(SourceParams params) {
        ParamChecks.slug(params, "site");
        String region = params.get("region", "global");
        if (!region.equals("global") && !region.equals("eu")) {
            throw InvalidRequest.field("params.region", "must be global or eu");
        }
        ParamChecks.url(params, "baseUrl", false);
    }

    /** {@code GET /v0/postings/<site>/<id>}: 404 once the posting is closed. */
    @Override
    public PostingCheck recheck(Recheck r) {
        String base = r.params().baseUrl("eu".equals(r.params().get("region")) ? EU_BASE : BASE);
        return r.json(SourceParams.uri(base, "/v0/postings/" + ParamChecks.enc(r.params().require("site")) + "/"
                + ParamChecks.enc(r.sourceJobId()) + "?mode=json"));
    }

    @Override
    public void discover(Discovery d) {
        String site = d.params().require("site");
        String base = d.params().baseUrl("eu".equals(d.params().get("region")) ? EU_BASE : BASE);
        String company = d.params().get("company", site);
        for (int skip = 0; d.wantsMore(); skip += PAGE) {
            JsonNode page = d.getJson(SourceParams.uri(base, "/v0/postings/" + ParamChecks.enc(site)
                    + "?mode=json&skip=" + skip + "&limit=" + PAGE));
            if (!page.isArray()) {
                throw new io.jobwright.net.FetchFailed("Lever answered " + page.getNodeType()
                        + " where a list of postings was expected");
            }
            d.each(page, "Lever posting", p -> read(p, company));
            if (page.size() < PAGE) {
                return;
            }
        }
    }

    private static RawPosting read(JsonNode p, String company) {
        StringBuilder description = new StringBuilder(nz(text(p, "description")));
        for (JsonNode list : p.path("lists")) {
            description.append("<h3>").append(nz(text(list, "text"))).append("</h3><ul>")
                    .append(nz(text(list, "content"))).append("</ul>");
        }
        description.append(nz(text(p, "additional")));
        JsonNode salary = p.path("salaryRange");
        return RawPosting.builder(text(p, "id"), text(p, "text"))
                .company(company)
                .listingUrl(text(p, "hostedUrl"))
                .applyUrl(text(p, "applyUrl"))
                .description(description.isEmpty() ? text(p, "descriptionPlain") : description.toString())
                .location(at(p, "/categories/location"))
                .countryCode(text(p, "country"))
                .workplace(text(p, "workplaceType"))
                .postedAt(text(p, "createdAt"))
                .jobType(at(p, "/categories/commitment"))
                .department(at(p, "/categories/team"))
                .salary(Payloads.number(salary, "min"), Payloads.number(salary, "max"), text(salary, "currency"),
                        text(salary, "interval"))
                .build();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
