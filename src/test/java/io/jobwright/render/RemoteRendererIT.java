package io.jobwright.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jobwright.TestApp;
import io.jobwright.TestApp.Response;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code pdfRenderer: rxresume} setting through the API, against a Reactive Resume v5 server on loopback. */
class RemoteRendererIT {

    private static final String KEY = "rr-key-1234567";

    @TempDir
    Path dataDir;
    TestApp app;
    JobCalls jobs;
    FakeReactiveResume server;

    @BeforeEach
    void start() throws Exception {
        server = new FakeReactiveResume(KEY);
        app = TestApp.sqlite(dataDir).withAdmin().withResume();
        jobs = new JobCalls(app);
        Response configured = app.call("PATCH", "/api/settings", Map.of("rxresumeUrl", server.url(),
                "rxresumeApiKey", KEY, "pdfRenderer", "rxresume"));
        assertThat(configured.status()).as(configured.text()).isEqualTo(200);
    }

    @AfterEach
    void stop() {
        app.close();
        server.close();
    }

    @Test
    void processing_prints_through_reactive_resume_and_leaves_no_temporary_resume_behind() {
        String id = jobs.processedJob("Backend Engineer", "Acme");

        JsonNode job = jobs.job(id);
        assertThat(job.path("status").asText()).isEqualTo("ready");
        assertThat(job.path("pdfFreshness").asText()).isEqualTo("current");
        assertThat(job.path("atsCheck").path("passed").asBoolean()).as(job.path("atsCheck").toString()).isTrue();
        assertThat(server.imports()).hasSize(1);
        assertThat(server.imports().getFirst().path("data").path("basics").path("headline").asText())
                .isEqualTo(job.path("tailoredHeadline").asText());
        assertThat(server.stored()).isZero();
        Response pdf = app.send("GET", "/api/jobs/" + id + "/pdf", null, Map.of(), app.token());
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    }

    @Test
    void a_failed_regeneration_keeps_the_ready_job_and_its_pdf_and_says_reactive_resume_failed() {
        String id = jobs.processedJob("Backend Engineer", "Acme");
        byte[] before = jobs.pdf(id);
        server.pdfMode = FakeReactiveResume.PdfMode.FAIL_500;

        Response failed = app.call("POST", "/api/jobs/" + id + "/generate-pdf", null);

        assertThat(failed.status()).isEqualTo(502);
        assertThat(failed.code()).isEqualTo("UPSTREAM_ERROR");
        assertThat(failed.json().path("error").path("message").asText())
                .contains("Reactive Resume: HTTP 500", "There was a problem while generating the PDF",
                        "your previous resume PDF is still available");
        JsonNode job = jobs.job(id);
        assertThat(job.path("status").asText()).isEqualTo("ready");
        assertThat(job.path("pdfRegenerating").asBoolean()).isFalse();
        assertThat(jobs.pdf(id)).isEqualTo(before);
        assertThat(server.stored()).isZero();
    }

    @Test
    void a_failed_first_render_returns_the_job_to_discovered_with_the_reason() {
        server.pdfMode = FakeReactiveResume.PdfMode.FAIL_500;
        String id = jobs.importJob("Backend Engineer", "Acme");

        Response failed = app.call("POST", "/api/jobs/" + id + "/process", null);

        assertThat(failed.status()).isEqualTo(502);
        assertThat(failed.json().path("error").path("message").asText()).contains("Reactive Resume: HTTP 500");
        JsonNode job = jobs.job(id);
        assertThat(job.path("status").asText()).isEqualTo("discovered");
        assertThat(job.path("pdfFreshness").asText()).isEqualTo("missing");
    }

    @Test
    void switching_back_to_the_local_renderer_makes_generated_pdfs_stale_and_regenerates_them() {
        String id = jobs.processedJob("Backend Engineer", "Acme");
        String fingerprint = jobs.job(id).path("pdfFingerprint").asText();

        assertThat(app.call("PATCH", "/api/settings", Map.of("pdfRenderer", "local")).status()).isEqualTo(200);

        assertThat(jobs.job(id).path("pdfFreshness").asText()).isIn("stale", "regenerating");
        jobs.awaitJob(id, j -> j.path("pdfFreshness").asText().equals("current"));
        assertThat(jobs.job(id).path("pdfFingerprint").asText()).isNotEqualTo(fingerprint);
        assertThat(server.imports()).hasSize(1);
    }

    @Test
    void an_unknown_renderer_is_refused_naming_the_setting() {
        Response refused = app.call("PATCH", "/api/settings", Map.of("pdfRenderer", "latex"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("error").path("message").asText()).contains("pdfRenderer");
    }
}
