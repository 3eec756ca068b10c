package io.jobwright.source.greenhouse;

import com.fasterxml.jackson.databind.JsonNode;
import io.jobwright.source.Discovery;
import io.jobwright.source.JobSource;
import io.jobwright.source.ParamChecks;
import io.jobwright.source.PostingCheck;
import io.jobwright.source.RawPosting;
import io.jobwright.source.Recheck;
import io.jobwright.source.SourceParam;
import io.jobwright.source.SourceParams;
import io.jobwright.source.SourceType;
import java.util.List;

import static io.jobwright.source.Payloads.at;
import static io.jobwright.source.Payloads.text;

/** A Greenhouse job board: {@code GET /v1/boards/<board>/jobs?content=true}, every posting with its description. */
public final class GreenhouseSource implements JobSource {

    public static final String BASE = "https://boards-api.greenhouse.io";

    private static final SourceType TYPE = new SourceType("greenhouse", "Greenhouse job board", List.of(
            SourceParam.required("board", "the board token, as in boards.greenhouse.io/<board>"),
            SourceParam.optional("company", "company name to show (default: the board's own)"),
            SourceParam.baseUrl(BASE)), List.of(), null);

    @Override
    public SourceType type() {
        return TYPE;
    }

    @Override
    public void validate(SourceParams params) {
        ParamChecks.slug(params, "board");
        ParamChecks.url(params, "baseUrl", false);
    }

    /** {@code GET /v1/boards/<board>/jobs/<id>}: 404 once the posting is closed. */
    @Override
    public PostingCheck recheck(Recheck r) {
        return r.json(SourceParams.uri(r.params().baseUrl(BASE), "/v1/boards/" + ParamChecks.enc(r.params().require("board"))
                + "/jobs/" + ParamChecks.enc(r.sourceJobId())));
    }

    @Override
    public void discover(Discovery d) {
        String board = d.params().require("board");
        String company = d.params().get("company");
        d.eachIn(SourceParams.uri(d.params().baseUrl(BASE),
                "/v1/boards/" + ParamChecks.enc(board) + "/jobs?content=true"), "jobs", "Greenhouse job", job -> {
            String employmentType = null;
            for (JsonNode m : job.path("metadata")) {
                if ("Employment Type".equalsIgnoreCase(text(m, "name"))) {
                    employmentType = text(m, "value");
                }
            }
            return RawPosting.builder(text(job, "id"), text(job, "title"))
                    .company(company != null ? company : text(job, "company_name") != null ? text(job, "company_name") : board)
                    .listingUrl(text(job, "absolute_url"))
                    .description(text(job, "content"))
                    .location(at(job, "/location/name"))
                    .postedAt(text(job, "first_published") != null ? text(job, "first_published") : text(job, "updated_at"))
                    .deadline(text(job, "application_deadline"))
                    .department(at(job, "/departments/0/name"))
                    .jobType(employmentType)
                    .build();
        });
    }
}
