package io.jobwright.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jobwright.TestApp;
import io.jobwright.TestApp.Response;
import io.jobwright.job.Job;
import io.jobwright.job.JobRepository;
import io.jobwright.job.JobStatus;
import io.jobwright.source.fake.FakeBoard;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pipeline runs over real HTTP against the real app and loopback job boards. Subclasses say which database it runs
 * on; the behaviour must be the same on each.
 */
abstract class PipelineContract {

    static final Map<String, String> ALLOW_LOOPBACK = Map.of("JOBWRIGHT_ALLOW_PRIVATE_FETCH", "true");
    static final Duration RUN_TIMEOUT = Duration.ofMinutes(2);

    @TempDir
    Path dataDir;
    TestApp app;
    final FakeBoard board = new FakeBoard();

    abstract TestApp start(Path dataDir);

    @BeforeEach
    void startApp() {
        app = start(dataDir).withAdmin().withResume();
    }

    @AfterEach
    void stopApp() {
        board.close();
        if (app != null) {
            app.close();
        }
    }

    String source(String type, String name, Map<String, String> params) {
        Map<String, String> all = new java.util.HashMap<>(params);
        all.put("baseUrl", board.url());
        Response created = app.call("POST", "/api/sources", Map.of("type", type, "name", name, "params", all));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.data().path("id").asText();
    }

    String startRun(Map<String, Object> request) {
        Response started = app.call("POST", "/api/pipeline/run", request);
        assertThat(started.status()).as(started.text()).isEqualTo(202);
        return started.data().path("pipelineRunId").asText();
    }

    JsonNode awaitEnd(String runId) {
        return Eventually.until("run " + runId + " to end", RUN_TIMEOUT, () -> run(runId),
                r -> !r.path("status").asText().equals("running"));
    }

    JsonNode run(String runId) {
        Response response = app.call("GET", "/api/pipeline/runs/" + runId, null);
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.data();
    }

    List<JsonNode> jobs(String status) {
        Response response = app.call("GET", "/api/jobs" + (status == null ? "" : "?status=" + status), null);
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        List<JsonNode> out = new ArrayList<>();
        response.data().path("jobs").forEach(out::add);
        return out;
    }

    JsonNode sourceOutcome(JsonNode run, String name) {
        for (JsonNode s : run.path("summary").path("sources")) {
            if (s.path("name").asText().equals(name)) {
                return s;
            }
        }
        throw new AssertionError("no source " + name + " in " + run);
    }

    void assertTopJobsReadyWithPdfs(int topN) {
        List<JsonNode> all = jobs(null);
        assertThat(all).noneMatch(j -> j.path("status").asText().equals("processing"));
        List<JsonNode> ready = jobs("ready");
        assertThat(ready).hasSize(topN);
        double lowestReady = ready.stream().mapToDouble(j -> j.path("suitabilityScore").asDouble()).min().orElseThrow();
        List<JsonNode> others = all.stream().filter(j -> !j.path("status").asText().equals("ready")).toList();
        assertThat(others).allSatisfy(j -> assertThat(j.path("suitabilityScore").asDouble(-1)).isLessThanOrEqualTo(lowestReady));
        for (JsonNode job : ready) {
            Response pdf = app.send("GET", "/api/jobs/" + job.path("id").asText() + "/pdf", null, Map.of(), app.token());
            assertThat(pdf.status()).isEqualTo(200);
            assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        }
    }

    void awaitHealthySourceDoneWhileSlowHangs() {
        Eventually.until("the slow board to be asked", RUN_TIMEOUT, board::requests,
                r -> r.stream().anyMatch(line -> line.contains("/v1/boards/slow/jobs")));
        Eventually.until("the healthy board to be read", RUN_TIMEOUT,
                () -> app.call("GET", "/api/pipeline/progress/snapshot", null).data(),
                p -> p.path("crawlingSourcesCompleted").asInt() >= 1);
    }

