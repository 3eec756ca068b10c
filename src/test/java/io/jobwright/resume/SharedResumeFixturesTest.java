package io.jobwright.resume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jobwright.error.InvalidRequest;
import io.jobwright.render.HtmlPdfRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Conformance: every real JSON Resume document under {@code ../shared/fixtures/resumes/jsonresume} (other people's
 * data, never copied into the project) is imported and rendered. A document whose {@code basics.name} is missing or
 * blank must be refused with an {@link InvalidRequest} naming {@code basics.name}; every other one must import, read
 * back equal from its stored form, and render to a PDF whose text starts with the person's name (for names the
 * base-14 fonts can spell). Skipped, with a notice, when the folder is absent.
 */
class SharedResumeFixturesTest {

    private static final Path FOLDER = Path.of("..", "shared", "fixtures", "resumes", "jsonresume");
    private static final HtmlPdfRenderer RENDERER = new HtmlPdfRenderer();
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void skipWithANoticeWhenTheSharedFixturesAreAbsent() {
        boolean present = Files.isDirectory(FOLDER);
        if (!present) {
            System.out.println("NOTICE: " + FOLDER.toAbsolutePath().normalize()
                    + " is absent; skipping the shared JSON Resume conformance fixtures.");
        }
        assumeTrue(present, "shared JSON Resume fixtures absent at " + FOLDER.toAbsolutePath().normalize());
    }

    @TestFactory
    Stream<DynamicTest> every_shared_json_resume_imports_and_renders_or_is_refused_for_lacking_a_name() throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(FOLDER)) {
            files = listing.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        assertThat(files).as("JSON Resume fixtures in " + FOLDER).isNotEmpty();
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> check(file)));
    }

    private static void check(Path file) throws IOException {
        byte[] raw = Files.readAllBytes(file);
        if (hasName(raw)) {
            Resume resume = JsonResumeImporter.parse(raw);
            assertThat(resume.name()).isNotBlank();
            assertThat(JsonResumeImporter.parse(JsonResumeWriter.write(resume).toString().getBytes(StandardCharsets.UTF_8)))
                    .as("stored form reads back equal").isEqualTo(resume);
            String text = pdfText(RENDERER.render(resume));
            assertThat(text).isNotBlank();
            if (resume.name().chars().allMatch(c -> c < 0x100)) {
                assertThat(firstLine(text)).isEqualTo(resume.name());
            } else {
                assertThat(firstLine(text)).as("a name the base-14 fonts cannot spell still prints something").isNotBlank();
            }
        } else {
            assertThatThrownBy(() -> JsonResumeImporter.parse(raw))
                    .isInstanceOf(InvalidRequest.class)
                    .hasMessageStartingWith("basics.name: is required");
        }
    }

    private static boolean hasName(byte[] raw) throws IOException {
        JsonNode name = JSON.readTree(raw).path("basics").path("name");
        return name.isTextual() && !name.asText().isBlank();
    }

    private static String pdfText(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String firstLine(String text) {
        return text.strip().lines().findFirst().orElse("");
    }
}
