package io.jobwright.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jobwright.TestApp;
import io.jobwright.TestApp.Response;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderApiIT {

    @TempDir
    Path dataDir;
    TestApp app;
    JobCalls jobs;

    @BeforeEach
    void startApp() {
        app = TestApp.sqlite(dataDir).withAdmin().withResume();
        jobs = new JobCalls(app);
    }

    @AfterEach
    void stopApp() {
        app.close();
    }

    @Test
    void themes_are_listed_with_ids_and_names() {
        Response themes = app.call("GET", "/api/resume/themes", null);

        assertThat(themes.status()).isEqualTo(200);
        assertThat(themes.data().path("themes").findValuesAsText("id")).containsExactly("classic", "compact", "modern");
        assertThat(themes.data().path("themes").findValuesAsText("name")).containsExactly("Classic", "Compact", "Modern");
    }

    @Test
    void the_preview_renders_the_base_resume_in_the_chosen_theme_and_paper_and_passes_the_ats_check() throws Exception {
        Response preview = app.send("GET", "/api/resume/preview.pdf?theme=modern&format=letter", null, Map.of(),
                app.token());

        assertThat(preview.status()).as(preview.text()).isEqualTo(200);
        assertThat(preview.header("Content-Type")).startsWith("application/pdf");
        assertThat(preview.header("X-Ats-Check")).isEqualTo("passed");
        assertThat(preview.header("X-Render-Options")).isEqualTo("modern/letter/en");
        try (PDDocument pdf = Loader.loadPDF(preview.body())) {
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.LETTER.getWidth());
        }
    }

    @Test
    void an_unknown_theme_or_format_is_refused_naming_the_parameter() {
        Response theme = app.call("GET", "/api/resume/preview.pdf?theme=fancy", null);
        Response format = app.call("GET", "/api/resume/preview.pdf?format=a3", null);

        assertThat(theme.status()).isEqualTo(400);
        assertThat(theme.json().path("error").path("message").asText()).contains("theme");
        assertThat(format.status()).isEqualTo(400);
        assertThat(format.json().path("error").path("message").asText()).contains("format");
    }

    @Test
    void a_generated_pdf_carries_its_ats_report_and_downloads_under_an_ascii_name() {
        String id = jobs.processedJob("Senior Backend Engineer", "Müller & Söhne GmbH");

        JsonNode job = jobs.job(id);
        assertThat(job.path("atsCheck").path("passed").asBoolean()).as(job.path("atsCheck").toString()).isTrue();
        assertThat(job.path("atsCheck").path("recall").asDouble()).isGreaterThanOrEqualTo(0.95);
        Response pdf = app.send("GET", "/api/jobs/" + id + "/pdf?download=1", null, Map.of(), app.token());
        assertThat(pdf.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"Ada-Quinn_Muller-and-Sohne-GmbH_Senior-Backend-Engineer.pdf\"");
    }

    @Test
    void changing_the_theme_regenerates_ready_generated_pdfs_in_the_background_and_leaves_uploaded_ones_alone()
            throws Exception {
        String first = jobs.processedJob("Backend Engineer", "Acme");
        String second = jobs.processedJob("Platform Engineer", "Globex");
        String uploaded = jobs.importJob("Uploaded Engineer", "Initech");
        byte[] own = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(app.send("POST", "/api/jobs/" + uploaded + "/pdf", own, Map.of("Content-Type", "application/pdf"),
                app.token()).status()).isEqualTo(201);
        String before = jobs.job(first).path("pdfFingerprint").asText();

        assertThat(app.call("PATCH", "/api/settings", Map.of("pdfTheme", "compact")).status()).isEqualTo(200);

        assertThat(jobs.job(first).path("pdfFreshness").asText()).isIn("stale", "regenerating");
        jobs.awaitJob(first, j -> j.path("pdfFreshness").asText().equals("current"));
        jobs.awaitJob(second, j -> j.path("pdfFreshness").asText().equals("current"));
        assertThat(jobs.job(first).path("pdfFingerprint").asText()).isNotEqualTo(before);
        assertThat(jobs.job(first).path("atsCheck").path("passed").asBoolean()).isTrue();
        assertThat(jobs.job(uploaded).path("pdfFreshness").asText()).isEqualTo("uploaded");
        assertThat(app.send("GET", "/api/jobs/" + uploaded + "/pdf", null, Map.of(), app.token()).body()).isEqualTo(own);
    }

    @Test
    void a_new_base_resume_makes_generated_pdfs_stale_then_current_again() throws Exception {
        String id = jobs.processedJob("Backend Engineer", "Acme");
        byte[] resume = Files.readAllBytes(Path.of("src/test/resources/jobs/resume-ada.json"));
        String edited = new String(resume, StandardCharsets.UTF_8).replace("Ada Quinn", "Ada Łucja Quinn");

        Response imported = app.send("POST", "/api/resume/import", edited.getBytes(StandardCharsets.UTF_8),
                Map.of("Content-Type", "application/json"), app.token());
        assertThat(imported.status()).as(imported.text()).isEqualTo(201);

        assertThat(jobs.job(id).path("pdfFreshness").asText()).isIn("stale", "regenerating");
        jobs.awaitJob(id, j -> j.path("pdfFreshness").asText().equals("current"));
        Response pdf = app.send("GET", "/api/jobs/" + id + "/pdf", null, Map.of(), app.token());
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document)).contains("Ada Łucja Quinn");
        }
    }

    @Test
    void editing_the_base_resume_makes_every_ready_generated_pdf_stale_then_current_and_leaves_uploaded_ones_alone()
            throws Exception {
        String first = jobs.processedJob("Backend Engineer", "Acme");
        String second = jobs.processedJob("Platform Engineer", "Globex");
        String uploaded = jobs.processedJob("Uploaded Engineer", "Initech");
        byte[] own = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(app.send("POST", "/api/jobs/" + uploaded + "/pdf", own, Map.of("Content-Type", "application/pdf"),
                app.token()).status()).isEqualTo(201);
        String uploadedAt = jobs.job(uploaded).path("updatedAt").asText();
        Response current = app.call("GET", "/api/resume", null);
        String edited = current.data().path("resume").toString().replace("Ada Quinn", "Ada Łucja Quinn");

        Response saved = app.send("PUT", "/api/resume", edited.getBytes(StandardCharsets.UTF_8),
                Map.of("Content-Type", "application/json"), app.token());
        assertThat(saved.status()).as(saved.text()).isEqualTo(200);

        assertThat(jobs.job(first).path("pdfFreshness").asText()).isIn("stale", "regenerating");
        assertThat(jobs.job(second).path("pdfFreshness").asText()).isIn("stale", "regenerating");
        jobs.awaitJob(first, j -> j.path("pdfFreshness").asText().equals("current"));
        jobs.awaitJob(second, j -> j.path("pdfFreshness").asText().equals("current"));
        for (String id : java.util.List.of(first, second)) {
            try (PDDocument document = Loader.loadPDF(jobs.pdf(id))) {
                assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document)).contains("Ada Łucja Quinn");
            }
        }
        JsonNode untouched = jobs.job(uploaded);
        assertThat(untouched.path("pdfFreshness").asText()).isEqualTo("uploaded");
        assertThat(untouched.path("updatedAt").asText()).isEqualTo(uploadedAt);
        assertThat(jobs.pdf(uploaded)).isEqualTo(own);
    }

    @Test
    void editing_a_ready_jobs_tailoring_regenerates_its_pdf() {
        String id = jobs.processedJob("Backend Engineer", "Acme");

        Response patched = app.call("PATCH", "/api/jobs/" + id, Map.of("tailoredHeadline", "Kafka and Java engineer"));
        assertThat(patched.status()).as(patched.text()).isEqualTo(200);
        assertThat(patched.data().path("pdfFreshness").asText()).isIn("stale", "regenerating");

        jobs.awaitJob(id, j -> j.path("pdfFreshness").asText().equals("current"));
    }
}