    @Test
    void a_failing_source_costs_only_its_own_postings_and_the_best_jobs_end_ready_with_pdfs() {
        board.json("/v1/boards/acme/jobs", Boards.ACME_GREENHOUSE);
        board.json("/v0/postings/globex", Boards.GLOBEX_LEVER);
        board.status("/v1/boards/broken/jobs", 500, "text/plain", "boom");
        String acme = source("greenhouse", "acme", Map.of("board", "acme"));
        String globex = source("lever", "globex", Map.of("site", "globex"));
        String broken = source("greenhouse", "broken", Map.of("board", "broken"));

        String runId = startRun(Map.of("sources", List.of(acme, globex, broken), "searchTerms", List.of(),
                "topN", 2, "minSuitabilityScore", 10));
        JsonNode run = awaitEnd(runId);

        assertThat(run.path("status").asText()).as(run.toString()).isEqualTo("completed");
        assertThat(run.path("trigger").asText()).isEqualTo("api");
        JsonNode summary = run.path("summary");
        assertThat(sourceOutcome(run, "broken").path("error").asText()).contains("HTTP 500");
        assertThat(sourceOutcome(run, "acme").path("postings").asInt()).isEqualTo(3);
        assertThat(sourceOutcome(run, "acme").path("error").isNull()).isTrue();
        assertThat(sourceOutcome(run, "globex").path("postings").asInt()).isEqualTo(2);
        assertThat(summary.path("imported").asInt()).isEqualTo(5);
        assertThat(summary.path("scored").asInt()).isEqualTo(5);
        assertThat(summary.path("selected").asInt()).isEqualTo(2);
        assertThat(summary.path("processed").asInt()).isEqualTo(2);
        assertThat(run.path("jobsDiscovered").asInt()).isEqualTo(5);
        assertThat(run.path("selectedJobIds")).hasSize(2);
        assertTopJobsReadyWithPdfs(2);
        assertThat(jobs(null)).allSatisfy(j -> assertThat(j.path("suitabilityScore").isNumber()).isTrue());

        JsonNode status = app.call("GET", "/api/pipeline/status", null).data();
        assertThat(status.path("isRunning").asBoolean()).isFalse();
        assertThat(status.path("lastRun").path("id").asText()).isEqualTo(runId);
        JsonNode snapshot = app.call("GET", "/api/pipeline/progress/snapshot", null).data();
        assertThat(snapshot.path("step").asText()).isEqualTo("completed");
        assertThat(snapshot.path("jobsProcessed").asInt()).isEqualTo(2);
        assertThat(app.call("GET", "/api/pipeline/runs", null).data()).hasSize(1);
    }

    @Test
    void jobs_scoring_below_the_auto_skip_threshold_are_skipped_by_the_run_and_not_processed() {
        board.json("/v1/boards/acme/jobs", Boards.ACME_GREENHOUSE);
        String acme = source("greenhouse", "acme", Map.of("board", "acme"));
        Response set = app.call("PATCH", "/api/settings", Map.of("autoSkipScoreThreshold", 100));
        assertThat(set.status()).as(set.text()).isEqualTo(200);

        JsonNode run = awaitEnd(startRun(Map.of("sources", List.of(acme), "searchTerms", List.of(), "topN", 3,
                "minSuitabilityScore", 0)));

        assertThat(run.path("status").asText()).as(run.toString()).isEqualTo("completed");
        List<JsonNode> all = jobs(null);
        assertThat(all).hasSize(3);
        assertThat(all).allSatisfy(j -> assertThat(j.path("status").asText())
                .isEqualTo(j.path("suitabilityScore").asDouble() < 100 ? "skipped" : "ready"));
        assertThat(run.path("summary").path("processed").asInt()).isEqualTo(jobs("ready").size());
        String skipped = all.stream().filter(j -> j.path("status").asText().equals("skipped")).findFirst()
                .orElseThrow().path("id").asText();
        assertThat(app.call("GET", "/api/jobs/" + skipped + "/history", null).text()).contains("auto-skipped");
    }

