package io.jobwright.ai.llm;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * Checks an answer against the subset of JSON Schema Jobwright's prompts use: {@code type} (a name or a list),
 * {@code properties}, {@code required}, {@code additionalProperties: false}, {@code items}, {@code enum},
 * {@code minimum}/{@code maximum}, {@code minItems}/{@code maxItems} and {@code maxLength}. An {@code integer}
 * accepts any number (models write {@code 78.0}); callers round.
 */
final class SchemaCheck {

    private SchemaCheck() {
    }

    /** The first problem as "{@code $.path}: what is wrong", or empty when the value matches. */
    static Optional<String> problem(JsonNode schema, JsonNode value) {
        return check(schema, value, "$");
    }

    private static Optional<String> check(JsonNode schema, JsonNode value, String path) {
        JsonNode type = schema.path("type");
        if (!type.isMissingNode() && !matchesAny(type, value)) {
            return Optional.of(path + ": expected " + (type.isArray() ? type.toString() : type.asText())
                    + " but got " + kind(value));
        }
        if (schema.has("enum")) {
            boolean found = false;
            for (JsonNode allowed : schema.get("enum")) {
                found |= allowed.equals(value);
            }
            if (!found) {
                return Optional.of(path + ": must be one of " + schema.get("enum"));
            }
        }
        if (value.isNumber()) {
            if (schema.has("minimum") && value.doubleValue() < schema.get("minimum").doubleValue()
                    || schema.has("maximum") && value.doubleValue() > schema.get("maximum").doubleValue()) {
                return Optional.of(path + ": " + value + " is out of range");
            }
        }
        if (value.isTextual() && schema.has("maxLength") && value.textValue().length() > schema.get("maxLength").asInt()) {
            return Optional.of(path + ": longer than " + schema.get("maxLength").asInt() + " characters");
        }
        if (value.isArray()) {
            if (schema.has("minItems") && value.size() < schema.get("minItems").asInt()
                    || schema.has("maxItems") && value.size() > schema.get("maxItems").asInt()) {
                return Optional.of(path + ": has " + value.size() + " items, outside the allowed count");
            }
            if (schema.has("items")) {
                for (int i = 0; i < value.size(); i++) {
                    Optional<String> problem = check(schema.get("items"), value.get(i), path + "[" + i + "]");
                    if (problem.isPresent()) {
                        return problem;
                    }
                }
            }
        }
        if (value.isObject()) {
            for (JsonNode required : schema.path("required")) {
                if (!value.has(required.asText())) {
                    return Optional.of(path + "." + required.asText() + ": is missing");
                }
            }
            JsonNode properties = schema.path("properties");
            for (var entry : value.properties()) {
                JsonNode property = properties.get(entry.getKey());
                if (property == null) {
                    if (schema.path("additionalProperties").isBoolean() && !schema.get("additionalProperties").asBoolean()) {
                        return Optional.of(path + "." + entry.getKey() + ": is not allowed");
                    }
                    continue;
                }
                Optional<String> problem = check(property, entry.getValue(), path + "." + entry.getKey());
                if (problem.isPresent()) {
                    return problem;
                }
            }
        }
        return Optional.empty();
    }

    private static boolean matchesAny(JsonNode type, JsonNode value) {
        if (type.isArray()) {
            for (JsonNode one : type) {
                if (matches(one.asText(), value)) {
                    return true;
                }
            }
            return false;
        }
        return matches(type.asText(), value);
    }

    private static boolean matches(String type, JsonNode value) {
        return switch (type) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "integer", "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "null" -> value.isNull();
            default -> true;
        };
    }

    private static String kind(JsonNode value) {
        return value.isMissingNode() ? "nothing" : value.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }
}
