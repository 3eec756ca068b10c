package io.jobwright.resume;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.jobwright.error.InvalidRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A JSON object plus the path that led to it ({@code work[1]}), reading its fields strictly: a wrong type is an
 * {@link InvalidRequest} naming the full path, such as {@code skills[2].keywords: must be an array of strings}.
 * Absent and {@code null} fields read as absent; text is trimmed and blank text reads as absent.
 */
record JsonCursor(JsonNode node, String path) {

    /** The text of a field; numbers are accepted as their text (a GPA of {@code 3.8}, say). */
    String text(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual() && !value.isNumber()) {
            throw InvalidRequest.field(pathOf(field), "must be a string");
        }
        return trimmedOrNull(value.asText());
    }

    /** The text of the first of the fields that is present: a field and its older alias ({@code url}, {@code website}). */
    String text(String field, String alias) {
        String value = text(field);
        return value != null ? value : text(alias);
    }

    /** A boolean field, or {@code fallback} when it is absent. */
    boolean flag(String field, boolean fallback) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isBoolean()) {
            throw InvalidRequest.field(pathOf(field), "must be true or false");
        }
        return value.booleanValue();
    }

    /** A nested object, if present. */
    Optional<JsonCursor> object(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isObject()) {
            throw InvalidRequest.field(pathOf(field), "must be an object");
        }
        return Optional.of(new JsonCursor(value, pathOf(field)));
    }

    /** An array of objects; an absent field is an empty list. */
    List<JsonCursor> objects(String field) {
        List<JsonCursor> result = new ArrayList<>();
        JsonNode array = array(field, "must be an array");
        for (int i = 0; i < array.size(); i++) {
            JsonNode item = array.get(i);
            String itemPath = pathOf(field) + "[" + i + "]";
            if (item.isNull()) {
                continue;
            }
            if (!item.isObject()) {
                throw InvalidRequest.field(itemPath, "must be an object");
            }
            result.add(new JsonCursor(item, itemPath));
        }
        return result;
    }

    /** An array of strings, blank ones dropped; an absent field is an empty list. */
    List<String> strings(String field) {
        List<String> result = new ArrayList<>();
        JsonNode array = array(field, "must be an array of strings");
        for (int i = 0; i < array.size(); i++) {
            JsonNode item = array.get(i);
            if (item.isNull()) {
                continue;
            }
            if (!item.isTextual() && !item.isNumber()) {
                throw InvalidRequest.field(pathOf(field) + "[" + i + "]", "must be a string");
            }
            String text = trimmedOrNull(item.asText());
            if (text != null) {
                result.add(text);
            }
        }
        return result;
    }

    /** An array whose elements may be strings or objects (bullets, which gain ids); an absent field is empty. */
    List<JsonCursor> stringsOrObjects(String field) {
        List<JsonCursor> result = new ArrayList<>();
        JsonNode array = array(field, "must be an array");
        for (int i = 0; i < array.size(); i++) {
            JsonNode item = array.get(i);
            String itemPath = pathOf(field) + "[" + i + "]";
            if (item.isNull()) {
                continue;
            }
            if (!item.isTextual() && !item.isNumber() && !item.isObject()) {
                throw InvalidRequest.field(itemPath, "must be a string or an object");
            }
            result.add(new JsonCursor(item, itemPath));
        }
        return result;
    }

    /** This node's own text when it is a string or number, else {@code null}. */
    String ownText() {
        return node.isTextual() || node.isNumber() ? trimmedOrNull(node.asText()) : null;
    }

    private JsonNode array(String field, String reason) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return JsonNodeFactory.instance.arrayNode();
        }
        if (!value.isArray()) {
            throw InvalidRequest.field(pathOf(field), reason);
        }
        return value;
    }

    private String pathOf(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    private static String trimmedOrNull(String text) {
        String trimmed = text.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
