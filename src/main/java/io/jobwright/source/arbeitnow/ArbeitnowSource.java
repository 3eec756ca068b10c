package io.jobwright.source.arbeitnow;

import com.fasterxml.jackson.databind.JsonNode;
import io.jobwright.source.Discovery;
import io.jobwright.source.JobSource;
import io.jobwright.source.ParamChecks;
import io.jobwright.source.RawPosting;
import io.jobwright.source.SourceParam;
import io.jobwright.source.SourceParams;
import io.jobwright.source.SourceType;
import java.net.URI;
import java.util.List;

import static io.jobwright.source.Payloads.text;

/** Arbeitnow's job board API (mostly Germany): {@code GET /api/job-board-api?page=N}, following {@code links.next}. */
public final class ArbeitnowSource implements JobSource {

    public static final String BASE = "https://www.arbeitnow.com";
    private static final int MAX_PAGES = 20;

    private static final SourceType TYPE = new SourceType("arbeitnow", "Arbeitnow (Germany and remote)", List.of(
            SourceParam.optional("pages", "how many pages of 100 to read (default 5, at most 20)"),
            SourceParam.baseUrl(BASE)), List.of("DE"), "Arbeitnow: link back to the posting on arbeitnow.com.");

    @Override
    public SourceType type() {
        return TYPE;
    }

    @Override
    public void validate(SourceParams params) {
        ParamChecks.url(params, "baseUrl", false);
        pages(params);
    }

    /**
     * Every page together is the whole board; a re-check listing reads up to {@value #MAX_PAGES} pages and says it is
     * incomplete when there are more.
     */
    @Override
    public boolean listsEveryOpenPosting(SourceParams params) {
        return true;
    }

    @Override
    public void discover(Discovery d) {
        String base = d.params().baseUrl(BASE);
        int pages = d.listing() ? MAX_PAGES : pages(d.params());
        for (int page = 1; page <= pages && d.wantsMore(); page++) {
            JsonNode body = d.getJson(SourceParams.uri(base, "/api/job-board-api?page=" + page));
            d.each(body.path("data"), "Arbeitnow job", j -> {
                String remote = text(j, "remote");
                return RawPosting.builder(text(j, "slug"), text(j, "title"))
                        .company(text(j, "company_name"))
                        .listingUrl(text(j, "url"))
                        .description(text(j, "description"))
                        .location(text(j, "location"))
                        .remote(remote == null ? null : Boolean.parseBoolean(remote.toLowerCase(java.util.Locale.ROOT)))
                        .postedAt(text(j, "created_at"))
                        .jobType(j.path("job_types").isArray() && !j.path("job_types").isEmpty()
                                ? j.path("job_types").get(0).asText() : null)
                        .build();
            });
            String next = text(body.path("links"), "next");
            if (body.path("data").isEmpty() || (body.has("links") && next == null)) {
                return;
            }
        }
        d.incomplete("more than " + pages + " pages");
    }

    private static int pages(SourceParams params) {
        String v = params.get("pages", "5");
        try {
            int n = Integer.parseInt(v);
            if (n < 1 || n > MAX_PAGES) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw io.jobwright.error.InvalidRequest.field("params.pages", "must be a whole number from 1 to " + MAX_PAGES);
        }
    }
}
