package io.jobwright.resume;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The JSON Resume documents under {@code src/test/resources/resumes}, which we wrote ourselves. */
public final class ResumeFixtures {

    /** A complete resume: two jobs, three projects (one hidden), education, skills, languages. */
    public static final String ALEX = "alex-rivera.json";
    /** Only {@code basics.name}. */
    public static final String MINIMAL = "minimal.json";
    /** Polish and Japanese text throughout. */
    public static final String UNICODE = "unicode.json";
    /** A small Reactive Resume v4 export. */
    public static final String REACTIVE_RESUME = "reactive-resume-export.json";
    /** A Reactive Resume v5 document with hostile markup, hidden items, a hidden section and a cover letter. */
    public static final String RXRESUME_V5 = "rxresume-v5.json";

    private ResumeFixtures() {
    }

    /** The raw bytes of a fixture. */
    public static byte[] bytes(String name) {
        try (InputStream in = ResumeFixtures.class.getResourceAsStream("/resumes/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No test fixture /resumes/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fixture parsed as an import would parse it. */
    public static Resume resume(String name) {
        return JsonResumeImporter.parse(bytes(name));
    }

    /** A JSON literal as bytes, for inline documents. */
    public static byte[] json(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
