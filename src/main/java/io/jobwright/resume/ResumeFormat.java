package io.jobwright.resume;

import io.jobwright.error.InvalidRequest;
import java.util.Arrays;
import java.util.Locale;

/**
 * The resume file formats Jobwright reads: {@code id} is how the API names it ({@code ?format=}), {@code recorded}
 * what a revision imported from it records as its source.
 */
public enum ResumeFormat {
    JSON_RESUME("jsonresume", "json-resume"),
    RXRESUME_V4("rxresume-v4", "rxresume-v4"),
    RXRESUME_V5("rxresume-v5", "rxresume-v5");

    private final String id;
    private final String recorded;

    ResumeFormat(String id, String recorded) {
        this.id = id;
        this.recorded = recorded;
    }

    /** The name used by {@code ?format=}. */
    public String id() {
        return id;
    }

    /** The {@code sourceFormat} a revision imported from this format records. */
    public String recorded() {
        return recorded;
    }

    /**
     * The format named {@code id} (case-insensitive; {@code json-resume} is accepted too).
     *
     * @throws InvalidRequest naming {@code field} and the accepted names
     */
    public static ResumeFormat byId(String id, String field) {
        String wanted = id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.id.equals(wanted) || f.recorded.equals(wanted)).findFirst()
                .orElseThrow(() -> InvalidRequest.field(field, "must be one of "
                        + String.join(", ", Arrays.stream(values()).map(ResumeFormat::id).toList())
                        + ", got '" + id + "'"));
    }
}
