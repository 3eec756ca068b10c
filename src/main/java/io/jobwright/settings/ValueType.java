package io.jobwright.settings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.jobwright.error.InvalidRequest;
import io.jobwright.logging.Redactor;
import io.jobwright.web.Json;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The kind of value a {@link Setting} holds, and how a JSON value is checked and normalised into it. The same check
 * runs on PATCH input, on stored rows and on environment defaults, so a value is valid wherever it comes from.
 * Error messages name the setting but never repeat the value: it might be a secret.
 */
public sealed interface ValueType<T> {

    /**
     * Checks and normalises a JSON value (never JSON {@code null}: that means "reset" and is handled by the caller).
     *
     * @throws InvalidRequest naming {@code key} when the value has the wrong type or is out of range
     */
    T parse(JsonNode node, String key);

    /** The value as stored in the {@code settings} table: JSON text. */
    default String encode(T value) {
        return Json.write(value);
    }

    /** Reads a stored value back; throws {@link InvalidRequest} if the row no longer passes the check. */
    default T decode(String stored, String key) {
        try {
            return parse(Json.MAPPER.readTree(stored), key);
        } catch (JsonProcessingException e) {
            throw refusal(key, "stored value is not valid JSON");
        }
    }

    /**
     * The error for a bad value. Keys that sound secret ({@code llmApiKey}, {@code webhookSecret}) are named without
     * the usual "key: reason" colon, because the error redaction would take the reason for the secret and mask it.
     */
    private static InvalidRequest refusal(String key, String reason) {
        return Redactor.isSecretKey(key)
                ? new InvalidRequest(key + " " + reason, Map.of("field", key))
                : InvalidRequest.field(key, reason);
    }

    /** {@code true} or {@code false}. */
    record Flag() implements ValueType<Boolean> {
        @Override
        public Boolean parse(JsonNode node, String key) {
            if (!node.isBoolean()) {
                throw refusal(key, "must be true or false");
            }
            return node.booleanValue();
        }
    }

    /** A whole number within {@code [min, max]}. */
    record WholeNumber(int min, int max) implements ValueType<Integer> {
        @Override
        public Integer parse(JsonNode node, String key) {
            if (!node.isIntegralNumber() || !node.canConvertToInt()
                    || node.intValue() < min || node.intValue() > max) {
                throw refusal(key, "must be a whole number from " + min + " to " + max);
            }
            return node.intValue();
        }
    }

    /** A non-blank string of at most {@code maxLength} characters, trimmed. */
    record Text(int maxLength) implements ValueType<String> {
        @Override
        public String parse(JsonNode node, String key) {
            if (!node.isTextual()) {
                throw refusal(key, "must be a string");
            }
            String value = node.textValue().strip();
            if (value.isEmpty() || value.length() > maxLength) {
                throw refusal(key, "must be 1–" + maxLength + " characters (send null to reset it)");
            }
            return value;
        }
    }

    /** One of a fixed set of lower-case words; input is trimmed and lower-cased. */
    record Choice(List<String> allowed) implements ValueType<String> {
        public Choice {
            allowed = List.copyOf(allowed);
        }

        @Override
        public String parse(JsonNode node, String key) {
            String value = node.isTextual() ? node.textValue().strip().toLowerCase(Locale.ROOT) : null;
            if (value == null || !allowed.contains(value)) {
                throw refusal(key, "must be one of " + String.join(", ", allowed));
            }
            return value;
        }
    }

    /** An absolute {@code http} or {@code https} URL. */
    record WebUrl() implements ValueType<String> {
        static final int MAX_LENGTH = 2000;

        @Override
        public String parse(JsonNode node, String key) {
            String value = node.isTextual() ? node.textValue().strip() : "";
            try {
                URI uri = new URI(value);
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                if (value.length() <= MAX_LENGTH && (scheme.equals("http") || scheme.equals("https"))
                        && uri.getHost() != null) {
                    return value;
                }
            } catch (URISyntaxException e) {
                // Falls through to the same message as any other malformed URL.
            }
            throw refusal(key, "must be an absolute http:// or https:// URL");
        }
    }

    /** A list of at most {@code maxItems} non-blank strings (each trimmed, at most 200 characters). */
    record TextList(int maxItems) implements ValueType<List<String>> {
        static final int MAX_ITEM_LENGTH = 200;

