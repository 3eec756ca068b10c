package io.jobwright.source.recruitee;

import com.fasterxml.jackson.databind.JsonNode;
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

/** A Recruitee careers site: {@code GET https://<company>.recruitee.com/api/offers/}. */
public final class RecruiteeSource implements JobSource {

    private static final SourceType TYPE = new SourceType("recruitee", "Recruitee careers site", List.of(
            SourceParam.required("company", "the subdomain, as in <company>.recruitee.com"),
            SourceParam.baseUrl("https://<company>.recruitee.com")), List.of(), null);

    @Override
    public SourceType type() {
        return TYPE;
    }

    @Override
    public void validate(SourceParams params) {
        ParamChecks.slug(params, "company");
        ParamChecks.url(params, "baseUrl", false);
    }

    /** The offers API lists every open posting in one answer, so a posting missing from it is gone. */
    @Override
    public boolean listsEveryOpenPosting(SourceParams params) {
        return true;
    }

    @Override
    public void discover(Discovery d) {
        String company = d.params().require("company");
        d.eachIn(SourceParams.uri(d.params().baseUrl("https://" + company + ".recruitee.com"), "/api/offers/"),
                "offers", "Recruitee offer", o -> {
            if (text(o, "status") != null && !"published".equals(text(o, "status"))) {
                return null;
            }
            JsonNode salary = o.path("salary");
            String workplace = Boolean.TRUE.equals(Payloads.bool(o, "hybrid")) ? "hybrid"
                    : Boolean.TRUE.equals(Payloads.bool(o, "remote")) ? "remote"
                    : Boolean.TRUE.equals(Payloads.bool(o, "on_site")) ? "onsite" : null;
            return RawPosting.builder(text(o, "id"), text(o, "title"))
                    .company(text(o, "company_name") != null ? text(o, "company_name") : company)
                    .listingUrl(text(o, "careers_url"))
                    .applyUrl(text(o, "careers_apply_url"))
                    .description((text(o, "description") == null ? "" : text(o, "description"))
                            + (text(o, "requirements") == null ? "" : text(o, "requirements")))
                    .location(text(o, "location") != null ? text(o, "location") : text(o, "city"))
                    .countryCode(text(o, "country_code"))
                    .workplace(workplace)
                    .remote(Payloads.bool(o, "remote"))
                    .postedAt(text(o, "published_at") != null ? text(o, "published_at") : text(o, "created_at"))
                    .deadline(text(o, "close_at"))
                    .jobType(text(o, "employment_type_code"))
                    .department(text(o, "department"))
                    .salary(Payloads.number(salary, "min"), Payloads.number(salary, "max"), text(salary, "currency"),
                            text(salary, "period"))
                    .build();
        });
    }
}
