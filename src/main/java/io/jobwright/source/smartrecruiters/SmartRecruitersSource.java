package io.jobwright.source.smartrecruiters;

import com.fasterxml.jackson.databind.JsonNode;
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
 * A SmartRecruiters company: {@code GET /v1/companies/<company>/postings}, paged by {@code offset}. The list carries no
 * descriptions; with {@code details: true} each posting's page is read too (one request per posting).
 */
public final class SmartRecruitersSource implements JobSource {

    public static final String BASE = "https://api.smartrecruiters.com";
    private static final int PAGE = 100;

    private static final SourceType TYPE = new SourceType("smartrecruiters", "SmartRecruiters company", List.of(
            SourceParam.required("company", "the company id, as in careers.smartrecruiters.com/<company>"),
            SourceParam.optional("details", "true to read each posting's description (one request per posting)"),
            SourceParam.baseUrl(BASE)), List.of(), null);

    @Override
    public SourceType type() {
        return TYPE;
    }

    @Override
    public void validate(SourceParams params) {
        ParamChecks.slug(params, "company");
        ParamChecks.url(params, "baseUrl", false);
    }

    /**
     * {@code GET /v1/companies/<company>/postings/<id>}: 404 once the posting is removed, {@code "active": false}
     * while it is closed to applicants.
     */
    @Override
    public PostingCheck recheck(Recheck r) {
        return r.json(SourceParams.uri(r.params().baseUrl(BASE), "/v1/companies/"
                        + ParamChecks.enc(r.params().require("company")) + "/postings/" + ParamChecks.enc(r.sourceJobId())),
                body -> body.path("active").isBoolean() && !body.path("active").asBoolean()
                        ? "SmartRecruiters marks the posting inactive" : null);
    }

    @Override
    public void discover(Discovery d) {
        String company = d.params().require("company");
        String base = d.params().baseUrl(BASE);
        boolean details = "true".equals(d.params().get("details"));
        for (int offset = 0; d.wantsMore(); offset += PAGE) {
            JsonNode page = d.getJson(SourceParams.uri(base, "/v1/companies/" + ParamChecks.enc(company)
                    + "/postings?limit=" + PAGE + "&offset=" + offset));
            JsonNode content = page.path("content");
            d.each(content, "SmartRecruiters posting", p -> {
                String description = details ? description(d, base, company, text(p, "id")) : null;
                JsonNode loc = p.path("location");
                return RawPosting.builder(text(p, "id"), text(p, "name"))
                        .company(at(p, "/company/name") != null ? at(p, "/company/name") : company)
                        .listingUrl("https://jobs.smartrecruiters.com/" + ParamChecks.enc(company) + "/" + text(p, "id"))
                        .description(description)
                        .location(text(loc, "fullLocation") != null ? text(loc, "fullLocation")
                                : String.join(", ", java.util.stream.Stream.of(text(loc, "city"), text(loc, "region"))
                                .filter(java.util.Objects::nonNull).toList()))
                        .countryCode(text(loc, "country"))
                        .remote(Payloads.bool(loc, "remote"))
                        .workplace(Boolean.TRUE.equals(Payloads.bool(loc, "hybrid")) ? "hybrid" : null)
                        .postedAt(text(p, "releasedDate"))
                        .jobType(at(p, "/typeOfEmployment/label"))
                        .department(at(p, "/department/label"))
                        .build();
            });
            int total = page.path("totalFound").asInt(0);
            if (content.size() < PAGE || offset + content.size() >= total) {
                return;
            }
        }
    }

    private static String description(Discovery d, String base, String company, String id) {
        try {
            JsonNode detail = d.getJson(SourceParams.uri(base, "/v1/companies/" + ParamChecks.enc(company)
                    + "/postings/" + ParamChecks.enc(id)));
            StringBuilder html = new StringBuilder();
            detail.path("jobAd").path("sections").forEach(section -> {
                if (text(section, "title") != null) {
                    html.append("<h3>").append(text(section, "title")).append("</h3>");
                }
                html.append(Payloads.text(section, "text") == null ? "" : text(section, "text"));
            });
            return html.isEmpty() ? null : html.toString();
        } catch (RuntimeException e) {
            d.itemError("description of posting " + id + " unavailable: " + e.getMessage());
            return null;
        }
    }
}
