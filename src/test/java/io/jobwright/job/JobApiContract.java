package io.jobwright.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jobwright.TestApp;
import io.jobwright.TestApp.Response;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed's job API over real HTTP against the real app. Subclasses say which database it runs on; the behaviour
 * must be the same on each.
 */
abstract class JobApiContract {

    static final String JD = "We are hiring a Backend Engineer to build Java and PostgreSQL services. "
            + "You will design REST APIs and run Kafka pipelines. Remote within Europe.";

    @TempDir
    Path dataDir;
    TestApp app;

    abstract TestApp start(Path dataDir);

    @BeforeEach
    void startApp() {
        app = start(dataDir).withAdmin().withResume();
    }

    @AfterEach
    void stopApp() {
        if (app != null) {
            app.close();
        }
    }

    String importJob(String title, String url) {
        Map<String, Object> job = url == null
                ? Map.of("title", title, "employer", "Acme Logistics", "jobDescription", JD)
                : Map.of("title", title, "employer", "Acme Logistics", "jobDescription", JD, "jobUrl", url);
        Response response = app.call("POST", "/api/manual-jobs/import", Map.of("job", job, "skipTailoring", true));
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        return response.data().path("job").path("id").asText();
    }

    JsonNode job(String id) {
        Response response = app.call("GET", "/api/jobs/" + id, null);
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.data();
    }

