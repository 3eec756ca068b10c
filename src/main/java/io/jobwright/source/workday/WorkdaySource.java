package io.jobwright.source.workday;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jobwright.error.InvalidRequest;
import io.jobwright.net.SafeFetcher;
import io.jobwright.source.Discovery;
import io.jobwright.source.JobSource;
import io.jobwright.source.ParamChecks;
import io.jobwright.source.Payloads;
import io.jobwright.source.RawPosting;
import io.jobwright.source.SourceParam;
import io.jobwright.source.SourceParams;
import io.jobwright.source.SourceType;
import java.net.URI;
import java.util.List;

import static io.jobwright.source.Payloads.at;
import static io.jobwright.source.Payloads.text;

/**
 * A Workday career site, through the JSON its own pages use (CXS): {@code POST /wday/cxs/<tenant>/<site>/jobs},
 * paged by 20, then each posting's detail for its description (the first {@code details} postings, default 20).
 * The careers URL ({@code https://acme.wd5.myworkdayjobs.com/en-US/External}) names the tenant and the site.
 */
public final class WorkdaySource implements JobSource {

    private static final int PAGE = 20;
    private static final int DEFAULT_DETAILS = 20;

    private static final SourceType TYPE = new SourceType("workday", "Workday career site", List.of(
            SourceParam.required("url", "the careers page URL, like https://acme.wd5.myworkdayjobs.com/External"),
            SourceParam.optional("company", "company name to show (default: the tenant name)"),
            SourceParam.optional("details", "how many postings to read in full (default 20)"),
            SourceParam.baseUrl("the careers URL's host")), List.of(), null);

    /** The tenant and site a careers URL names. */
    public record Site(String origin, String tenant, String site) {

        /**
         * Reads a careers URL.
         *
         * @throws InvalidRequest naming {@code params.url} when the URL has no site path
         */
        public static Site of(URI url) {
            String host = url.getHost();
            String tenant = host.split("\\.")[0];
            String site = null;
            for (String segment : (url.getPath() == null ? "" : url.getPath()).split("/")) {
                if (segment.isEmpty() || segment.matches("[a-z]{2}-[A-Z]{2}") || segment.equals("wday")
                        || segment.equals("cxs") || segment.equals(tenant)) {
                    continue;
                }
                if (segment.equals("job") || segment.equals("details")) {
                    break;
                }
                site = segment;
                break;
            }
            if (site == null) {
                throw InvalidRequest.field("params.url", "must name the career site, like https://" + host + "/External");
            }
            String origin = url.getScheme() + "://" + url.getRawAuthority();
            return new Site(origin, tenant, site);
        }
    }

    @Override
    public SourceType type() {
        return TYPE;
    }

    @Override
    public void validate(SourceParams params) {
        Site.of(ParamChecks.url(params, "url", true));
        ParamChecks.url(params, "baseUrl", false);
        details(params);
    }

    /**
     * The CXS search without text pages through every posting; a listing that ends with fewer postings than the first
     * page's {@code total} says it is incomplete.
     */
    @Override
    public boolean listsEveryOpenPosting(SourceParams params) {
        return true;
    }

    @Override
    public void discover(Discovery d) {
        Site site = Site.of(ParamChecks.url(d.params(), "url", true));
        String base = d.params().baseUrl(site.origin());
        String api = base + "/wday/cxs/" + ParamChecks.enc(site.tenant()) + "/" + ParamChecks.enc(site.site());
        String company = d.params().get("company", site.tenant());
        int details = d.listing() ? 0 : details(d.params());
        int total = -1;
        int listed = 0;
        int[] read = {0};
        for (int offset = 0; d.wantsMore(); offset += PAGE) {
            ObjectNode request = Payloads.MAPPER_FOR_SOURCES.createObjectNode();
            request.putObject("appliedFacets");
            request.put("limit", PAGE).put("offset", offset).put("searchText", d.search().query());
            JsonNode page = Payloads.json(d.fetcher().send(SafeFetcher.Request.postJson(URI.create(api + "/jobs"),
                    request.toString())));
            JsonNode postings = page.path("jobPostings");
            if (total < 0) {
                total = page.path("total").asInt(-1);
            }
            listed += postings.size();
            d.each(postings, "Workday posting", p -> {
                String path = text(p, "externalPath");
                RawPosting.Builder b = RawPosting.builder(path, text(p, "title"))
                        .company(company)
                        .listingUrl(path == null ? null : site.origin() + "/" + site.site() + path)
                        .location(text(p, "locationsText"))
                        .postedAt(text(p, "postedOn"));
                if (path != null && read[0]++ < details && !d.cancelled()) {
                    detail(d, api + path, b);
                }
                return b.build();
            });
            // Workday states the total on the first page only; later pages say 0. So the first page's total decides.
            if (postings.size() < PAGE || total > 0 && offset + postings.size() >= total) {
                if (total >= 0 && listed < total) {
                    d.incomplete("Workday listed " + listed + " of its " + total + " postings");
                }
                return;
            }
        }
        d.incomplete("stopped after " + listed + " postings");
    }

    private static void detail(Discovery d, String url, RawPosting.Builder b) {
        try {
            JsonNode info = d.getJson(URI.create(url)).path("jobPostingInfo");
            b.description(text(info, "jobDescription"))
                    .location(text(info, "location"))
                    .countryCode(at(info, "/country/descriptor"))
                    .postedAt(text(info, "startDate") != null ? text(info, "startDate") : text(info, "postedOn"))
                    .jobType(text(info, "timeType"));
            if (text(info, "externalUrl") != null) {
                b.listingUrl(text(info, "externalUrl"));
            }
        } catch (RuntimeException e) {
            d.itemError("details of " + url + " unavailable: " + e.getMessage());
        }
    }

    private static int details(SourceParams params) {
        String v = params.get("details");
        if (v == null) {
            return DEFAULT_DETAILS;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < 0 || n > 1000) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw InvalidRequest.field("params.details", "must be a whole number from 0 to 1000");
        }
    }
}
