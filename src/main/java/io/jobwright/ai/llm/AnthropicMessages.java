package io.jobwright.ai.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jobwright.web.Json;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Anthropic Messages ({@code POST <base>/v1/messages}, {@code x-api-key}, {@code anthropic-version: 2023-06-01}).
 * Structured output goes in {@code output_config.format}, without the numeric and length limits Anthropic's
 * schema subset refuses; those are still checked on the answer.
 */
final class AnthropicMessages implements WireProtocol {

    static final String VERSION = "2023-06-01";
    static final int MAX_TOKENS = 4096;
    private static final List<String> UNSUPPORTED = List.of("minimum", "maximum", "minLength", "maxLength",
            "minItems", "maxItems");

    @Override
    public List<OutputMode> modes() {
        return List.of(OutputMode.JSON_SCHEMA, OutputMode.TEXT);
    }

    @Override
    public URI endpoint(LlmConnection connection) {
        String base = connection.baseUrl().replaceAll("/+$", "");
        return WireProtocol.join(base.endsWith("/v1") ? base.substring(0, base.length() - 3) : base, "/v1/messages");
    }

    @Override
    public Map<String, String> headers(LlmConnection connection) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("anthropic-version", VERSION);
        if (connection.apiKey() != null) {
            headers.put("x-api-key", connection.apiKey());
        }
        return headers;
    }

    @Override
    public ObjectNode body(LlmConnection connection, LlmRequest request, OutputMode mode) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("model", connection.model());
        body.put("max_tokens", MAX_TOKENS);
        if (request.system() != null) {
            body.put("system", request.system());
        }
        body.putArray("messages").addObject().put("role", "user").put("content", request.user());
        if (mode == OutputMode.JSON_SCHEMA) {
            body.putObject("output_config").putObject("format").put("type", "json_schema")
                    .set("schema", WireProtocol.stripped(request.schema(), UNSUPPORTED));
        }
        return body;
    }

    @Override
    public WireAnswer answer(JsonNode body) {
        JsonNode content = body.path("content");
        if (!content.isArray()) {
            throw new IllegalArgumentException("no content[] in the answer");
        }
        StringBuilder text = new StringBuilder();
        content.forEach(block -> {
            if ("text".equals(block.path("type").asText())) {
                text.append(block.path("text").asText());
            }
        });
        JsonNode usage = body.path("usage");
        String stop = body.path("stop_reason").asText();
        return new WireAnswer(text.toString(), usage.path("input_tokens").asInt(-1),
                usage.path("output_tokens").asInt(-1), "refusal".equals(stop), "max_tokens".equals(stop));
    }
}
