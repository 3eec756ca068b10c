package io.jobwright.job;

import io.jobwright.error.InvalidRequest;
import io.jobwright.error.Timeout;
import io.jobwright.error.Upstream;
import io.jobwright.net.FetchFailed;
import io.jobwright.net.SafeFetcher;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Map;

/**
 * Fetches a posting's page for manual-job inference through the same {@link SafeFetcher} policy as discovery: only
 * {@code http}/{@code https}; loopback, private, link-local and metadata addresses are refused after DNS resolution
 * and at every redirect hop, unless the server's configuration allows them ({@code JOBWRIGHT_ALLOW_PRIVATE_FETCH},
 * {@code JOBWRIGHT_FETCH_ALLOW}). At most {@link #MAX_BYTES} and {@link #TIMEOUT} per request, no retries (a person
 * is waiting). Thread-safe.
 */
final class PostingFetcher {

    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final Duration TIMEOUT = Duration.ofSeconds(15);
    /** Job sites often refuse clients that do not look like a browser; this is one person's one page. */
    private static final String USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64) Jobwright";
    private static final Map<String, String> ACCEPT =
            Map.of("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5");

    private final SafeFetcher fetcher;

    /** @param shared the server's fetcher; its address policy is used with this class's limits */
    PostingFetcher(SafeFetcher shared) {
        this.fetcher = new SafeFetcher(shared.policy(), shared.options().withMaxBytes(MAX_BYTES)
                .withRequestTimeout(TIMEOUT).withRetries(0, Duration.ZERO).withUserAgent(USER_AGENT));
    }

    /**
     * The page's HTML.
     *
     * @throws InvalidRequest naming {@code url} for a bad URL or a refused address, also when a redirect leads there
     * @throws Upstream when the site answers with an error, too much, or too many redirects
     * @throws Timeout when it does not answer in time
     */
    String fetch(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw InvalidRequest.field("url", "is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw InvalidRequest.field("url", "must be an absolute http:// or https:// URL");
        }
        try {
            return fetcher.send(SafeFetcher.Request.get(uri, ACCEPT)).text();
        } catch (FetchFailed e) {
            throw switch (e.kind()) {
                case REFUSED -> InvalidRequest.field("url", e.getMessage());
                case TIMEOUT -> new Timeout("the job page", "The site did not answer within " + TIMEOUT.toSeconds() + " s");
                case FAILED -> new Upstream("the job page", e.status() >= 400 ? "The site answered HTTP " + e.status()
                        + (e.status() == 401 || e.status() == 403 || e.status() == 429
                        ? "; it blocks automated requests, paste the text instead" : "")
                        : "Could not fetch the page: " + e.getMessage(), e);
            };
        }
    }
}
