package io.jobwright.source.ashby;

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
import java.util.Locale;

import static io.jobwright.source.Payloads.at;
import static io.jobwright.source.Payloads.text;

/** An Ashby job board: {@code GET /posting-api/job-board/<board>?includeCompensation=true}. */
public final class AshbySource implements JobSource {

    public static final String BASE = "https://api.ashbyhq.com";

    private static final SourceType TYPE = new SourceType("ashby", "Ashby job board", List.of(
            SourceParam.required("board", "the job board name, as in jobs.ashbyhq.com/<board>"),
            SourceParam.optional("company", "company name to show (default: the board name)"),
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

    /** The job board API lists every open posting in one answer, so a posting missing from it is gone. */
    @Override
    public boolean listsEveryOpenPosting(SourceParams params) {
        return true;
    }

    @Override
    public void discover(Discovery d) {
        String board = d.params().require("board");
        String company = d.params().get("company", board);
        d.eachIn(SourceParams.uri(d.params().baseUrl(BASE), "/posting-api/job-board/" + ParamChecks.enc(board)
                + "?includeCompensation=true"), "jobs", "Ashby job", job -> {
            if (job.has("isListed") && !job.path("isListed").asBoolean()) {
                return null;
            }
            RawPosting.Builder b = RawPosting.builder(text(job, "id") != null ? text(job, "id") : text(job, "jobUrl"),
                            text(job, "title"))
                    .company(company)
                    .listingUrl(text(job, "jobUrl"))
                    .applyUrl(text(job, "applyUrl"))
                    .description(text(job, "descriptionHtml") != null ? text(job, "descriptionHtml") : text(job, "descriptionPlain"))
                    .location(location(job))
                    .remote(Payloads.bool(job, "isRemote"))
                    .workplace(text(job, "workplaceType"))
                    .postedAt(text(job, "publishedAt"))
                    .jobType(text(job, "employmentType"))
                    .department(text(job, "department"));
            JsonNode comp = job.path("compensation");
            for (JsonNode c : comp.path("summaryComponents")) {
                if ("Salary".equalsIgnoreCase(text(c, "compensationType"))) {
                    b.salary(Payloads.number(c, "minValue"), Payloads.number(c, "maxValue"), text(c, "currencyCode"),
                            interval(text(c, "interval")));
                    b.salaryText(text(comp, "scrapeableCompensationSalarySummary"));
                    break;
                }
            }
            return b.build();
        });
    }

    private static String location(JsonNode job) {
        String location = text(job, "location");
        String city = at(job, "/address/postalAddress/addressLocality");
        String region = at(job, "/address/postalAddress/addressRegion");
        String country = at(job, "/address/postalAddress/addressCountry");
        if (city != null || country != null) {
            return String.join(", ", java.util.stream.Stream.of(city, region, country)
                    .filter(java.util.Objects::nonNull).toList());
        }
        return location;
    }

    private static String interval(String ashby) {
        if (ashby == null) {
            return null;
        }
        String v = ashby.toLowerCase(Locale.ROOT);
        return v.contains("year") ? "year" : v.contains("month") ? "month" : v.contains("week") ? "week"
                : v.contains("day") ? "day" : v.contains("hour") ? "hour" : null;
    }
}
