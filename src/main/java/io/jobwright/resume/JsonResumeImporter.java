package io.jobwright.resume;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jobwright.error.InvalidRequest;
import io.jobwright.error.Unprocessable;
import java.io.IOException;
import java.util.Locale;

/**
 * Turns the bytes of an uploaded JSON Resume document into a {@link Resume}, refusing anything else with a message
 * that says what is wrong and where. A Reactive Resume export is recognised and refused as not supported yet, rather
 * than misread as an empty JSON Resume. Thread-safe.
 */
public final class JsonResumeImporter {

    /** The {@code source_format} recorded for documents imported here. */
    public static final String FORMAT = "json-resume";

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JsonResumeImporter() {
    }

    /**
     * Parses and checks the document.
     *
     * @throws InvalidRequest when the bytes are not a JSON object, a field has the wrong type (the message names its
     *     JSON path) or {@code basics.name} is missing
     * @throws Unprocessable when the document is a Reactive Resume export
     */
    public static Resume parse(byte[] raw) {
        JsonNode root = tree(raw);
        if (!root.isObject()) {
            throw new InvalidRequest("The resume must be a JSON object in JSON Resume format, not a JSON "
                    + root.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        if (isReactiveResume(root)) {
            throw new Unprocessable("Reactive Resume import is not supported yet; export JSON Resume");
        }
        return new JsonResumeReader().read(new JsonCursor(root, ""));
    }

    /** True for Reactive Resume's export shape: {@code sections} beside {@code metadata} or {@code basics.headline}. */
    static boolean isReactiveResume(JsonNode root) {
        return root.has("sections") && (root.has("metadata") || root.path("basics").has("headline"));
    }

    private static JsonNode tree(byte[] raw) {
        if (raw == null || raw.length == 0) {
            throw new InvalidRequest("The request body is empty: send a JSON Resume document");
        }
        try {
            JsonNode root = MAPPER.readTree(raw);
            if (root == null || root.isMissingNode()) {
                throw new InvalidRequest("The request body is empty: send a JSON Resume document");
            }
            return root;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new InvalidRequest("Malformed JSON" + where + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InvalidRequest("Cannot read the resume: " + e.getMessage());
        }
    }
}
