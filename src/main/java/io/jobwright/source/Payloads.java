package io.jobwright.source;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.jobwright.net.FetchFailed;
import io.jobwright.net.SafeFetcher;
import java.io.IOException;
import java.util.Locale;
import java.util.function.Consumer;

/** Reads source answers, turning a wrong kind of answer into a {@link FetchFailed} that says what came instead. */
public final class Payloads {

    static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** Reads one value where the parser stands, leaving the rest of the answer to read. */
    private static final ObjectReader ONE_VALUE = MAPPER.reader()
            .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

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
        byte[] body = jsonBody(response);
        // Parsed from the bytes: a board's full listing can be megabytes, and a String copy of it would double that.
        try {
            return MAPPER.readTree(body);
        } catch (IOException e) {
            throw malformed(response, e);
        }
    }

    /**
     * Reads the items of the array {@code field} at the top level of a JSON answer one at a time, as they are parsed,
     * handing each to {@code each}: a board's listing is never all in memory as a tree. An answer without that field
     * has no items. Items before a malformed part (a truncated answer) are handed on before the error.
     *
     * @throws FetchFailed when the answer is HTML, empty, or not well-formed JSON
     */
    public static void eachIn(SafeFetcher.Response response, String field, Consumer<JsonNode> each) {
        byte[] body = jsonBody(response);
        try (JsonParser parser = MAPPER.getFactory().createParser(body)) {
            if (parser.nextToken() == JsonToken.START_OBJECT) {
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    if (parser.nextToken() == JsonToken.START_ARRAY && name.equals(field)) {
                        while (parser.nextToken() != JsonToken.END_ARRAY) {
                            each.accept(ONE_VALUE.readTree(parser));
                        }
                    } else {
                        parser.skipChildren();
                    }
                }
            } else {
                parser.skipChildren();
            }
            if (parser.nextToken() != null) {
                throw new JsonParseException(parser, "trailing text after the JSON answer");
            }
        } catch (IOException e) {
            throw malformed(response, e);
        }
    }

    /** The answer's bytes, once it is known not to be empty or HTML. */
    private static byte[] jsonBody(SafeFetcher.Response response) {
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
        return body;
    }

    private static FetchFailed malformed(SafeFetcher.Response response, IOException e) {
        String host = response.uri().getHost();
        if (e instanceof JsonProcessingException j) {
            return new FetchFailed("malformed JSON from " + host + " (" + j.getOriginalMessage() + " at byte "
                    + (j.getLocation() == null ? "?" : j.getLocation().getByteOffset()) + " of "
                    + response.body().length + "; truncated?)", 0, e);
        }
        return new FetchFailed("unreadable JSON from " + host + " (" + e.getMessage() + ")", 0, e);
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
