package io.jobwright.source.adzuna;

import com.fasterxml.jackson.databind.JsonNode;
import io.jobwright.error.InvalidRequest;
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

/**
 * Adzuna's search API: {@code GET /v1/api/jobs/<country>/search/<page>?app_id&app_key&what&where}, 50 per page.
 * Needs a free developer app id and key; predicted salaries are kept but marked as such.
 */
public final class AdzunaSource implements JobSource {

    public static final String BASE = "https://api.adzuna.com";
    public static final List<String> COUNTRIES = List.of("gb", "us", "at", "au", "be", "br", "ca", "ch", "de", "es",
            "fr", "in", "it", "mx", "nl", "nz", "pl", "sg", "za");
    private static final int PAGE = 50;

    private static final SourceType TYPE = new SourceType("adzuna", "Adzuna job search", List.of(
            SourceParam.required("appId", "your Adzuna developer app id"),
            SourceParam.secret("appKey", "your Adzuna developer app key (stored encrypted)"),
            SourceParam.required("country", "the country to search: " + String.join(", ", COUNTRIES)),
            SourceParam.optional("pages", "how many pages of 50 to read (default 2, at most 10)"),
            SourceParam.baseUrl(BASE)), COUNTRIES.stream().map(c -> c.equals("gb") ? "GB" : c.toUpperCase(Locale.ROOT))
            .toList(), "Adzuna: show \"Jobs by Adzuna\" beside postings from this source.");

    @Override
    public SourceType type() {
        return TYPE;
    }

    @Override
    public void validate(SourceParams params) {
        ParamChecks.slug(params, "appId");
        params.require("appKey");
        String country = params.require("country").toLowerCase(Locale.ROOT);
        if (!COUNTRIES.contains(country)) {
            throw InvalidRequest.field("params.country", "must be one of " + String.join(", ", COUNTRIES));
        }
        pages(params);
        ParamChecks.url(params, "baseUrl", false);
    }

    @Override
    public void discover(Discovery d) {
        String country = d.params().require("country").toLowerCase(Locale.ROOT);
        String auth = "app_id=" + ParamChecks.enc(d.params().require("appId")) + "&app_key="
                + ParamChecks.enc(d.params().require("appKey"));
        int pages = pages(d.params());
        for (int page = 1; page <= pages && d.wantsMore(); page++) {
            StringBuilder q = new StringBuilder("/v1/api/jobs/" + country + "/search/" + page + "?" + auth
                    + "&results_per_page=" + PAGE + "&content-type=application/json");
            if (!d.search().terms().isEmpty()) {
                q.append("&what_or=").append(ParamChecks.enc(d.search().query()));
            }
            if (d.search().location() != null) {
                q.append("&where=").append(ParamChecks.enc(d.search().location()));
            }
            JsonNode body = d.getJson(SourceParams.uri(d.params().baseUrl(BASE), q.toString()));
            JsonNode results = body.path("results");
            d.each(results, "Adzuna result", j -> RawPosting.builder(text(j, "id"), text(j, "title"))
                    .company(at(j, "/company/display_name"))
                    .listingUrl(text(j, "redirect_url"))
                    .description(text(j, "description"))
                    .location(at(j, "/location/display_name"))
                    .countryCode(at(j, "/location/area/0") != null ? at(j, "/location/area/0") : country)
                    .salary(Payloads.number(j, "salary_min"), Payloads.number(j, "salary_max"),
                            currency(country), "year")
                    .postedAt(text(j, "created"))
                    .jobType(text(j, "contract_time"))
                    .department(at(j, "/category/label"))
                    .build());
            if (results.size() < PAGE) {
                return;
            }
        }
    }

    private static String currency(String country) {
        return switch (country) {
            case "gb" -> "GBP";
            case "us" -> "USD";
            case "au" -> "AUD";
            case "br" -> "BRL";
            case "ca" -> "CAD";
            case "ch" -> "CHF";
            case "in" -> "INR";
            case "mx" -> "MXN";
            case "nz" -> "NZD";
            case "pl" -> "PLN";
            case "sg" -> "SGD";
            case "za" -> "ZAR";
            default -> "EUR";
        };
    }

    private static int pages(SourceParams params) {
        try {
            int n = Integer.parseInt(params.get("pages", "2"));
            if (n < 1 || n > 10) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw InvalidRequest.field("params.pages", "must be a whole number from 1 to 10");
        }
    }
}
