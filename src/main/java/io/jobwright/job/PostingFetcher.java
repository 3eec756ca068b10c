package io.jobwright.job;

import io.jobwright.error.InvalidRequest;
import io.jobwright.error.Timeout;
import io.jobwright.error.Upstream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.function.BooleanSupplier;

/**
 * Fetches a posting's page for manual-job inference. Only {@code http}/{@code https}; addresses on this machine or
 * a private network (loopback, RFC 1918, link-local, unique-local, CGNAT) are refused unless the
 * {@code allowPrivateFetchUrls} setting allows them, at every redirect hop. Reads at most 2 MB, 15 s.
 */
final class PostingFetcher {

    static final int MAX_BYTES = 2 * 1024 * 1024;
    private static final int MAX_REDIRECTS = 5;
    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(TIMEOUT).build();
    private final BooleanSupplier allowPrivate;

    PostingFetcher(BooleanSupplier allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    /**
     * The page's HTML.
     *
     * @throws InvalidRequest naming {@code url} for a bad or private address
     * @throws Upstream when the site answers with an error
     * @throws Timeout when it does not answer in time
     */
    String fetch(String url) {
        URI uri = check(url);
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                    .header("User-Agent", "Mozilla/5.0 (X11; Linux x86_64) Jobwright")
                    .header("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5").GET().build();
            try {
                HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
                int status = response.statusCode();
                if (status >= 300 && status < 400 && response.headers().firstValue("location").isPresent()) {
                    response.body().close();
                    uri = check(uri.resolve(response.headers().firstValue("location").get()).toString());
                    continue;
                }
                try (InputStream body = response.body()) {
                    if (status >= 400) {
                        throw new Upstream("the job page", "The site answered HTTP " + status
                                + (status == 401 || status == 403 || status == 429 ? "; it blocks automated requests, paste the text instead" : ""), null);
                    }
                    byte[] bytes = body.readNBytes(MAX_BYTES);
                    return new String(bytes, StandardCharsets.UTF_8);
                }
            } catch (HttpTimeoutException e) {
                throw new Timeout("the job page", "The site did not answer within " + TIMEOUT.toSeconds() + " s");
            } catch (IOException e) {
                throw new Upstream("the job page", "Could not fetch the page: " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Timeout("the job page", "The fetch was interrupted");
            }
        }
        throw new Upstream("the job page", "Too many redirects", null);
    }

    private URI check(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (Exception e) {
            throw InvalidRequest.field("url", "is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw InvalidRequest.field("url", "must be an absolute http:// or https:// URL");
        }
        if (allowPrivate.getAsBoolean()) {
            return uri;
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
                if (isPrivate(address)) {
                    throw InvalidRequest.field("url", "points to a private or local network address ("
                            + address.getHostAddress() + "); Jobwright only fetches public pages unless the "
                            + "allowPrivateFetchUrls setting is on");
                }
            }
        } catch (UnknownHostException e) {
            throw InvalidRequest.field("url", "names a host that does not resolve: " + uri.getHost());
        }
        return uri;
    }

    static boolean isPrivate(InetAddress a) {
        if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet6Address) {
            return (b[0] & 0xfe) == 0xfc;
        }
        return (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64 || (b[0] & 0xff) == 0;
    }
}
