package io.jobwright.source;

/**
 * One parameter a source type takes.
 *
 * @param name        its key in {@code params}
 * @param required    whether a source cannot work without it
 * @param secret      a credential: stored encrypted, never shown back
 * @param description what to put there, for the user
 */
public record SourceParam(String name, boolean required, boolean secret, String description) {

    public static SourceParam required(String name, String description) {
        return new SourceParam(name, true, false, description);
    }

    public static SourceParam optional(String name, String description) {
        return new SourceParam(name, false, false, description);
    }

    public static SourceParam secret(String name, String description) {
        return new SourceParam(name, true, true, description);
    }

    /** The {@code baseUrl} every type takes. */
    public static SourceParam baseUrl(String defaultUrl) {
        return new SourceParam("baseUrl", false, false, "API base URL (default " + defaultUrl + ")");
    }
}
