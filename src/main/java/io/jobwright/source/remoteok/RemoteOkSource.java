package io.jobwright.source.remoteok;

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
import java.util.List;

import static io.jobwright.source.Payloads.text;

/**
 * Remote OK's API: {@code GET /api}, a list whose first element is the legal notice. Its terms ask that every posting
 * links back to Remote OK (the listing URL we keep is Remote OK's own page) and names Remote OK as the source.
 */
public final class RemoteOkSource implements JobSource {

    public static final String BASE = "https://remoteok.com";
    public static final String TERMS = "Remote OK: link back (followed) to the posting on Remote OK and mention"
            + " Remote OK as the source; do not use the Remote OK logo.";

    private static final SourceType TYPE = new SourceType("remoteok", "Remote OK", List.of(
            SourceParam.optional("tag", "a Remote OK tag to narrow the list (dev, python…)"),
            SourceParam.baseUrl(BASE)), List.of(), TERMS);

    @Override
    public SourceType type() {
        return TYPE;
    }

    @Override
    public void validate(SourceParams params) {
        if (params.get("tag") != null) {
            ParamChecks.slug(params, "tag");
        }
        ParamChecks.url(params, "baseUrl", false);
    }

    @Override
    public void discover(Discovery d) {
        String tag = d.params().get("tag");
        JsonNode body = d.getJson(SourceParams.uri(d.params().baseUrl(BASE), "/api" + (tag == null ? "" : "?tag="
                + ParamChecks.enc(tag))));
        if (!body.isArray()) {
            throw new FetchFailed("Remote OK answered " + body.getNodeType() + " where a list was expected");
        }
        d.each(body, "Remote OK job", j -> {
            if (j.has("legal") && !j.has("id")) {
                return null;
            }
            Double min = Payloads.number(j, "salary_min");
            Double max = Payloads.number(j, "salary_max");
            return RawPosting.builder(text(j, "id"), text(j, "position"))
                    .company(text(j, "company"))
                    .companyLogo(text(j, "company_logo"))
                    .listingUrl(text(j, "url"))
                    .applyUrl(text(j, "apply_url"))
                    .description(text(j, "description"))
                    .location(text(j, "location"))
                    .remote(true)
                    .salary(min != null && min > 0 ? min : null, max != null && max > 0 ? max : null,
                            (min != null && min > 0) || (max != null && max > 0) ? "USD" : null, "year")
                    .postedAt(text(j, "date") != null ? text(j, "date") : text(j, "epoch"))
                    .build();
        });
    }
}
