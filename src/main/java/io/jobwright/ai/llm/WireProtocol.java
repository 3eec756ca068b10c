package io.jobwright.ai.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * One provider wire format: how a request is addressed and shaped for each {@link OutputMode}, and how a success
 * envelope and an error body are read. Implementations hold no state and may be shared.
 */
interface WireProtocol {

    /** The output modes to try, strictest first. */
    List<OutputMode> modes();

    /** The endpoint for this connection. */
    URI endpoint(LlmConnection connection);

    /** Headers besides {@code Content-Type}, including the credential when there is one. */
    Map<String, String> headers(LlmConnection connection);

    /** The JSON request body. */
    ObjectNode body(LlmConnection connection, LlmRequest request, OutputMode mode);

    /**
     * Reads a 2xx body.
     *
     * @throws IllegalArgumentException when the envelope is not this protocol's shape
     */
    WireAnswer answer(JsonNode body);

    /** The human message inside an error body, or {@code null} when there is none. */
    static String errorMessage(JsonNode body) {
        if (body == null || body.isMissingNode() || body.isNull()) {
            return null;
        }
        JsonNode error = body.path("error");
        if (error.isTextual()) {
            return error.textValue();
        }
        if (error.path("message").isTextual()) {
            return error.path("message").textValue();
        }
        if (body.path("message").isTextual()) {
            return body.path("message").textValue();
        }
        if (body.path("detail").isTextual()) {
            return body.path("detail").textValue();
        }
        return null;
    }

    /** {@code base} without trailing slashes, plus {@code path} unless {@code base} already ends with it. */
    static URI join(String base, String path) {
        String trimmed = base.replaceAll("/+$", "");
        return URI.create(trimmed.endsWith(path) ? trimmed : trimmed + path);
    }

    /** A deep copy of {@code schema} without the given keywords, for providers that reject them. */
    static ObjectNode stripped(ObjectNode schema, List<String> keywords) {
        ObjectNode copy = schema.deepCopy();
        strip(copy, keywords);
        return copy;
    }

    private static void strip(JsonNode node, List<String> keywords) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            JsonNode properties = object.get("properties");
            object.remove(keywords);
            if (properties != null) {
                properties.forEach(child -> strip(child, keywords));
            }
            object.properties().forEach(e -> {
                if (!e.getKey().equals("properties")) {
                    strip(e.getValue(), keywords);
                }
            });
        } else if (node.isArray()) {
            node.forEach(child -> strip(child, keywords));
        }
    }
}
