package io.jobwright.resume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jobwright.error.InvalidRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Conformance: every resume under {@code ../shared/fixtures/resumes} (JSON Resume, Reactive Resume v4 and v5; other
 * people's data, read in place, never copied) is recognised and imported, and survives import → export → import in
 * both export formats with nothing the model holds lost. A document without a name is refused naming
 * {@code basics.name}. Skipped, with a notice, when the folder is absent.
 */
class ResumeRoundTripConformanceTest {

    private static final Path FOLDER = Path.of("..", "shared", "fixtures", "resumes");
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void skipWithANoticeWhenTheSharedFixturesAreAbsent() {
        boolean present = Files.isDirectory(FOLDER);
        if (!present) {
            System.out.println("NOTICE: " + FOLDER.toAbsolutePath().normalize()
                    + " is absent; skipping the shared resume round-trip conformance fixtures.");
        }
        assumeTrue(present, "shared resume fixtures absent at " + FOLDER.toAbsolutePath().normalize());
    }

    @TestFactory
    Stream<DynamicTest> every_shared_resume_imports_and_round_trips_through_both_exports() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(FOLDER)) {
            files = walk.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        assertThat(files).as("resume fixtures in " + FOLDER).hasSizeGreaterThanOrEqualTo(12);
        return files.stream().map(file -> DynamicTest.dynamicTest(FOLDER.relativize(file).toString(), () -> check(file)));
    }

    private static void check(Path file) throws IOException {
        byte[] raw = Files.readAllBytes(file);
        ResumeFormat expected = file.toString().contains("/v5/") ? ResumeFormat.RXRESUME_V5
                : file.toString().contains("/v4/") ? ResumeFormat.RXRESUME_V4 : ResumeFormat.JSON_RESUME;
        if (!hasName(raw)) {
            assertThatThrownBy(() -> ResumeImporter.parse(raw, null))
                    .isInstanceOf(InvalidRequest.class)
                    .hasMessageStartingWith("basics.name: is required");
            return;
        }
        ResumeImporter.Imported imported = ResumeImporter.parse(raw, null);
        assertThat(imported.format()).as("recognised format").isEqualTo(expected);
        Resume resume = imported.resume();
        assertThat(resume.name()).isNotBlank();

        Resume viaJsonResume = ResumeImporter.parse(bytes(JsonResumeWriter.export(resume)), null).resume();
        assertThat(viaJsonResume).as("import → JSON Resume export → import").isEqualTo(resume);

        ResumeImporter.Imported viaV5 = ResumeImporter.parse(bytes(ReactiveResumeWriter.write(resume)), null);
        assertThat(viaV5.format()).isEqualTo(ResumeFormat.RXRESUME_V5);
        assertThat(viaV5.resume()).as("import → Reactive Resume v5 export → import").isEqualTo(resume);

        assertThat(ResumeImporter.parseStored(JsonResumeWriter.write(resume).toString()))
                .as("stored form reads back equal").isEqualTo(resume);

        Resume visibleOnly = ResumeImporter.parse(bytes(ReactiveResumeWriter.visible(resume)), null).resume();
        assertThat(visibleOnly.name()).isEqualTo(resume.name());
        assertThat(visibleOnly.work()).extracting(Resume.Work::id).containsExactlyElementsOf(
                resume.work().stream().map(Resume.Work::id).toList());
        assertThat(visibleOnly.work()).extracting(w -> w.highlights().stream().map(Resume.Highlight::text).toList())
                .containsExactlyElementsOf(resume.work().stream().map(w -> w.highlights().stream()
                        .filter(Resume.Highlight::visible).map(Resume.Highlight::text).toList()).toList());
        assertThat(visibleOnly.skillItems()).isEqualTo(resume.skillItems());
        assertThat(visibleOnly.layout().hiddenSections()).isEqualTo(resume.layout().hiddenSections());
    }

    private static byte[] bytes(ObjectNode node) {
        return node.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static boolean hasName(byte[] raw) throws IOException {
        JsonNode name = JSON.readTree(raw).path("basics").path("name");
        return name.isTextual() && !name.asText().isBlank();
    }
}
