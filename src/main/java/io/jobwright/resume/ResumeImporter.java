package io.jobwright.resume;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jobwright.error.InvalidRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the bytes of an uploaded resume into a {@link Resume}: JSON Resume, a Reactive Resume v4 export or a Reactive
 * Resume v5 document, recognised by shape unless the caller names the format. Anything else is refused with an
 * {@link InvalidRequest} that says what is wrong and where; nothing is half-read. Thread-safe.
 */
public final class ResumeImporter {

    /** A parsed resume and the format it was read as. */
    public record Imported(Resume resume, ResumeFormat format) {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final List<String> JSON_RESUME_KEYS = List.of("basics", "work", "education", "skills", "projects",
            "volunteer", "awards", "certificates", "publications", "languages", "interests", "references");

    private ResumeImporter() {
    }

    /**
     * Parses and checks a document.
     *
     * @param format the format to read it as, or {@code null} to recognise it
     * @throws InvalidRequest when the bytes are not JSON, not a resume in a known format, a field has the wrong type
     *     (the message names its JSON path) or {@code basics.name} is missing
     */
    public static Imported parse(byte[] raw, ResumeFormat format) {
        JsonNode root = tree(raw);
        if (!root.isObject()) {
            throw new InvalidRequest("The resume must be a JSON object (JSON Resume or a Reactive Resume export), not a "
                    + "JSON " + root.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        ResumeFormat actual = format != null ? format : detect(root);
        JsonCursor cursor = new JsonCursor(root, "");
        Resume resume = switch (actual) {
            case JSON_RESUME -> new JsonResumeReader().read(cursor);
            case RXRESUME_V4 -> new JsonResumeReader().read(new JsonCursor(ReactiveResumeReader.v4(cursor), ""));
            case RXRESUME_V5 -> fromV5((ObjectNode) root, cursor);
        };
        return new Imported(resume, actual);
    }

    /** Reads our own stored form: no format detection, no markup cleaning. */
    static Resume parseStored(String document) {
        return new JsonResumeReader(false).read(new JsonCursor(tree(document.getBytes(StandardCharsets.UTF_8)), ""));
    }

    /**
     * The format a document's shape says it is: Reactive Resume has {@code sections}; v5 adds a top-level
     * {@code picture}, {@code summary} object, {@code customSections} or a page-based layout.
     *
     * @throws InvalidRequest when it looks like none of them
     */
    static ResumeFormat detect(JsonNode root) {
        if (root.path("sections").isObject()) {
            boolean v5 = root.has("customSections") || root.path("picture").isObject()
                    || root.path("summary").isObject() || root.path("metadata").path("layout").isObject();
            return v5 ? ResumeFormat.RXRESUME_V5 : ResumeFormat.RXRESUME_V4;
        }
        if (JSON_RESUME_KEYS.stream().anyMatch(root::has)) {
            return ResumeFormat.JSON_RESUME;
        }
        throw new InvalidRequest("This JSON is not a resume Jobwright can read: expected JSON Resume (basics, work, "
                + "education…) or a Reactive Resume export (sections, metadata)", Map.of("field", "format"));
    }

    /**
     * A v5 document we exported carries the whole model; it is taken back as it was when the rest of the document is
     * unchanged, else the visible fields are read.
     */
    private static Resume fromV5(ObjectNode root, JsonCursor cursor) {
        JsonNode carried = root.path(ReactiveResumeWriter.EXTENSION).path("resume");
        if (carried.isObject()) {
            try {
                Resume resume = new JsonResumeReader(false).read(new JsonCursor(carried, ""));
                ObjectNode rest = root.deepCopy();
                rest.remove(ReactiveResumeWriter.EXTENSION);
                if (ReactiveResumeWriter.visible(resume).equals(rest)) {
                    return resume;
                }
            } catch (InvalidRequest e) {
                // A damaged copy is ignored: the visible document is what the user sees and edits.
            }
        }
        return new JsonResumeReader().read(new JsonCursor(ReactiveResumeReader.v5(cursor), ""));
    }

    private static JsonNode tree(byte[] raw) {
        if (raw == null || raw.length == 0) {
            throw new InvalidRequest("The request body is empty: send a JSON Resume or Reactive Resume JSON file");
        }
        if (raw.length > 4 && raw[0] == '%' && raw[1] == 'P' && raw[2] == 'D' && raw[3] == 'F') {
            throw new InvalidRequest("This is a PDF; import the resume as JSON Resume or a Reactive Resume JSON export");
        }
        try {
            JsonNode root = MAPPER.readTree(raw);
            if (root == null || root.isMissingNode()) {
                throw new InvalidRequest("The request body is empty: send a JSON Resume or Reactive Resume JSON file");
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
