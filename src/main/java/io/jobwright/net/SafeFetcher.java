package io.jobwright.net;

import io.jobwright.Lazy;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every server-side HTTP fetch goes through here. Before each hop (the first request and every redirect) the host is
 * resolved and checked against the {@link AddressPolicy}; redirects are followed by hand, at most
 * {@link Options#maxRedirects}; bodies past {@link Options#maxBytes} are cut off with an error; each request has a
 * timeout; 429 and 5xx answers are retried with exponential backoff, honouring {@code Retry-After}; requests to one
 * host are spaced by {@link Options#hostInterval}; each carries a polite User-Agent. Thread-safe.
 *
 * <p>The address is checked just before the connection is made, by a separate resolution: a DNS server that answers
 * differently within that moment could still slip past. Pin hosts in configuration where that matters.
 */
public final class SafeFetcher {

    /** Limits and manners of a fetcher. */
    public record Options(String userAgent, long maxBytes, Duration requestTimeout, int maxRedirects, int retries,
                          Duration hostInterval, Duration maxRetryWait, Duration firstBackoff) {

        public static final String USER_AGENT =
                "Jobwright/0.1 (self-hosted job search; one person's searches, low volume)";

        /** Production defaults: 20 MB, 30 s per request, 5 redirects, 2 retries, 500 ms between requests per host. */
        public static Options defaults() {
            return new Options(USER_AGENT, 20L * 1024 * 1024, Duration.ofSeconds(30), 5, 2, Duration.ofMillis(500),
                    Duration.ofSeconds(60), Duration.ofSeconds(1));
        }

        public Options withMaxBytes(long v) {
            return new Options(userAgent, v, requestTimeout, maxRedirects, retries, hostInterval, maxRetryWait, firstBackoff);
        }

        public Options withRequestTimeout(Duration v) {
            return new Options(userAgent, maxBytes, v, maxRedirects, retries, hostInterval, maxRetryWait, firstBackoff);
        }

        public Options withRetries(int v, Duration first) {
            return new Options(userAgent, maxBytes, requestTimeout, maxRedirects, v, hostInterval, maxRetryWait, first);
        }

        public Options withUserAgent(String v) {
            return new Options(v, maxBytes, requestTimeout, maxRedirects, retries, hostInterval, maxRetryWait, firstBackoff);
        }

        public Options withHostInterval(Duration v) {
            return new Options(userAgent, maxBytes, requestTimeout, maxRedirects, retries, v, maxRetryWait, firstBackoff);
        }
    }

    /** What to fetch: GET when {@code body} is null, else the method with that body. */
    public record Request(String method, URI uri, Map<String, String> headers, byte[] body) {

        public static Request get(URI uri) {
            return new Request("GET", uri, Map.of(), null);
        }

        public static Request get(URI uri, Map<String, String> headers) {
            return new Request("GET", uri, headers, null);
        }

        public static Request postJson(URI uri, String json) {
            return new Request("POST", uri, Map.of("Content-Type", "application/json", "Accept", "application/json"),
                    json.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** A 2xx answer: where it finally came from, its content type and its body. */
    public record Response(int status, URI uri, String contentType, byte[] body) {

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final AddressPolicy policy;
    private final Options options;
    private final HostPacer pacer;
    private final Lazy<HttpClient> client;

    public SafeFetcher(AddressPolicy policy, Options options) {
        this.policy = policy;
        this.options = options;
        this.pacer = new HostPacer(options.hostInterval());
        this.client = new Lazy<>(() -> HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(options.requestTimeout().compareTo(Duration.ofSeconds(10)) < 0
                        ? options.requestTimeout() : Duration.ofSeconds(10))
                .build());
    }

    /** This fetcher's options. */
    public Options options() {
        return options;
    }

    /** The address policy, for callers that check a URL before storing it. */
    public AddressPolicy policy() {
        return policy;
    }

    /**
     * Fetches {@code uri} with GET.
     *
     * @throws FetchFailed with the reason when no 2xx answer came
     */
    public Response get(URI uri) {
        return send(Request.get(uri));
    }

    /**
     * Sends the request, following redirects and retrying as the class describes.
     *
     * @throws FetchFailed with the reason when no 2xx answer came
     */
    public Response send(Request request) {
        URI uri = request.uri();
        String method = request.method();
        byte[] body = request.body();
        int redirects = 0;
        int attempt = 0;
        while (true) {
            checkInterrupted();
            checkTarget(uri);
            pacer.awaitTurn(uri.getHost().toLowerCase(Locale.ROOT));
            HttpResponse<InputStream> response = exchange(method, uri, request.headers(), body);
            int status = response.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                close(response);
                Optional<String> location = response.headers().firstValue("Location");
                if (location.isEmpty()) {
                    throw new FetchFailed("HTTP " + status + " without a Location from " + uri.getHost(), status, null);
                }
                if (++redirects > options.maxRedirects()) {
                    throw new FetchFailed("too many redirects (more than " + options.maxRedirects() + ") from "
                            + request.uri().getHost(), status, null);
                }
                uri = uri.resolve(location.get().trim());
                if (status == 303 || ((status == 301 || status == 302) && !method.equals("GET"))) {
                    method = "GET";
                    body = null;
                }
                continue;
            }
            if (status == 429 || status >= 500) {
                close(response);
                Duration wait = backoff(response.headers(), attempt);
                if (attempt >= options.retries() || wait == null) {
                    throw new FetchFailed("HTTP " + status + (status == 429 ? " (rate limited)" : "") + " from "
                            + uri.getHost() + (attempt > 0 ? " after " + (attempt + 1) + " attempts" : ""), status, null);
                }
                attempt++;
                pause(wait);
                continue;
            }
            if (status < 200 || status >= 300) {
                close(response);
                throw new FetchFailed("HTTP " + status + " from " + uri.getHost() + uri.getRawPath(), status, null);
            }
            byte[] bytes = read(response, uri);
            return new Response(status, uri, response.headers().firstValue("Content-Type").orElse(""), bytes);
        }
    }

    /**
     * Checks that a URL is one this fetcher may reach (scheme http or https, an allowed address).
     *
     * @throws FetchFailed naming the reason otherwise
     */
    public void checkTarget(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchFailed("refused to fetch " + uri + ": only http and https URLs are fetched",
                    FetchFailed.Kind.REFUSED, 0, null);
        }
        if (uri.getHost() == null) {
            throw new FetchFailed("refused to fetch " + uri + ": the URL has no host", FetchFailed.Kind.REFUSED, 0, null);
        }
        policy.check(uri.getHost());
    }

    private HttpResponse<InputStream> exchange(String method, URI uri, Map<String, String> headers, byte[] body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(options.requestTimeout())
                .header("User-Agent", options.userAgent())
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(builder::header);
        try {
            return client.get().send(builder.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw new FetchFailed("no answer from " + uri.getHost() + " within "
                    + options.requestTimeout().toSeconds() + " s", FetchFailed.Kind.TIMEOUT, 0, e);
        } catch (IOException e) {
            throw new FetchFailed("cannot reach " + uri.getHost() + ": " + describe(e), 0, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchFailed("cancelled", 0, e);
        }
    }

    private byte[] read(HttpResponse<InputStream> response, URI uri) {
        long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (declared > options.maxBytes()) {
            close(response);
            throw tooLarge(uri);
        }
        try (InputStream in = response.body()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxBytes() + 1));
            if (bytes.length > options.maxBytes()) {
                throw tooLarge(uri);
            }
            return bytes;
        } catch (IOException e) {
            boolean stalled = e instanceof HttpTimeoutException || String.valueOf(e.getMessage()).contains("timed out");
            String reason = stalled
                    ? "the answer from " + uri.getHost() + " stalled (no data within "
                    + options.requestTimeout().toSeconds() + " s)"
                    : "the answer from " + uri.getHost() + " broke off: " + describe(e);
            throw new FetchFailed(reason, stalled ? FetchFailed.Kind.TIMEOUT : FetchFailed.Kind.FAILED, 0, e);
        }
    }

    private FetchFailed tooLarge(URI uri) {
        return new FetchFailed("the answer from " + uri.getHost() + " is larger than "
                + options.maxBytes() / 1024 + " KB; refused", 0, null);
    }

    /** How long to wait before the next attempt, or null when the server asks for more than we are willing to wait. */
    private Duration backoff(HttpHeaders headers, int attempt) {
        Optional<String> retryAfter = headers.firstValue("Retry-After");
        if (retryAfter.isPresent()) {
            Duration asked = RetryAfter.parse(retryAfter.get(), java.time.Clock.systemUTC());
            if (asked != null) {
                return asked.compareTo(options.maxRetryWait()) > 0 ? null : asked;
            }
        }
        return options.firstBackoff().multipliedBy(1L << Math.min(attempt, 10));
    }

    private static void pause(Duration wait) {
        try {
            Thread.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchFailed("cancelled", 0, e);
        }
    }

    private static void checkInterrupted() {
        if (Thread.currentThread().isInterrupted()) {
            throw new FetchFailed("cancelled");
        }
    }

    private static void close(HttpResponse<InputStream> response) {
        try {
            response.body().close();
        } catch (IOException ignored) {
            // Closing an unread body only releases the connection.
        }
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
