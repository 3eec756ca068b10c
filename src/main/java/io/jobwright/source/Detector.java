package io.jobwright.source;

import io.jobwright.error.InvalidRequest;
import io.jobwright.error.Unprocessable;
import io.jobwright.error.Upstream;
import io.jobwright.job.JobUrls;
import io.jobwright.net.FetchFailed;
import io.jobwright.net.SafeFetcher;
import io.jobwright.source.jsonld.JsonLdSource;
import io.jobwright.source.workday.WorkdaySource;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Turns a careers-page URL into a source type and parameters. A board's own URL (Greenhouse, Lever, Ashby, Workday,
 * SmartRecruiters, Recruitee, Personio, or a feed) is recognised from the URL alone; any other page is fetched and
 * searched for an embedded board (script, iframe or link), then for schema.org JobPosting JSON-LD, then for an
 * RSS/Atom link.
 */
public final class Detector {

    /** What was found: the type, its parameters, and how it was recognised. */
    public record Detected(String type, Map<String, String> params, String foundBy) {
    }

    private static final Pattern GREENHOUSE = Pattern.compile("^(?:boards|job-boards)(?:\\.eu)?\\.greenhouse\\.io$");
    private static final Pattern GREENHOUSE_API = Pattern.compile("^/v1/boards/([A-Za-z0-9_.-]+)");
    private static final Pattern FIRST_SEGMENT = Pattern.compile("^/([A-Za-z0-9_.-]+)");
    private static final Pattern FOR_PARAM = Pattern.compile("(?:^|&)for=([A-Za-z0-9_.-]+)");
    private static final Pattern SUBDOMAIN = Pattern.compile("^([A-Za-z0-9-]+)\\.");

    private final SafeFetcher fetcher;

    public Detector(SafeFetcher fetcher) {
        this.fetcher = fetcher;
    }

    /**
     * Detects the source behind a URL.
     *
     * @throws InvalidRequest when {@code url} is not an http(s) URL
     * @throws Upstream       when the page cannot be fetched
     * @throws Unprocessable  when nothing Jobwright can read was found
     */
    public Detected detect(String url) {
        URI uri = JobUrls.parse("url", url);
        Optional<Detected> direct = fromUrl(uri);
        if (direct.isPresent()) {
            return direct.get();
        }
        String html;
        try {
            html = fetcher.get(uri).text();
        } catch (FetchFailed e) {
            throw new Upstream("careers page", e.getMessage());
        }
        Document doc = Jsoup.parse(html, uri.toString());
        for (Element e : doc.select("script[src], iframe[src], a[href], link[href]")) {
            String ref = e.hasAttr("src") ? e.absUrl("src") : e.absUrl("href");
            if (ref.isEmpty()) {
                continue;
            }
            try {
                Optional<Detected> embedded = fromUrl(URI.create(ref));
                if (embedded.isPresent() && !embedded.get().type().equals("rss")) {
                    return new Detected(embedded.get().type(), embedded.get().params(),
                            "embedded " + e.normalName() + " on the page");
                }
            } catch (IllegalArgumentException ignored) {
                // A malformed link on someone's page is not our concern.
            }
        }
        if (!JsonLdSource.postings(html, null).isEmpty()) {
            return new Detected("jsonld", Map.of("url", uri.toString()), "schema.org JobPosting JSON-LD on the page");
        }
        Element feed = doc.selectFirst("link[rel=alternate][type~=application/(rss|atom)\\+xml]");
        if (feed != null && !feed.absUrl("href").isEmpty()) {
            return new Detected("rss", Map.of("url", feed.absUrl("href")), "RSS/Atom link on the page");
        }
        throw new Unprocessable("No job board, JSON-LD JobPosting or job feed found at " + uri.getHost()
                + uri.getRawPath() + "; add the source by hand with its type and parameters");
    }

    /** A source recognised from the URL alone. */
    static Optional<Detected> fromUrl(URI uri) {
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String query = uri.getRawQuery() == null ? "" : uri.getRawQuery();
        if (GREENHOUSE.matcher(host).matches() || host.equals("boards-api.greenhouse.io")) {
            Matcher m = FOR_PARAM.matcher(query);
            if (m.find()) {
                return found("greenhouse", "board", m.group(1), "Greenhouse embed URL");
            }
            Matcher api = GREENHOUSE_API.matcher(path);
            if (api.find()) {
                return found("greenhouse", "board", api.group(1), "Greenhouse API URL");
            }
            Matcher first = FIRST_SEGMENT.matcher(path);
            if (first.find() && !first.group(1).equals("embed")) {
                return found("greenhouse", "board", first.group(1), "Greenhouse board URL");
            }
        }
        if (host.equals("jobs.lever.co") || host.equals("jobs.eu.lever.co")) {
            Matcher first = FIRST_SEGMENT.matcher(path);
            if (first.find()) {
                Map<String, String> params = new LinkedHashMap<>();
                params.put("site", first.group(1));
                if (host.contains(".eu.")) {
                    params.put("region", "eu");
                }
                return Optional.of(new Detected("lever", params, "Lever job site URL"));
            }
        }
        if (host.equals("jobs.ashbyhq.com")) {
            Matcher first = FIRST_SEGMENT.matcher(path);
            if (first.find()) {
                return found("ashby", "board", first.group(1), "Ashby job board URL");
            }
        }
        if (host.equals("api.ashbyhq.com") && path.startsWith("/posting-api/job-board/")) {
            return found("ashby", "board", path.substring("/posting-api/job-board/".length()).split("/")[0],
                    "Ashby API URL");
        }
        if (host.endsWith(".myworkdayjobs.com") || host.endsWith(".myworkdaysite.com")) {
            try {
                WorkdaySource.Site site = WorkdaySource.Site.of(uri);
                return Optional.of(new Detected("workday", Map.of("url", site.origin() + "/" + site.site()),
                        "Workday career site URL"));
            } catch (InvalidRequest e) {
                return Optional.empty();
            }
        }
        if (host.equals("careers.smartrecruiters.com") || host.equals("jobs.smartrecruiters.com")) {
            Matcher first = FIRST_SEGMENT.matcher(path);
            if (first.find()) {
                return found("smartrecruiters", "company", first.group(1), "SmartRecruiters careers URL");
            }
        }
        if (host.endsWith(".recruitee.com") && !host.startsWith("www.")) {
            Matcher sub = SUBDOMAIN.matcher(host);
            if (sub.find()) {
                return found("recruitee", "company", sub.group(1), "Recruitee careers site URL");
            }
        }
        if (host.endsWith(".jobs.personio.de") || host.endsWith(".jobs.personio.com")) {
            Matcher sub = SUBDOMAIN.matcher(host);
            if (sub.find()) {
                return found("personio", "company", sub.group(1), "Personio careers page URL");
            }
        }
        String lower = path.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".rss") || lower.endsWith(".atom") || lower.endsWith("/feed") || lower.endsWith("/rss")
                || lower.endsWith("feed.xml") || lower.endsWith("rss.xml")) {
            return Optional.of(new Detected("rss", Map.of("url", uri.toString()), "feed URL"));
        }
        return Optional.empty();
    }

    private static Optional<Detected> found(String type, String param, String value, String how) {
        return Optional.of(new Detected(type, Map.of(param, value), how));
    }

    /** The types the detector can name from a URL alone, for the docs. */
    public static List<String> recognisedTypes() {
        return List.of("greenhouse", "lever", "ashby", "workday", "smartrecruiters", "recruitee", "personio", "rss");
    }
}
