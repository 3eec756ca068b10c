package io.jobwright.error;

import java.util.LinkedHashMap;
import java.util.Map;

/** Bad input: malformed JSON, a wrong type, a value out of range. The message names the field. */
public final class InvalidRequest extends JobwrightException {

    public InvalidRequest(String message) {
        super(message, Map.of(), null);
    }

    public InvalidRequest(String message, Map<String, Object> details) {
        super(message, details, null);
    }

    /** A problem with one field: the message reads "{@code field}: reason". */
    public static InvalidRequest field(String field, String reason) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("field", field);
        return new InvalidRequest(field + ": " + reason, details);
    }
}
