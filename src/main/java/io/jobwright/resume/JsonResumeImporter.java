package io.jobwright.resume;

import io.jobwright.error.InvalidRequest;

/**
 * Turns the bytes of an uploaded resume into a {@link Resume}, recognising its format (JSON Resume or a Reactive
 * Resume v4/v5 export); see {@link ResumeImporter}. Thread-safe.
 */
public final class JsonResumeImporter {

    /** The {@code source_format} recorded for JSON Resume documents. */
    public static final String FORMAT = ResumeFormat.JSON_RESUME.recorded();

    private JsonResumeImporter() {
    }

    /**
     * Parses and checks the document, whatever its supported format.
     *
     * @throws InvalidRequest when the bytes are not a resume Jobwright can read, a field has the wrong type (the
     *     message names its JSON path) or {@code basics.name} is missing
     */
    public static Resume parse(byte[] raw) {
        return ResumeImporter.parse(raw, null).resume();
    }
}
