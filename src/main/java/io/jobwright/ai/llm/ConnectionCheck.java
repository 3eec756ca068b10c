package io.jobwright.ai.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jobwright.error.InvalidRequest;
import io.jobwright.settings.Setting;
import io.jobwright.settings.ValueType;
import io.jobwright.web.Json;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code POST /api/settings/llm/test}: asks a connection a one-line structured question and explains the outcome.
 * The connection is the configured one for a purpose, with any of provider, base URL, model and key replaced by the
 * request's, so a user can try a change before saving it.
 */
final class ConnectionCheck {

    private static final ObjectNode SCHEMA = (ObjectNode) Json.MAPPER.valueToTree(Map.of(
            "type", "object",
            "properties", Map.of("ok", Map.of("type", "boolean")),
            "required", java.util.List.of("ok"),
            "additionalProperties", false));

    private final LlmClient client;

    ConnectionCheck(LlmClient client) {
        this.client = client;
    }

    /**
     * Runs the check.
     *
     * @throws InvalidRequest naming the field when the body names an unknown purpose or provider or a bad URL
     */
    Map<String, Object> run(ObjectNode body) {
        Purpose purpose = body.hasNonNull("purpose")
                ? Purpose.byKey(body.get("purpose").asText()).orElseThrow(() -> InvalidRequest.field("purpose",
                        "must be one of scoring, tailoring, projectSelection, ghostwriter, default"))
                : Purpose.DEFAULT;
        LlmConnection configured = client.connections().forPurpose(purpose).orElse(null);
        Provider provider = configured == null ? null : configured.provider();
        if (body.hasNonNull("provider")) {
            String key = new ValueType.Choice(Setting.LLM_PROVIDERS).parse(body.get("provider"), "provider");
            provider = Provider.byKey(key).orElseThrow(() -> InvalidRequest.field("provider",
                    "offline needs no connection test; choose a provider to test"));
        }
        if (provider == null) {
            throw InvalidRequest.field("provider", "no LLM is configured for " + purpose.key()
                    + "; send provider (and baseUrl, model, apiKey) to test one");
        }
        boolean sameProvider = configured != null && configured.provider() == provider;
        String baseUrl = body.hasNonNull("baseUrl") ? new ValueType.WebUrl().parse(body.get("baseUrl"), "baseUrl")
                : sameProvider ? configured.baseUrl() : null;
        String model = body.hasNonNull("model") ? new ValueType.Text(200).parse(body.get("model"), "model")
                : sameProvider ? configured.model() : null;
        String apiKey = body.hasNonNull("apiKey") ? text(body.get("apiKey"))
                : sameProvider ? configured.apiKey() : null;
        LlmConnection connection = new LlmConnection(provider, baseUrl, model, apiKey);

        long started = System.nanoTime();
        LlmResult result = client.call(connection, new LlmRequest(purpose, "connection_check", SCHEMA,
                "You check that a connection works. Answer with JSON only.",
                "Reply with exactly this JSON object: {\"ok\": true}", 0));
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("ok", result instanceof LlmResult.Reply);
        view.put("purpose", purpose.key());
        view.put("provider", provider.key());
        view.put("baseUrl", connection.baseUrl());
        view.put("model", connection.model());
        view.put("latencyMs", (System.nanoTime() - started) / 1_000_000);
        switch (result) {
            case LlmResult.Reply reply -> view.put("outputMode", reply.mode().name().toLowerCase(java.util.Locale.ROOT));
            case LlmResult.Refusal refusal -> {
                view.put("problem", "refused");
                view.put("message", "The model declined to answer: " + refusal.message());
            }
            case LlmResult.Failure failure -> {
                view.put("problem", failure.kind().key());
                view.put("message", explain(failure));
            }
        }
        return view;
    }

    private static String explain(LlmResult.Failure failure) {
        String hint = switch (failure.kind()) {
            case BAD_KEY -> " Check llmApiKey: the provider does not accept it.";
            case UNKNOWN_MODEL -> " Check the model name (and the base URL) against the provider's model list.";
            case UNREACHABLE -> " Check that the server runs and that llmBaseUrl points at it.";
            case TIMEOUT -> " The server did not answer in time; a local model may still be loading.";
            case RATE_LIMITED -> " The provider is rate limiting this key; wait and try again.";
            default -> "";
        };
        return capitalized(failure.message()) + "." + hint;
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String text(JsonNode node) {
        if (!node.isTextual() || node.textValue().isBlank() || node.textValue().length() > 4000) {
            throw new InvalidRequest("apiKey must be a non-blank string", Map.of("field", "apiKey"));
        }
        return node.textValue().strip();
    }
}
