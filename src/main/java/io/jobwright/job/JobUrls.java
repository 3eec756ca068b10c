package io.jobwright.job;

import io.jobwright.error.InvalidRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Job URLs as Jobwright compares them: two links to one posting that differ only in host case, a fragment, a
 * default port or {@code utm_*} tracking parameters are the same job.
 */
public final class JobUrls {

    private JobUrls() {
    }

    /**
     * Checks that {@code url} is an absolute http(s) URL of sane length.
     *
     * @throws InvalidRequest naming {@code field} otherwise
     */
    public static URI parse(String field, String url) {
        if (url == null || url.isBlank()) {
            throw InvalidRequest.field(field, "must be a URL");
        }
        if (url.length() > 2000) {
            throw InvalidRequest.field(field, "must be at most 2000 characters");
        }
        try {
            URI uri = new URI(url.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw InvalidRequest.field(field, "must be an absolute http or https URL");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw InvalidRequest.field(field, "is not a valid URL (" + e.getReason() + ")");
        }
    }

    /** The canonical form used for duplicate detection. */
    public static String canonical(String url) {
        URI uri = parse("jobUrl", url);
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String query = uri.getRawQuery() == null ? null : Arrays.stream(uri.getRawQuery().split("&"))
                .filter(p -> !p.isEmpty() && !p.toLowerCase(Locale.ROOT).startsWith("utm_"))
                .collect(Collectors.joining("&"));
        return scheme + "://" + host + (defaultPort ? "" : ":" + port) + path
                + (query == null || query.isEmpty() ? "" : "?" + query);
    }
}
