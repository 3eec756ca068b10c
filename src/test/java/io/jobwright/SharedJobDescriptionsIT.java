package io.jobwright;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.jobwright.TestApp.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Conformance: every real job description under {@code ../shared/fixtures/job-descriptions} (English, German,
 * French) goes through the seed's flow — import, tailor, render — and comes back intact. Skips with a notice when
 * the shared folder is absent.
 */
class SharedJobDescriptionsIT {

    static final Path FIXTURES = Path.of("..", "shared", "fixtures", "job-descriptions");

    @TempDir
    Path dataDir;

    @Test
    void every_shared_job_description_imports_tailors_and_renders() throws Exception {
        if (!Files.isDirectory(FIXTURES)) {
            System.out.println("NOTICE: " + FIXTURES.toAbsolutePath() + " is absent; skipping the shared job description conformance suite");
        }
        assumeTrue(Files.isDirectory(FIXTURES), "shared fixtures absent");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(FIXTURES)) {
            files = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        try (TestApp app = TestApp.sqlite(dataDir).withAdmin().withResume()) {
            for (Path file : files) {
                Map<String, Object> job = parse(Files.readString(file, StandardCharsets.UTF_8));
                Response imported = app.call("POST", "/api/manual-jobs/import", Map.of("job", job));
                assertThat(imported.status()).as(file + ": " + imported.text()).isEqualTo(201);
                JsonNode stored = imported.data().path("job");
                assertThat(stored.path("status").asText()).as(file.toString()).isEqualTo("ready");
                assertThat(stored.path("title").asText()).isEqualTo(job.get("title"));
                assertThat(stored.path("jobDescription").asText()).isEqualTo(((String) job.get("jobDescription")).trim());
                Response pdf = app.send("GET", stored.path("pdfUrl").asText(), null, Map.of(), app.token());
                assertThat(pdf.status()).isEqualTo(200);
                try (var document = Loader.loadPDF(pdf.body())) {
                    assertThat(new PDFTextStripper().getText(document)).contains("Ada Quinn");
                }
            }
            JsonNode list = app.call("GET", "/api/jobs?status=ready", null).data();
            assertThat(list.path("total").asInt()).isEqualTo(files.size());
        }
    }

    /** The fixtures' Markdown: "# Title", then "Key: value" lines, "---", then the description. */
    private static Map<String, Object> parse(String markdown) throws IOException {
        Map<String, Object> job = new LinkedHashMap<>();
        String[] parts = markdown.split("\n---\n", 2);
        String employer = "Unknown employer";
        for (String line : parts[0].split("\n")) {
            if (line.startsWith("# ")) {
                job.put("title", line.substring(2).trim());
            } else if (line.startsWith("Company board: ") || line.startsWith("Company: ")) {
                employer = line.substring(line.indexOf(':') + 1).trim();
            } else if (line.startsWith("URL: ")) {
                job.put("jobUrl", line.substring(5).trim());
            } else if (line.startsWith("Location: ")) {
                job.put("location", line.substring(10).trim());
            }
        }
        job.put("employer", employer);
        job.put("jobDescription", parts.length > 1 ? parts[1] : parts[0]);
        return job;
    }
}
