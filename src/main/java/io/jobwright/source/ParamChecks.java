package io.jobwright.source;

import io.jobwright.error.InvalidRequest;
import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

/** Checks for source parameters, each naming the parameter in its message. */
public final class ParamChecks {

    private static final Pattern SLUG = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,199}");

    private ParamChecks() {
    }

    /**
     * A board token, site or company id: letters, digits, '.', '_' and '-'.
     *
     * @throws InvalidRequest naming {@code params.<name>}
     */
    public static String slug(SourceParams params, String name) {
        String v = params.require(name);
        if (!SLUG.matcher(v).matches()) {
            throw InvalidRequest.field("params." + name, "may hold only letters, digits, '.', '_' and '-' (got '"
                    + (v.length() > 60 ? v.substring(0, 60) + "…" : v) + "')");
        }
        return v;
    }

    /**
     * An absolute http(s) URL, or null when absent and optional.
     *
     * @throws InvalidRequest naming {@code params.<name>}
     */
    public static URI url(SourceParams params, String name, boolean required) {
        String v = required ? params.require(name) : params.get(name);
        if (v == null) {
            return null;
        }
        try {
            URI uri = new URI(v);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || v.length() > 2000) {
                throw InvalidRequest.field("params." + name, "must be an absolute http or https URL");
            }
            return uri;
        } catch (java.net.URISyntaxException e) {
            throw InvalidRequest.field("params." + name, "is not a valid URL (" + e.getReason() + ")");
        }
    }

    /**
     * A yes/no parameter: {@code true} or {@code false}, false when absent.
     *
     * @throws InvalidRequest naming {@code params.<name>}
     */
    public static boolean flag(SourceParams params, String name) {
        String v = params.get(name);
        if (v == null || v.equalsIgnoreCase("false")) {
            return false;
        }
        if (v.equalsIgnoreCase("true")) {
            return true;
        }
        throw InvalidRequest.field("params." + name, "must be true or false");
    }

    /** The URL-encoded form of a path or query value. */
    public static String enc(String v) {
        return java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }
}
