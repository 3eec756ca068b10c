package io.jobwright.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jobwright.error.InvalidRequest;
import io.jobwright.resume.ResumeImporter;
import io.jobwright.resume.Resume;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Conformance: every resume under {@code ../shared/fixtures/resumes} that Jobwright can import (JSON Resume, Reactive
 * Resume v4 and v5; other people's data, read in place, never copied into the project) renders in every theme on both
 * papers, and the PDF passes the ATS read-back check. Documents the importer refuses (no name) are skipped here; the
 * round-trip conformance test checks that they are refused. Skipped with a notice when the folder is absent.
 */
class RenderConformanceTest {

    private static final Path FOLDER = Path.of("..", "shared", "fixtures", "resumes");
    private static final HtmlPdfRenderer RENDERER = new HtmlPdfRenderer();

    @BeforeAll
    static void skipWithANoticeWhenTheSharedFixturesAreAbsent() {
        boolean present = Files.isDirectory(FOLDER);
        if (!present) {
            System.out.println("NOTICE: " + FOLDER.toAbsolutePath().normalize()
                    + " is absent; skipping the render conformance over shared resumes.");
        }
        assumeTrue(present, "shared resume fixtures absent");
    }

    @TestFactory
    Stream<DynamicTest> every_importable_shared_resume_passes_the_ats_check_in_every_theme_and_page_size()
            throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(FOLDER)) {
            files = walk.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        assertThat(files).as("resume fixtures in " + FOLDER).hasSizeGreaterThanOrEqualTo(12);
        List<DynamicTest> tests = new ArrayList<>();
        for (Path file : files) {
            for (Theme theme : Theme.values()) {
                for (PageSize size : PageSize.values()) {
                    tests.add(DynamicTest.dynamicTest(FOLDER.relativize(file) + " " + theme.id() + " " + size.id(),
                            () -> check(file, new RenderOptions(theme, size, Language.EN))));
                }
            }
        }
        return tests.stream();
    }

    private static void check(Path file, RenderOptions options) throws IOException {
        Resume resume;
        try {
            resume = ResumeImporter.parse(Files.readAllBytes(file), null).resume();
        } catch (InvalidRequest refused) {
            assumeTrue(false, file.getFileName() + " is refused by the importer: " + refused.getMessage());
            return;
        }
        ResumeLayout layout = RENDERER.layout(resume, options);
        byte[] pdf = RENDERER.render(resume, options);

        AtsReport report = AtsCheck.check(resume, layout, pdf);

        assertThat(report.missing()).as("recall %s", report.recall()).isEmpty();
        assertThat(report.passed()).isTrue();
    }
}
