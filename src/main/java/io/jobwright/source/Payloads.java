package io.jobwright.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jobwright.net.FetchFailed;
import io.jobwright.net.SafeFetcher;
import java.io.IOException;
import java.util.Locale;

/** Reads source answers, turning a wrong kind of answer into a {@link FetchFailed} that says what came instead. */
public final class Payloads {

    static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** A mapper for sources that build JSON requests. */
    public static final ObjectMapper MAPPER_FOR_SOURCES = MAPPER;

    private Payloads() {
    }

    /**
     * The answer as JSON.
     *
     * @throws FetchFailed when it is HTML, empty, or not well-formed JSON (truncated, say)
     */
    public static JsonNode json(SafeFetcher.Response response) {
        String host = response.uri().getHost();
        byte[] body = response.body();
        int first = firstNonBlank(body);
        if (first == body.length) {
            throw new FetchFailed("empty answer from " + host + " (expected JSON)");
        }
        String type = response.contentType().toLowerCase(Locale.ROOT);
        if (body[first] == '<' || type.contains("text/html")) {
            throw new FetchFailed("answered HTML instead of JSON from " + host
                    + " (a login page, an error page, or the board was renamed?)");
        }
        // Parsed from the bytes: a board's full listing can be megabytes, and a String copy of it would double that.
        try {
            return MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new FetchFailed("malformed JSON from " + host + " (" + e.getOriginalMessage() + " at byte "
                    + e.getLocation().getByteOffset() + " of " + body.length + "; truncated?)", 0, e);
        } catch (IOException e) {
            throw new FetchFailed("unreadable JSON from " + host + " (" + e.getMessage() + ")", 0, e);
        }
    }

    /** The index of the first byte that is not whitespace or a UTF-8 byte order mark, or the length. */
    private static int firstNonBlank(byte[] body) {
        int i = 0;
        if (body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF) {
            i = 3;
        }
        while (i < body.length && (body[i] == ' ' || body[i] == '\n' || body[i] == '\r' || body[i] == '\t')) {
            i++;
        }
        return i;
    }

    /** Parses JSON text; throws {@link FetchFailed} naming {@code what} when it is not JSON. */
    public static JsonNode json(String text, String what) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new FetchFailed("malformed JSON in " + what + " (" + e.getOriginalMessage() + ")", 0, e);
        }
    }

    /** A text field, or null when missing, null or blank. */
    public static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull() || v.isMissingNode() || v.isContainerNode()) {
            return null;
        }
        String s = v.asText();
        return s.isBlank() ? null : s;
    }

    /** A text at a JSON pointer ({@code /company/name}), or null. */
    public static String at(JsonNode node, String pointer) {
        JsonNode v = node.at(pointer);
        if (v.isMissingNode() || v.isNull() || v.isContainerNode()) {
            return null;
        }
        String s = v.asText();
        return s.isBlank() ? null : s;
    }

    /** A number field, or null. */
    public static Double number(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isNumber()) {
            return v.asDouble();
        }
        try {
            return Double.parseDouble(v.asText().replace(",", "").trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A boolean field, or null when missing. */
    public static Boolean bool(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asBoolean();
    }
}
