package io.jobwright.ai.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jobwright.web.Json;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * OpenAI chat completions ({@code POST <base>/chat/completions}), spoken by OpenAI, OpenRouter, Ollama, LM Studio,
 * vLLM, llama.cpp, Groq and most proxies. The base URL may also be the full {@code …/chat/completions} address.
 */
final class OpenAiChat implements WireProtocol {

    @Override
    public List<OutputMode> modes() {
        return List.of(OutputMode.JSON_SCHEMA, OutputMode.JSON_OBJECT, OutputMode.TEXT);
    }

    @Override
    public URI endpoint(LlmConnection connection) {
        return WireProtocol.join(connection.baseUrl(), "/chat/completions");
    }

    @Override
    public Map<String, String> headers(LlmConnection connection) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (connection.apiKey() != null) {
            headers.put("Authorization", "Bearer " + connection.apiKey());
        }
        if (connection.provider() == Provider.OPENROUTER) {
            headers.put("X-Title", "Jobwright");
        }
        return headers;
    }

    @Override
    public ObjectNode body(LlmConnection connection, LlmRequest request, OutputMode mode) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("model", connection.model() == null ? "default" : connection.model());
        var messages = body.putArray("messages");
        if (request.system() != null) {
            messages.addObject().put("role", "system").put("content", request.system());
        }
        messages.addObject().put("role", "user").put("content", request.user());
        body.put("stream", false);
        switch (mode) {
            case JSON_SCHEMA -> {
                ObjectNode format = body.putObject("response_format").put("type", "json_schema");
                format.putObject("json_schema").put("name", request.schemaName()).put("strict", true)
                        .set("schema", request.schema());
            }
            case JSON_OBJECT -> body.putObject("response_format").put("type", "json_object");
            case TEXT -> { }
        }
        return body;
    }

    @Override
    public WireAnswer answer(JsonNode body) {
        JsonNode choice = body.path("choices").path(0);
        JsonNode message = choice.path("message");
        if (!message.isObject()) {
            throw new IllegalArgumentException("no choices[0].message in the answer");
        }
        boolean refusal = message.path("refusal").isTextual() && !message.path("refusal").textValue().isBlank();
        JsonNode content = message.path("content");
        String text = content.isTextual() ? content.textValue() : refusal ? message.path("refusal").textValue() : "";
        JsonNode usage = body.path("usage");
        return new WireAnswer(text, usage.path("prompt_tokens").asInt(-1), usage.path("completion_tokens").asInt(-1),
                refusal, "length".equals(choice.path("finish_reason").asText()));
    }
}