    @Test
    void the_webhook_starts_a_real_run_with_its_settings_and_a_second_call_meanwhile_is_told_one_is_going() {
        board.json("/v1/boards/acme/jobs", Boards.ACME_GREENHOUSE);
        board.hang("/v1/boards/slow/jobs");
        source("greenhouse", "acme", Map.of("board", "acme"));
        source("greenhouse", "slow", Map.of("board", "slow"));
        Response secret = app.call("PATCH", "/api/settings", Map.of("webhookSecret", "hook-secret-for-tests"));
        assertThat(secret.status()).as(secret.text()).isEqualTo(200);

        Response started = webhook(Map.of("runSettings", Map.of("topN", 1, "minSuitabilityScore", 0,
                "searchTerms", List.of())));
        assertThat(started.status()).as(started.text()).isEqualTo(202);
        String runId = started.data().path("runId").asText();
        assertThat(run(runId).path("trigger").asText()).isEqualTo("webhook");

        Response busy = webhook(Map.of());
        assertThat(busy.status()).as(busy.text()).isEqualTo(409);
        assertThat(busy.text()).contains(runId);

        app.call("POST", "/api/pipeline/cancel", Map.of());
        assertThat(awaitEnd(runId).path("status").asText()).isEqualTo("cancelled");
    }

    private Response webhook(Object body) {
        byte[] bytes = io.jobwright.web.Json.write(body).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return app.send("POST", "/api/webhook/trigger", bytes, Map.of("Content-Type", "application/json"),
                "hook-secret-for-tests");
    }

    @Test
    void a_second_run_finds_nothing_new_and_processes_the_next_best() {
        board.json("/v1/boards/acme/jobs", Boards.ACME_GREENHOUSE);
        source("greenhouse", "acme", Map.of("board", "acme"));
        awaitEnd(startRun(Map.of("searchTerms", List.of(), "topN", 1, "minSuitabilityScore", 0)));

        JsonNode second = awaitEnd(startRun(Map.of("sources", List.of("greenhouse"), "searchTerms", List.of(),
                "topN", 1, "minSuitabilityScore", 0)));

        assertThat(second.path("status").asText()).isEqualTo("completed");
        assertThat(second.path("summary").path("imported").asInt()).isZero();
        assertThat(second.path("summary").path("alreadyKnown").asInt()).isEqualTo(3);
        assertThat(second.path("summary").path("processed").asInt()).isEqualTo(1);
        assertThat(jobs("ready")).hasSize(2);
    }

    @Test
    void search_terms_and_the_discover_only_flag_limit_what_a_run_does() {
        board.json("/v1/boards/acme/jobs", Boards.ACME_GREENHOUSE);
        source("greenhouse", "acme", Map.of("board", "acme"));

        JsonNode run = awaitEnd(startRun(Map.of("searchTerms", List.of("engineer"), "discoverOnly", true)));

        assertThat(run.path("status").asText()).isEqualTo("completed");
        assertThat(run.path("summary").path("imported").asInt()).isEqualTo(2);
        assertThat(run.path("summary").path("filtered").path("searchTerms").asInt()).isEqualTo(1);
        assertThat(run.path("summary").path("scored").asInt()).isZero();
        assertThat(jobs("discovered")).hasSize(2).allSatisfy(j -> assertThat(j.path("suitabilityScore").isNull()).isTrue());
    }

    @Test
    void a_run_is_cancelled_mid_discovery_and_keeps_what_healthy_sources_read() {
        board.json("/v1/boards/acme/jobs", Boards.ACME_GREENHOUSE);
        board.hang("/v1/boards/slow/jobs");
        source("greenhouse", "acme", Map.of("board", "acme"));
        source("greenhouse", "slow", Map.of("board", "slow"));
        String runId = startRun(Map.of("searchTerms", List.of(), "topN", 2));
        awaitHealthySourceDoneWhileSlowHangs();

        Response second = app.call("POST", "/api/pipeline/run", Map.of());
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.code()).isEqualTo("CONFLICT");
        assertThat(second.json().path("error").path("message").asText()).contains("already in progress").contains(runId);