        @Override
        public List<String> parse(JsonNode node, String key) {
            if (!node.isArray() || node.size() > maxItems) {
                throw refusal(key, "must be a list of at most " + maxItems + " strings");
            }
            List<String> items = new ArrayList<>(node.size());
            for (JsonNode item : node) {
                String value = item.isTextual() ? item.textValue().strip() : "";
                if (value.isEmpty() || value.length() > MAX_ITEM_LENGTH) {
                    throw refusal(key, "every item must be a non-blank string of at most "
                            + MAX_ITEM_LENGTH + " characters");
                }
                items.add(value);
            }
            return List.copyOf(items);
        }
    }

    /**
     * A prompt template: text of at most {@link #MAX_LENGTH} characters whose {@code {{placeholders}}} are all known
     * and which contains every required one. Send {@code null} to go back to the built-in template.
     */
    record Template(List<String> placeholders, List<String> required) implements ValueType<String> {
        public static final int MAX_LENGTH = 20_000;
        private static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*}}");

        public Template {
            placeholders = List.copyOf(placeholders);
            required = List.copyOf(required);
        }

        @Override
        public String parse(JsonNode node, String key) {
            if (!node.isTextual() || node.textValue().isBlank() || node.textValue().length() > MAX_LENGTH) {
                throw refusal(key, "must be a template of 1–" + MAX_LENGTH + " characters (send null to reset it)");
            }
            String text = node.textValue();
            java.util.Set<String> used = new java.util.LinkedHashSet<>();
            java.util.regex.Matcher m = PLACEHOLDER.matcher(text);
            while (m.find()) {
                used.add(m.group(1));
            }
            List<String> unknown = used.stream().filter(p -> !placeholders.contains(p)).toList();
            if (!unknown.isEmpty()) {
                throw refusal(key, "unknown placeholder " + unknown.stream().map(p -> "{{" + p + "}}").toList()
                        + "; allowed: " + placeholders.stream().map(p -> "{{" + p + "}}").toList());
            }
            List<String> missing = required.stream().filter(p -> !used.contains(p)).toList();
            if (!missing.isEmpty()) {
                throw refusal(key, "must contain " + missing.stream().map(p -> "{{" + p + "}}").toList());
            }
            return text;
        }
    }

    /**
     * Per-purpose LLM connections: {@code {"scoring": {"provider": "ollama", "baseUrl": "…", "model": "…"}}}. Every
     * part is optional; what is missing falls back to the default connection.
     */
    record PurposeOverrides(List<String> purposes, List<String> providers)
            implements ValueType<Map<String, Map<String, String>>> {
        @SuppressWarnings("unchecked")
        public static final Class<Map<String, Map<String, String>>> TYPE =
                (Class<Map<String, Map<String, String>>>) (Class<?>) Map.class;

        @Override
        public Map<String, Map<String, String>> parse(JsonNode node, String key) {
            if (!node.isObject()) {
                throw refusal(key, "must be an object keyed by purpose (" + String.join(", ", purposes) + ")");
            }
            Map<String, Map<String, String>> result = new java.util.LinkedHashMap<>();
            for (var entry : node.properties()) {
                String purpose = entry.getKey();
                String path = key + "." + purpose;
                if (!purposes.contains(purpose)) {
                    throw refusal(path, "unknown purpose; use one of " + String.join(", ", purposes));
                }
                if (!entry.getValue().isObject()) {
                    throw refusal(path, "must be an object with provider, baseUrl and/or model");
                }
                Map<String, String> connection = new java.util.LinkedHashMap<>();
                for (var part : entry.getValue().properties()) {
                    if (part.getValue().isNull()) {
                        continue;
                    }
                    String field = path + "." + part.getKey();
                    switch (part.getKey()) {
                        case "provider" -> connection.put("provider", new Choice(providers).parse(part.getValue(), field));
                        case "baseUrl" -> connection.put("baseUrl", new WebUrl().parse(part.getValue(), field));
                        case "model" -> connection.put("model", new Text(200).parse(part.getValue(), field));
                        default -> throw refusal(field, "unknown field; use provider, baseUrl or model");
                    }
                }
                if (!connection.isEmpty()) {
                    result.put(purpose, Map.copyOf(connection));
                }
            }
            return java.util.Collections.unmodifiableMap(result);
        }
    }
}
