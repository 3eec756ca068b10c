package io.jobwright.ai.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.jobwright.web.Json;
import java.util.Optional;

/**
 * Reads a model's text as one JSON object, with light repair only: code fences are dropped and the text from the
 * first {@code {} to the last {@code }} is taken, so a sentence before or after the object does no harm. Half an
 * object stays unreadable: guessing the rest would be inventing it.
 */
final class JsonAnswer {

    private JsonAnswer() {
    }

    /** The object in {@code text}, or empty when there is none. */
    static Optional<JsonNode> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String body = text.strip().replaceAll("(?s)^```[a-zA-Z]*\\s*", "").replaceAll("(?s)\\s*```$", "");
        int start = body.indexOf('{');
        int end = body.lastIndexOf('}');
        if (start < 0 || end <= start) {
            return Optional.empty();
        }
        try {
            JsonNode node = Json.MAPPER.readTree(body.substring(start, end + 1));
            return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }
}
