package io.jobwright.source.remotive;

import com.fasterxml.jackson.databind.JsonNode;
import io.jobwright.source.Discovery;
import io.jobwright.source.JobSource;
import io.jobwright.source.ParamChecks;
import io.jobwright.source.RawPosting;
import io.jobwright.source.SourceParam;
import io.jobwright.source.SourceParams;
import io.jobwright.source.SourceType;
import java.util.List;

import static io.jobwright.source.Payloads.text;

/**
 * Remotive's remote-jobs API: {@code GET /api/remote-jobs?search=…}. Its terms: link back to the posting on
 * Remotive and name Remotive as the source; no more than a few requests a day.
 */
public final class RemotiveSource implements JobSource {

    public static final String BASE = "https://remotive.com";

    private static final SourceType TYPE = new SourceType("remotive", "Remotive (remote jobs)", List.of(
            SourceParam.optional("category", "a Remotive category slug (software-dev, data…)"),
            SourceParam.baseUrl(BASE)), List.of(),
            "Remotive: link back to remotive.com and name Remotive as the source; fetch at most a few times a day.");

    @Override
    public SourceType type() {
        return TYPE;
    }

    @Override
    public void validate(SourceParams params) {
        if (params.get("category") != null) {
            ParamChecks.slug(params, "category");
        }
        ParamChecks.url(params, "baseUrl", false);
    }

    /**
     * Without search terms the API answers every open job (of the category, when one is set); an answer that fills
     * the limit may have been cut and says it is incomplete.
     */
    @Override
    public boolean listsEveryOpenPosting(SourceParams params) {
        return true;
    }

    @Override
    public void discover(Discovery d) {
        int limit = Math.min(d.search().maxItems(), 1000);
        StringBuilder query = new StringBuilder("/api/remote-jobs?limit=" + limit);
        if (!d.search().terms().isEmpty()) {
            query.append("&search=").append(ParamChecks.enc(d.search().query()));
        }
        if (d.params().get("category") != null) {
            query.append("&category=").append(ParamChecks.enc(d.params().get("category")));
        }
        JsonNode body = d.getJson(SourceParams.uri(d.params().baseUrl(BASE), query.toString()));
        d.each(body.path("jobs"), "Remotive job", j -> RawPosting.builder(text(j, "id"), text(j, "title"))
                .company(text(j, "company_name"))
                .companyLogo(text(j, "company_logo"))
                .listingUrl(text(j, "url"))
                .description(text(j, "description"))
                .location(text(j, "candidate_required_location"))
                .remote(true)
                .salaryText(text(j, "salary"))
                .postedAt(text(j, "publication_date"))
                .jobType(text(j, "job_type"))
                .department(text(j, "category"))
                .build());
        if (body.path("jobs").size() >= limit) {
            d.incomplete("Remotive answered as many jobs as the limit of " + limit + "; more may exist");
        }
    }
}
