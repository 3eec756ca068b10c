package io.jobwright.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.jobwright.error.InvalidRequest;
import io.jobwright.logging.Redactor;
import io.jobwright.web.Requests;
import java.util.Map;
import java.util.Set;

/** A request body read strictly: only the named fields are allowed, and each must be a string. */
final class JsonFields {

    private final ObjectNode body;

    private JsonFields(ObjectNode body) {
        this.body = body;
    }

    /**
     * Reads the body, refusing fields other than {@code allowed}.
     *
     * @throws InvalidRequest naming the unknown fields
     */
    static JsonFields read(Context ctx, Set<String> allowed) {
        return new JsonFields(Requests.object(ctx, allowed.toArray(String[]::new)));
    }

    /**
     * The error for a bad field. A field that sounds secret ({@code password}) is named without the usual
     * "field: reason" colon, because the error redaction would take the reason for the secret and mask it.
     */
    static InvalidRequest invalid(String field, String reason) {
        return Redactor.isSecretKey(field)
                ? new InvalidRequest(field + " " + reason, Map.of("field", field))
                : InvalidRequest.field(field, reason);
    }

    /**
     * A required string field.
     *
     * @throws InvalidRequest naming the field when it is missing or not a string
     */
    String text(String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            throw invalid(field, "is required");
        }
        if (!value.isTextual()) {
            throw invalid(field, "must be a string");
        }
        return value.textValue();
    }
}
