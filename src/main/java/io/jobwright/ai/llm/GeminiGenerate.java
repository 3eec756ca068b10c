package io.jobwright.ai.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jobwright.web.Json;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gemini generateContent ({@code POST <base>/v1beta/models/<model>:generateContent}). The key travels in the
 * {@code x-goog-api-key} header rather than the query string, so it never lands in an access log. The system
 * message becomes {@code systemInstruction}; structured output is {@code generationConfig.responseMimeType} plus
 * {@code responseSchema}, which Gemini is known to ignore at times: the answer is checked against the schema anyway.
 */
final class GeminiGenerate implements WireProtocol {

    private static final List<String> UNSUPPORTED = List.of("additionalProperties");

    @Override
    public List<OutputMode> modes() {
        return List.of(OutputMode.JSON_SCHEMA, OutputMode.JSON_OBJECT, OutputMode.TEXT);
    }

    @Override
    public URI endpoint(LlmConnection connection) {
        String base = connection.baseUrl().replaceAll("/+$", "");
        String root = base.endsWith("/v1beta") ? base : base + "/v1beta";
        String model = connection.model().startsWith("models/") ? connection.model().substring(7) : connection.model();
        return URI.create(root + "/models/" + URLEncoder.encode(model, StandardCharsets.UTF_8) + ":generateContent");
    }

    @Override
    public Map<String, String> headers(LlmConnection connection) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (connection.apiKey() != null) {
            headers.put("x-goog-api-key", connection.apiKey());
        }
        return headers;
    }

    @Override
    public ObjectNode body(LlmConnection connection, LlmRequest request, OutputMode mode) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        if (request.system() != null) {
            body.putObject("systemInstruction").putArray("parts").addObject().put("text", request.system());
        }
        body.putArray("contents").addObject().put("role", "user")
                .putArray("parts").addObject().put("text", request.user());
        if (mode != OutputMode.TEXT) {
            ObjectNode config = body.putObject("generationConfig").put("responseMimeType", "application/json");
            if (mode == OutputMode.JSON_SCHEMA) {
                config.set("responseSchema", WireProtocol.stripped(request.schema(), UNSUPPORTED));
            }
        }
        return body;
    }

    @Override
    public WireAnswer answer(JsonNode body) {
        JsonNode candidates = body.path("candidates");
        JsonNode usage = body.path("usageMetadata");
        int in = usage.path("promptTokenCount").asInt(-1);
        int out = usage.path("candidatesTokenCount").asInt(-1);
        if (!candidates.isArray() || candidates.isEmpty()) {
            if (body.path("promptFeedback").path("blockReason").isTextual()) {
                return new WireAnswer("", in, out, true, false);
            }
            throw new IllegalArgumentException("no candidates[] in the answer");
        }
        JsonNode first = candidates.path(0);
        StringBuilder text = new StringBuilder();
        first.path("content").path("parts").forEach(part -> text.append(part.path("text").asText("")));
        String finish = first.path("finishReason").asText();
        return new WireAnswer(text.toString(), in, out, "SAFETY".equals(finish) || "PROHIBITED_CONTENT".equals(finish),
                "MAX_TOKENS".equals(finish));
    }
}
