package io.jobwright.ai.llm;

import static io.jobwright.ai.llm.FakeLlmServer.openAi;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jobwright.TestApp;
import io.jobwright.TestApp.Response;
import io.jobwright.pipeline.Eventually;
import io.jobwright.source.fake.FakeBoard;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole pipeline run scored and tailored by the user's LLM: a loopback job board, a loopback model speaking OpenAI
 * chat completions that answers each of the app's requests by what it asks for, and the real app in between. The
 * best job must end ready with a PDF carrying the model's tailoring; the others keep the model's scores.
 */
class LlmPipelineIT {

    private static final String BOARD = """
            {"jobs": [
              {"id": 201, "title": "Backend Engineer", "company_name": "Acme Logistics",
               "absolute_url": "https://boards.greenhouse.io/acme/jobs/201", "location": {"name": "Leeds, United Kingdom"},
               "first_published": "2026-11-20T09:00:00Z", "content": "&lt;p&gt;Build REST services in Java.&lt;/p&gt;"},
              {"id": 202, "title": "Data Engineer", "company_name": "Acme Logistics",
               "absolute_url": "https://boards.greenhouse.io/acme/jobs/202", "location": {"name": "Leeds, United Kingdom"},
               "first_published": "2026-11-21T09:00:00Z", "content": "&lt;p&gt;Write Kafka pipelines.&lt;/p&gt;"},
              {"id": 203, "title": "Office Manager", "company_name": "Acme Logistics",
               "absolute_url": "https://boards.greenhouse.io/acme/jobs/203", "location": {"name": "Leeds, United Kingdom"},
               "first_published": "2026-11-22T09:00:00Z", "content": "&lt;p&gt;Run the front desk.&lt;/p&gt;"}
            ]}
            """;
    private static final String SUMMARY = "Backend engineer building Java and PostgreSQL services for logistics teams.";

    @TempDir
    Path dataDir;
    private TestApp app;
    private final FakeBoard board = new FakeBoard();
    private final FakeLlmServer model = new FakeLlmServer();

    @BeforeEach
    void start() {
        app = TestApp.sqlite(dataDir, Map.of("JOBWRIGHT_ALLOW_PRIVATE_FETCH", "true")).withAdmin().withResume();
        Response patched = app.call("PATCH", "/api/settings", Map.of("llmProvider", "openai_compatible",
                "llmBaseUrl", model.url("/v1"), "model", "gpt-test", "llmMaxRetries", 0));
        assertThat(patched.status()).as(patched.text()).isEqualTo(200);
        model.otherwise(request -> {
            String asked = request.body().toString();
            if (asked.contains("job_suitability_score")) {
                int score = asked.contains("REST services") ? 91 : asked.contains("Kafka pipelines") ? 64 : 12;
                return openAi("{\"score\": " + score + ", \"reason\": \"Model verdict " + score + "\", \"jobBrief\": "
                        + "{\"role_summary\": \"A role.\", \"they_want\": [], \"specifics\": [], \"company_offers\": [],"
                        + " \"practical_details\": [], \"missing_or_unclear\": [], \"repeated_signals\": []}}");
            }
            if (asked.contains("project_selection")) {
                return openAi("{\"selectedProjectIds\": []}");
            }
            return openAi("{\"headline\": \"Backend Engineer\", \"summary\": \"" + SUMMARY + "\", \"skills\": [],"
                    + " \"bulletRewrites\": []}");
        });
    }

    @AfterEach
    void stop() {
        app.close();
        board.close();
        model.close();
    }

    @Test
    void the_models_best_job_ends_ready_with_its_tailored_pdf_and_every_job_keeps_the_models_score() {
        board.json("/v1/boards/acme/jobs", BOARD);
        Response source = app.call("POST", "/api/sources", Map.of("type", "greenhouse", "name", "acme",
                "params", Map.of("board", "acme", "baseUrl", board.url())));
        assertThat(source.status()).as(source.text()).isEqualTo(201);

        Response started = app.call("POST", "/api/pipeline/run", Map.of("sources",
                List.of(source.data().path("id").asText()), "searchTerms", List.of(), "topN", 1,
                "minSuitabilityScore", 50));
        assertThat(started.status()).as(started.text()).isEqualTo(202);
        String runId = started.data().path("pipelineRunId").asText();
        JsonNode run = Eventually.until("the run to end", Duration.ofMinutes(2),
                () -> app.call("GET", "/api/pipeline/runs/" + runId, null).data(),
                r -> !r.path("status").asText().equals("running"));

        assertThat(run.path("status").asText()).as(run.toString()).isEqualTo("completed");
        assertThat(run.path("summary").path("scored").asInt()).isEqualTo(3);
        assertThat(run.path("summary").path("processed").asInt()).isEqualTo(1);
        List<JsonNode> jobs = new ArrayList<>();
        app.call("GET", "/api/jobs", null).data().path("jobs").forEach(jobs::add);
        assertThat(jobs).extracting(j -> j.path("title").asText() + " " + j.path("suitabilityScore").asInt() + " "
                + j.path("status").asText()).containsExactlyInAnyOrder("Backend Engineer 91 ready",
                "Data Engineer 64 discovered", "Office Manager 12 discovered");
        JsonNode ready = jobs.stream().filter(j -> j.path("status").asText().equals("ready")).findFirst().orElseThrow();
        JsonNode full = app.call("GET", "/api/jobs/" + ready.path("id").asText(), null).data();
        assertThat(full.path("suitabilityReason").asText()).isEqualTo("Model verdict 91");
        assertThat(full.path("tailoredSummary").asText()).isEqualTo(SUMMARY);
        Response pdf = app.send("GET", "/api/jobs/" + ready.path("id").asText() + "/pdf", null, Map.of(), app.token());
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(model.received()).filteredOn(r -> r.body().toString().contains("job_suitability_score")).hasSize(3);
        assertThat(model.received()).filteredOn(r -> r.body().toString().contains("resume_tailoring")).hasSize(1);
    }
}