    static String pdfText(byte[] pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void the_seed_flow_takes_a_job_from_import_to_ready_and_back() throws Exception {
        String id = importJob("Backend Engineer", "https://Jobs.Example.org/acme/backend-1?utm_source=feed#apply");
        assertThat(job(id).path("status").asText()).isEqualTo("discovered");
        assertThat(job(id).path("jobUrl").asText()).contains("/acme/backend-1");

        Map<String, Object> seedPatch = Map.of(
                "jobDescription", JD + " You will also mentor two engineers.",
                "tailoredSummary", "Backend engineer who builds reliable Java services.",
                "tailoredHeadline", "Backend Engineer",
                "tailoredSkills", "[{\"name\":\"Backend\",\"keywords\":[\"Java\",\"PostgreSQL\"]}]",
                "selectedProjectIds", "");
        assertThat(app.call("PATCH", "/api/jobs/" + id, seedPatch).status()).isEqualTo(200);
        Response summarized = app.call("POST", "/api/jobs/" + id + "/summarize?force=true", null);
        assertThat(summarized.status()).as(summarized.text()).isEqualTo(200);

        Response processed = app.call("POST", "/api/jobs/" + id + "/process", null);
        assertThat(processed.status()).as(processed.text()).isEqualTo(200);
        JsonNode ready = job(id);
        assertThat(ready.path("status").asText()).isEqualTo("ready");
        assertThat(ready.path("readyAt").isTextual()).isTrue();
        assertThat(ready.path("pdfFreshness").asText()).isEqualTo("current");
        String pdfUrl = ready.path("pdfUrl").asText();
        assertThat(pdfUrl).matches("/pdfs/resume_" + id + "\\.pdf\\?v=\\d+");

        Response pdf = app.send("GET", pdfUrl, null, Map.of(), app.token());
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(pdf.header("ETag")).isNotBlank();
        assertThat(app.send("GET", "/api/jobs/" + id + "/pdf", null, Map.of(), app.token()).body()).isEqualTo(pdf.body());
        assertThat(app.send("GET", pdfUrl, null, Map.of("If-None-Match", pdf.header("ETag")), app.token()).status())
                .isEqualTo(304);

        String marker = "Builds dependable APIs for product teams";
        app.call("PATCH", "/api/jobs/" + id, Map.of("tailoredSummary", marker));
        JsonNode edited = job(id);
        assertThat(edited.path("pdfFreshness").asText()).isEqualTo("stale");
        assertThat(edited.path("pdfUrl").asText()).isNotEqualTo(pdfUrl);
        Response regenerated = app.call("POST", "/api/jobs/" + id + "/generate-pdf", null);
        assertThat(regenerated.status()).as(regenerated.text()).isEqualTo(200);
        JsonNode again = job(id);
        assertThat(again.path("status").asText()).isEqualTo("ready");
        assertThat(again.path("pdfFreshness").asText()).isEqualTo("current");
        byte[] newPdf = app.send("GET", again.path("pdfUrl").asText(), null, Map.of(), app.token()).body();
        assertThat(pdfText(newPdf)).contains(marker);

        assertThat(app.call("POST", "/api/jobs/" + id + "/skip", null).status()).isEqualTo(200);
        assertThat(job(id).path("status").asText()).isEqualTo("skipped");
        assertThat(app.call("PATCH", "/api/jobs/" + id, Map.of("status", "discovered")).status()).isEqualTo(200);
        assertThat(app.call("POST", "/api/jobs/" + id + "/apply", null).status()).isEqualTo(200);
        assertThat(job(id).path("appliedAt").isTextual()).isTrue();
        assertThat(app.call("PATCH", "/api/jobs/" + id, Map.of("status", "discovered")).status()).isEqualTo(200);
        assertThat(job(id).path("status").asText()).isEqualTo("discovered");
    }

    @Test
    void invalid_transitions_are_conflicts_naming_both_statuses() {
        String id = importJob("Platform Engineer", null);
        app.call("POST", "/api/jobs/" + id + "/skip", null);
        Response again = app.call("POST", "/api/jobs/" + id + "/skip", null);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("CONFLICT");
        assertThat(again.json().path("error").path("message").asText()).contains("skipped").contains("skipped");
        Response processing = app.call("PATCH", "/api/jobs/" + id, Map.of("status", "processing"));
        assertThat(processing.status()).isEqualTo(409);
        assertThat(processing.json().path("error").path("message").asText()).contains("'skipped'").contains("'processing'");
        Response process = app.call("POST", "/api/jobs/" + id + "/process", null);
        assertThat(process.status()).isEqualTo(409);
        assertThat(job(id).path("status").asText()).isEqualTo("skipped");
    }

    @Test
    void a_stale_if_match_is_refused_and_changes_nothing() {
        String id = importJob("Data Engineer", null);
        String version = job(id).path("updatedAt").asText();
        Response first = app.send("PATCH", "/api/jobs/" + id, "{\"tailoredSummary\":\"first\"}".getBytes(),
                Map.of("Content-Type", "application/json", "If-Match", "\"" + version + "\""), app.token());
        assertThat(first.status()).isEqualTo(200);
        Response second = app.send("PATCH", "/api/jobs/" + id, "{\"tailoredSummary\":\"second\"}".getBytes(),
                Map.of("Content-Type", "application/json", "If-Match", "\"" + version + "\""), app.token());
        assertThat(second.status()).isEqualTo(409);
        assertThat(job(id).path("tailoredSummary").asText()).isEqualTo("first");
    }

    @Test
    void concurrent_patches_with_the_same_version_have_exactly_one_winner() throws Exception {
        String id = importJob("SRE", null);
        String version = job(id).path("updatedAt").asText();
        int editors = 12;
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(editors)) {
            for (int i = 0; i < editors; i++) {
                String body = "{\"tailoredSummary\":\"editor " + i + "\",\"expectedUpdatedAt\":\"" + version + "\"}";
                results.add(pool.submit(() -> {
                    go.await();
                    return app.send("PATCH", "/api/jobs/" + id, body.getBytes(),
                            Map.of("Content-Type", "application/json"), app.token()).status();
                }));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
            assertThat(statuses).containsOnly(200, 409);
            assertThat(statuses.stream().filter(s -> s == 200).count()).isEqualTo(1);
        }
    }

    @Test
    void a_job_left_processing_by_a_crash_is_restored_at_startup() {
        String id = importJob("Crash Engineer", null);
        String ready = importJob("Ready Engineer", null);
        assertThat(app.call("POST", "/api/jobs/" + ready + "/process", null).status()).isEqualTo(200);
        JobRepository repository = new JobRepository(app.app().database().jdbi(), java.time.Clock.systemUTC());
        Job discovered = repository.get(id);
        repository.update(discovered.moveTo(JobStatus.PROCESSING, java.time.Instant.now()).toBuilder()
                .pdfRegenerating(true).statusBefore(JobStatus.DISCOVERED).workOwner("dead-instance").build(),
                discovered.updatedAt(), JobStatus.DISCOVERED, "test: simulated crash");
        Job readyJob = repository.get(ready);
        repository.update(readyJob.toBuilder().pdfRegenerating(true).statusBefore(JobStatus.READY)
                .workOwner("dead-instance").build(), readyJob.updatedAt(), JobStatus.READY, "test: simulated crash");

        app.stop();
        app.start();

        assertThat(job(id).path("status").asText()).isEqualTo("discovered");
        assertThat(job(id).path("pdfRegenerating").asBoolean()).isFalse();
        assertThat(job(ready).path("status").asText()).isEqualTo("ready");
        assertThat(job(ready).path("pdfRegenerating").asBoolean()).isFalse();
        assertThat(app.send("GET", "/pdfs/resume_" + ready + ".pdf", null, Map.of(), app.token()).status()).isEqualTo(200);
    }

    @Test
    void the_list_filters_counts_and_pages() {
        String a = importJob("Alpha Engineer", "https://jobs.example.org/a");
        importJob("Beta Engineer", "https://jobs.example.org/b");
        importJob("Gamma Analyst", "https://jobs.example.org/c");
        app.call("POST", "/api/jobs/" + a + "/skip", null);

        JsonNode discovered = app.call("GET", "/api/jobs?status=discovered&view=list", null).data();
        assertThat(discovered.path("total").asInt()).isEqualTo(2);
        assertThat(discovered.path("byStatus").path("skipped").asInt()).isEqualTo(1);
        assertThat(discovered.path("byStatus").path("discovered").asInt()).isEqualTo(2);
        assertThat(discovered.path("revision").asText()).isNotBlank();
        assertThat(discovered.path("jobs").get(0).has("jobDescription")).isFalse();

        JsonNode searched = app.call("GET", "/api/jobs?q=analyst&view=full", null).data();
        assertThat(searched.path("jobs")).hasSize(1);
        assertThat(searched.path("jobs").get(0).path("jobDescription").asText()).isEqualTo(JD);

        JsonNode page = app.call("GET", "/api/jobs?sort=title:asc&limit=2&offset=1", null).data();
        assertThat(page.path("total").asInt()).isEqualTo(3);
        assertThat(page.path("jobs")).hasSize(2);
        assertThat(page.path("jobs").get(0).path("title").asText()).isEqualTo("Beta Engineer");

        JsonNode revision = app.call("GET", "/api/jobs/revision?status=skipped", null).data();
        assertThat(revision.path("total").asInt()).isEqualTo(1);
        assertThat(revision.path("revision").asText()).endsWith(":1:skipped");
        assertThat(app.call("GET", "/api/jobs?status=nonsense", null).status()).isEqualTo(400);
        assertThat(app.call("GET", "/api/jobs?view=wide", null).status()).isEqualTo(400);
    }

    @Test
    void search_treats_wildcards_literally() {
        importJob("100% Remote Engineer", null);
        importJob("1000 Ways Engineer", null);
        importJob("Snake_case Engineer", null);
        assertThat(app.call("GET", "/api/jobs?q=100%25", null).data().path("total").asInt()).isEqualTo(1);
        assertThat(app.call("GET", "/api/jobs?q=e_c", null).data().path("total").asInt()).isEqualTo(1);
        assertThat(app.call("GET", "/api/jobs?q=%21", null).data().path("total").asInt()).isEqualTo(0);
    }

    @Test
    void manual_import_deduplicates_by_canonical_url() {
        String first = importJob("Backend Engineer", "https://jobs.example.org/x?id=7&utm_campaign=mail");
        Response again = app.call("POST", "/api/manual-jobs/import", Map.of("job", Map.of("title", "Backend Engineer",
                "employer", "Acme", "jobDescription", JD, "jobUrl", "https://JOBS.example.org/x?id=7#top"),
                "skipTailoring", true));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.data().path("created").asBoolean()).isFalse();
        assertThat(again.data().path("job").path("id").asText()).isEqualTo(first);
        Response missing = app.call("POST", "/api/manual-jobs/import", Map.of("job", Map.of("title", "T", "employer", "E")));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.text()).contains("job.jobDescription");
    }

    @Test
    void manual_import_with_tailoring_makes_the_job_ready_with_a_pdf() {
        Response imported = app.call("POST", "/api/manual-jobs/import", Map.of("job",
                Map.of("title", "Java Developer", "employer", "Tailor Co", "jobDescription", JD)));
        assertThat(imported.status()).as(imported.text()).isEqualTo(201);
        JsonNode job = imported.data().path("job");
        assertThat(job.path("status").asText()).isEqualTo("ready");
        assertThat(job.path("tailoredHeadline").asText()).isEqualTo("Backend Engineer");
        assertThat(job.path("selectedProjectIds").asText()).isNotBlank();
    }

    @Test
    void bad_input_gets_a_clear_error_and_changes_nothing() {
        String id = importJob("Careful Engineer", null);
        String before = job(id).path("updatedAt").asText();
        Response malformed = app.call("PATCH", "/api/jobs/" + id, "{not json");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.code()).isEqualTo("INVALID_REQUEST");
        Response unknown = app.call("PATCH", "/api/jobs/" + id, Map.of("tailoredSumary", "typo"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.text()).contains("tailoredSumary");
        Response wrongType = app.call("PATCH", "/api/jobs/" + id, Map.of("tailoredSkills", "[{\"name\": 5}]"));
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.text()).contains("tailoredSkills[0].name");
        Response readOnly = app.call("PATCH", "/api/jobs/" + id, Map.of("pdfPath", "/etc/passwd"));
        assertThat(readOnly.status()).isEqualTo(400);
        Response huge = app.call("PATCH", "/api/jobs/" + id, Map.of("jobDescription", "x".repeat(1_100_000)));
        assertThat(huge.status()).isEqualTo(400);
        Response tooLong = app.call("PATCH", "/api/jobs/" + id, Map.of("tailoredHeadline", "h".repeat(301)));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.text()).contains("tailoredHeadline");
        assertThat(app.call("PATCH", "/api/jobs/" + id, Map.of("status", "nonsense")).status()).isEqualTo(400);
        assertThat(app.call("GET", "/api/jobs/no-such-job", null).code()).isEqualTo("NOT_FOUND");
        assertThat(app.call("DELETE", "/api/jobs/status/nonsense", null).status()).isEqualTo(400);
        for (String evil : List.of("/pdfs/resume_..%2F..%2Fetc%2Fpasswd.pdf", "/pdfs/..%2Fjobwright.db",
                "/pdfs/resume_%2e%2e.pdf", "/pdfs/jobwright.db")) {
            Response response = app.send("GET", evil, null, Map.of(), app.token());
            assertThat(response.status()).as(evil).isIn(400, 404);
            assertThat(response.text()).doesNotContain("root:").doesNotContain("SQLite");
        }
        assertThat(job(id).path("updatedAt").asText()).isEqualTo(before);
    }

    @Test
    void tailored_skills_are_accepted_as_a_json_string_or_an_array() {
        String id = importJob("Skills Engineer", null);
        assertThat(app.call("PATCH", "/api/jobs/" + id, Map.of("tailoredSkills",
                List.of(Map.of("name", "Backend", "keywords", List.of("Java"))), "selectedProjectIds", List.of("p1", "p2")))
                .status()).isEqualTo(200);
        JsonNode job = job(id);
        assertThat(job.path("tailoredSkills").asText()).isEqualTo("[{\"name\":\"Backend\",\"keywords\":[\"Java\"]}]");
        assertThat(job.path("selectedProjectIds").asText()).isEqualTo("p1,p2");
    }

    @Test
    void an_uploaded_pdf_makes_a_discovered_job_ready_and_is_served() {
        String id = importJob("Upload Engineer", null);
        byte[] pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
        Response uploaded = app.send("POST", "/api/jobs/" + id + "/pdf", pdf, Map.of("Content-Type", "application/pdf"), app.token());
        assertThat(uploaded.status()).as(uploaded.text()).isEqualTo(201);
        assertThat(uploaded.data().path("status").asText()).isEqualTo("ready");
        assertThat(uploaded.data().path("pdfFreshness").asText()).isEqualTo("uploaded");
        assertThat(app.send("GET", "/api/jobs/" + id + "/pdf", null, Map.of(), app.token()).body()).isEqualTo(pdf);
        Response notPdf = app.send("POST", "/api/jobs/" + id + "/pdf", "hello".getBytes(), Map.of("Content-Type", "application/pdf"), app.token());
        assertThat(notPdf.status()).isEqualTo(400);
    }

    @Test
    void bulk_actions_report_each_job_and_stream_progress() {
        String a = importJob("Bulk A", null);
        String b = importJob("Bulk B", null);
        app.call("POST", "/api/jobs/" + b + "/skip", null);
        Response bulk = app.call("POST", "/api/jobs/actions", Map.of("action", "skip", "jobIds", List.of(a, b, a)));
        assertThat(bulk.status()).isEqualTo(200);
        assertThat(bulk.data().path("requested").asInt()).isEqualTo(2);
        assertThat(bulk.data().path("succeeded").asInt()).isEqualTo(1);
        assertThat(bulk.data().path("failed").asInt()).isEqualTo(1);
        assertThat(bulk.data().path("results").get(1).path("error").path("code").asText()).isEqualTo("CONFLICT");

        String c = importJob("Bulk C", null);
        Response stream = app.call("POST", "/api/jobs/actions/stream", Map.of("action", "rescore", "jobIds", List.of(c)));
        assertThat(stream.header("Content-Type")).startsWith("text/event-stream");
        assertThat(stream.text()).contains("\"type\":\"started\"").contains("\"type\":\"progress\"")
                .contains("\"type\":\"completed\"");
        assertThat(job(c).path("suitabilityScore").asDouble()).isGreaterThan(0);
        assertThat(app.call("POST", "/api/jobs/actions", Map.of("action", "explode", "jobIds", List.of(c))).status())
                .isEqualTo(400);
    }

    @Test
    void notes_can_be_added_edited_listed_and_deleted() {
        String id = importJob("Noted Engineer", null);
        Response created = app.call("POST", "/api/jobs/" + id + "/notes", Map.of("title", "Call", "content", "**Ask** about on-call"));
        assertThat(created.status()).isEqualTo(201);
        String noteId = created.data().path("id").asText();
        assertThat(app.call("PATCH", "/api/jobs/" + id + "/notes/" + noteId, Map.of("title", "Call back", "content", "Done"))
                .data().path("title").asText()).isEqualTo("Call back");
        assertThat(app.call("GET", "/api/jobs/" + id + "/notes", null).data()).hasSize(1);
        assertThat(app.call("POST", "/api/jobs/" + id + "/notes", Map.of("title", "t".repeat(121), "content", "x")).status())
                .isEqualTo(400);
        assertThat(app.call("DELETE", "/api/jobs/" + id + "/notes/" + noteId, null).status()).isEqualTo(200);
        assertThat(app.call("DELETE", "/api/jobs/" + id + "/notes/" + noteId, null).status()).isEqualTo(404);
    }

    @Test
    void deleting_by_status_removes_only_that_status() {
        String skipped = importJob("Gone", null);
        String kept = importJob("Kept", null);
        app.call("POST", "/api/jobs/" + skipped + "/skip", null);
        Response deleted = app.call("DELETE", "/api/jobs/status/skipped", null);
        assertThat(deleted.data().path("count").asInt()).isEqualTo(1);
        assertThat(app.call("GET", "/api/jobs/" + skipped, null).status()).isEqualTo(404);
        assertThat(job(kept).path("status").asText()).isEqualTo("discovered");
    }

    @Test
    void status_history_records_every_move() {
        String id = importJob("History Engineer", null);
        app.call("POST", "/api/jobs/" + id + "/skip", null);
        app.call("PATCH", "/api/jobs/" + id, Map.of("status", "discovered"));
        JsonNode history = app.call("GET", "/api/jobs/" + id + "/history", null).data().path("history");
        assertThat(history).hasSize(3);
        assertThat(history.get(1).path("fromStatus").asText()).isEqualTo("discovered");
        assertThat(history.get(1).path("toStatus").asText()).isEqualTo("skipped");
    }
}