        Response cancel = app.call("POST", "/api/pipeline/cancel", null);
        assertThat(cancel.status()).as(cancel.text()).isEqualTo(200);
        assertThat(cancel.data().path("pipelineRunId").asText()).isEqualTo(runId);
        JsonNode run = awaitEnd(runId);

        assertThat(run.path("status").asText()).isEqualTo("cancelled");
        assertThat(sourceOutcome(run, "slow").path("error").asText()).isEqualTo("cancelled");
        assertThat(run.path("summary").path("imported").asInt()).isEqualTo(3);
        assertThat(run.path("summary").path("scored").asInt()).isZero();
        assertThat(app.call("GET", "/api/pipeline/progress/snapshot", null).data().path("step").asText()).isEqualTo("cancelled");
        Response again = app.call("POST", "/api/pipeline/cancel", null);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("error").path("message").asText()).isEqualTo("No running pipeline to cancel");
    }

    @Test
    void a_run_stopped_by_a_restart_resumes_on_the_next_start_and_finishes_once() {
        board.json("/v1/boards/acme/jobs", Boards.ACME_GREENHOUSE);
        board.hang("/v1/boards/slow/jobs");
        source("greenhouse", "acme", Map.of("board", "acme"));
        source("greenhouse", "slow", Map.of("board", "slow"));
        String runId = startRun(Map.of("searchTerms", List.of(), "topN", 1, "minSuitabilityScore", 0));
        awaitHealthySourceDoneWhileSlowHangs();

        app.stop();
        board.json("/v1/boards/slow/jobs", Boards.greenhouse("Slowco", 2));
        app.start();

        JsonNode run = awaitEnd(runId);
        assertThat(run.path("status").asText()).as(run.toString()).isEqualTo("completed");
        assertThat(run.path("attempts").asInt()).isEqualTo(2);
        assertThat(jobs(null)).hasSize(5);
        assertTopJobsReadyWithPdfs(1);
    }

    @Test
    void a_run_left_by_a_crashed_instance_resumes_processing_and_no_job_stays_processing() {
        board.json("/v1/boards/acme/jobs", Boards.ACME_GREENHOUSE);
        source("greenhouse", "acme", Map.of("board", "acme"));
        JsonNode first = awaitEnd(startRun(Map.of("searchTerms", List.of(), "discoverOnly", true)));
        assertThat(first.path("status").asText()).isEqualTo("completed");
        for (JsonNode job : jobs(null)) {
            assertThat(app.call("POST", "/api/jobs/" + job.path("id").asText() + "/rescore", null).status()).isEqualTo(200);
        }
        List<String> best = jobs(null).stream()
                .sorted(Comparator.comparingDouble((JsonNode j) -> j.path("suitabilityScore").asDouble()).reversed())
                .map(j -> j.path("id").asText()).limit(2).toList();
        // The crashed instance had selected two jobs and was rendering the first when it died.
        Instant longAgo = Instant.now().minus(Duration.ofMinutes(10));
        JobRepository repository = new JobRepository(app.app().database().jdbi(), Clock.systemUTC());
        Job claimed = repository.get(best.get(0));
        repository.update(claimed.moveTo(JobStatus.PROCESSING, longAgo).toBuilder().pdfRegenerating(true)
                .statusBefore(JobStatus.DISCOVERED).workOwner("dead-instance").workHeartbeatAt(longAgo).build(),
                claimed.updatedAt(), JobStatus.DISCOVERED, "test: simulated crash");
        PipelineRepository runs = new PipelineRepository(app.app().database().jdbi());
        RunRequest request = new RunRequest(List.of(), List.of(), 2, 0, null, null, java.util.Set.of(), List.of(),
                java.util.Set.of(), List.of(), 0, false, "schedule");
        RunView crashed = new RunView("crashed-run", RunStatus.RUNNING, "schedule", Step.PROCESS, Step.SELECT, request,
                RunSummary.empty(), Progress.idle(), best, null, null, "dead-instance", longAgo, 1, longAgo, longAgo, null);
        runs.insert(crashed);

        app.stop();
        app.start();

        JsonNode run = awaitEnd("crashed-run");
        assertThat(run.path("status").asText()).as(run.toString()).isEqualTo("completed");
        assertThat(run.path("attempts").asInt()).isEqualTo(2);
        assertThat(run.path("summary").path("processed").asInt()).isEqualTo(2);
        assertTopJobsReadyWithPdfs(2);
    }

    @Test
    void a_run_interrupted_too_often_fails_with_a_reason_instead_of_staying_running() {
        Instant longAgo = Instant.now().minus(Duration.ofMinutes(10));
        PipelineRepository runs = new PipelineRepository(app.app().database().jdbi());
        runs.insert(new RunView("unlucky-run", RunStatus.RUNNING, "api", Step.SCORE, Step.IMPORT, RunRequest.defaults(),
                RunSummary.empty(), Progress.idle(), null, null, null, "dead-instance", longAgo,
                PipelineService.MAX_ATTEMPTS, longAgo, longAgo, null));

        app.stop();
        app.start();

        JsonNode run = run("unlucky-run");
        assertThat(run.path("status").asText()).isEqualTo("failed");
        assertThat(run.path("errorMessage").asText()).contains("interrupted 3 times").contains("score");
        assertThat(app.call("GET", "/api/pipeline/status", null).data().path("isRunning").asBoolean()).isFalse();
    }

    @Test
    void the_progress_stream_sends_the_current_state_then_each_change_in_the_snapshot_shape() throws Exception {
        board.json("/v1/boards/acme/jobs", Boards.ACME_GREENHOUSE);
        source("greenhouse", "acme", Map.of("board", "acme"));
        java.util.concurrent.BlockingQueue<String> events = new java.util.concurrent.LinkedBlockingQueue<>();
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + app.app().port() + "/api/pipeline/progress"))
                .header("Authorization", "Bearer " + app.token()).build();
        var response = client.sendAsync(request, java.net.http.HttpResponse.BodyHandlers.ofLines()).get(10,
                java.util.concurrent.TimeUnit.SECONDS);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/event-stream"));
        Thread reader = Thread.ofVirtual().start(() -> {
            try {
                response.body().filter(line -> line.startsWith("data: "))
                        .forEach(line -> events.add(line.substring("data: ".length())));
            } catch (java.io.UncheckedIOException closedByTheTest) {
                // The stream ends when the test closes it.
            }
        });
        try {
            JsonNode first = io.jobwright.web.Json.MAPPER.readTree(events.poll(10, java.util.concurrent.TimeUnit.SECONDS));
            assertThat(first.path("step").asText()).isEqualTo("idle");

            String runId = startRun(Map.of("searchTerms", List.of(), "topN", 1, "minSuitabilityScore", 0));
            List<JsonNode> seen = new ArrayList<>();
            JsonNode last = first;
            while (!last.path("step").asText().equals("completed")) {
                String next = events.poll(RUN_TIMEOUT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
                assertThat(next).as("an event before the run completes; seen " + seen).isNotNull();
                last = io.jobwright.web.Json.MAPPER.readTree(next);
                seen.add(last);
            }
            assertThat(seen).allSatisfy(e -> assertThat(e.path("runId").asText()).isEqualTo(runId));
            assertThat(last.path("jobsProcessed").asInt()).isEqualTo(1);
            JsonNode snapshot = app.call("GET", "/api/pipeline/progress/snapshot", null).data();
            assertThat(snapshot).isEqualTo(last);
        } finally {
            reader.interrupt();
            response.body().close();
            client.close();
        }
    }

    @Test
    void bad_run_requests_get_clear_errors_and_start_nothing() {
        Response none = app.call("POST", "/api/pipeline/run", Map.of());
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.json().path("error").path("message").asText()).contains("sources").contains("POST /api/sources");
        board.json("/v1/boards/acme/jobs", Boards.ACME_GREENHOUSE);
        source("greenhouse", "acme", Map.of("board", "acme"));

        Map<String, String> expectations = new java.util.LinkedHashMap<>();
        expectations.put("{\"topN\": 0}", "topN");
        expectations.put("{\"topN\": 51}", "topN");
        expectations.put("{\"topN\": \"5\"}", "topN");
        expectations.put("{\"topN\": 2.5}", "topN");
        expectations.put("{\"minSuitabilityScore\": 101}", "minSuitabilityScore");
        expectations.put("{\"runBudget\": 0}", "runBudget");
        expectations.put("{\"preset\": \"turbo\"}", "preset");
        expectations.put("{\"sources\": \"nope\"}", "nope");
        expectations.put("{\"sources\": [42]}", "sources");
        expectations.put("{\"searchTerms\": [\"\"]}", "searchTerms");
        expectations.put("{\"country\": \"Germany\"}", "countries");
        expectations.put("{\"workplaceTypes\": [\"office\"]}", "workplaceTypes");
        expectations.put("{\"discoverOnly\": \"yes\"}", "discoverOnly");
        expectations.put("{\"topn\": 5}", "Unknown field: topn");
        expectations.put("{\"topN\": ", "Malformed JSON");
        expectations.put("[1, 2]", "JSON object");
        expectations.put("{\"sources\": [\"" + "x".repeat(300) + "\"]}", "sources");
        expectations.forEach((body, mentioned) -> {
            Response refused = app.send("POST", "/api/pipeline/run", body.getBytes(), Map.of("Content-Type",
                    "application/json"), app.token());
            assertThat(refused.status()).as(body + " -> " + refused.text()).isEqualTo(400);
            assertThat(refused.code()).isEqualTo("INVALID_REQUEST");
            assertThat(refused.json().path("error").path("message").asText()).as(body).contains(mentioned);
        });
        Response unknown = app.call("POST", "/api/pipeline/run", Map.of("sources", List.of("workday", "no-such")));
        assertThat(unknown.json().path("error").path("details").path("unknownSources").toString())
                .contains("workday").contains("no-such");
        Response huge = app.send("POST", "/api/pipeline/run", ("{\"searchTerms\": [\"" + "a".repeat(2_000_000) + "\"]}")
                .getBytes(), Map.of("Content-Type", "application/json"), app.token());
        assertThat(huge.status()).isEqualTo(400);

        assertThat(app.call("GET", "/api/pipeline/runs", null).data()).isEmpty();
        assertThat(app.call("GET", "/api/pipeline/runs/nope", null).status()).isEqualTo(404);
        assertThat(app.call("POST", "/api/pipeline/cancel", null).status()).isEqualTo(409);
        assertThat(jobs(null)).isEmpty();
    }

    @Test
    void presets_fill_the_settings_a_request_leaves_out() {
        board.json("/v1/boards/acme/jobs", Boards.ACME_GREENHOUSE);
        source("greenhouse", "acme", Map.of("board", "acme"));

        JsonNode run = awaitEnd(startRun(Map.of("preset", "fast", "topN", 1, "searchTerms", List.of())));

        JsonNode config = run.path("configSnapshot");
        assertThat(config.path("preset").asText()).isEqualTo("fast");
        assertThat(config.path("topN").asInt()).isEqualTo(1);
        assertThat(config.path("minSuitabilityScore").asInt()).isEqualTo(75);
        assertThat(config.path("runBudget").asInt()).isEqualTo(300);
    }
}
