package io.jobwright.source;

import io.jobwright.error.InvalidRequest;
import java.net.URI;
import java.util.Map;

/** A source instance's parameter values, secrets already decrypted; never logged. */
public record SourceParams(Map<String, String> values) {

    public SourceParams {
        values = Map.copyOf(values);
    }

    public static SourceParams of(Map<String, String> values) {
        return new SourceParams(values);
    }

    /** A value, or null. */
    public String get(String name) {
        String v = values.get(name);
        return v == null || v.isBlank() ? null : v.trim();
    }

    /** A value, or {@code fallback}. */
    public String get(String name, String fallback) {
        String v = get(name);
        return v == null ? fallback : v;
    }

    /**
     * A value that must be there.
     *
     * @throws InvalidRequest naming {@code params.<name>}
     */
    public String require(String name) {
        String v = get(name);
        if (v == null) {
            throw InvalidRequest.field("params." + name, "is required");
        }
        return v;
    }

    /** The {@code baseUrl} parameter or the type's default, without a trailing slash. */
    public String baseUrl(String fallback) {
        String v = get("baseUrl", fallback);
        return v.endsWith("/") ? v.substring(0, v.length() - 1) : v;
    }

    /** {@code base + path} as a URI. */
    public static URI uri(String base, String pathAndQuery) {
        return URI.create(base + pathAndQuery);
    }
}
