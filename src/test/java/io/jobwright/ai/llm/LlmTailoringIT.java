package io.jobwright.ai.llm;

import static io.jobwright.ai.llm.FakeLlmServer.json;
import static io.jobwright.ai.llm.FakeLlmServer.openAi;
import static io.jobwright.ai.llm.FakeLlmServer.openAiError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jobwright.TestApp;
import io.jobwright.TestApp.Response;
import io.jobwright.web.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tailoring through the user's LLM over HTTP, end to end: a loopback model speaking OpenAI chat completions answers
 * the app's real prompts, and what reaches the job and the PDF is checked. The adversarial model lies the way models
 * do; TruthGuard must take every lie out. A failing model must leave the job as it was.
 */
class LlmTailoringIT {

    private static final String DESCRIPTION = """
            Turbopuffer is hiring a Staff Database Engineer.
            Must have: Rust, Java, Go (Golang), Snowflake, Scala.
            Experience with indexing and PostgreSQL is a plus. Fully remote.
            """;
    /**
     * Lies: a JD-copied headline; an employer, degree, school, certification, skill and numbers never held; more years
     * of experience than the resume's positions span (from 2018: about 30 years only in 2048).
     */
    private static final String LYING_SUMMARY = "Senior Backend Engineer who builds search and storage systems in Java "
            + "and Rust. Previously led the search platform at Google for five years. Holds a PhD in Computer Science "
            + "from Stanford University. AWS Certified Solutions Architect with deep Golang expertise. Spearheaded "
            + "synergy across teams. Improved query latency by 80% across 12 products. Brings over 30 years of "
            + "distributed-systems experience. Enjoys profiling hot paths and "
            + "designing indexes.";
    private static final Pattern BULLET = Pattern.compile("\\{\"id\":\"([^\"]+)\",\"text\":\"([^\"]+)\"}");
    private static final Pattern PROJECT = Pattern.compile("\"id\":\"([^\"]+)\",\"name\":\"([^\"]+)\"");

    @TempDir
    Path dataDir;
    private TestApp app;
    private final FakeLlmServer fake = new FakeLlmServer();

    @BeforeEach
    void start() throws IOException {
        app = TestApp.sqlite(dataDir).withAdmin();
        byte[] resume = Files.readAllBytes(Path.of("src/test/resources/ai/ranking-resume.json"));
        Response imported = app.send("POST", "/api/resume/import", resume, Map.of("Content-Type", "application/json"),
                app.token());
        assertThat(imported.status()).as(imported.text()).isLessThan(300);
        Response patched = app.call("PATCH", "/api/settings", Map.of("llmProvider", "openai_compatible",
                "llmBaseUrl", fake.url("/v1"), "model", "gpt-test", "llmMaxRetries", 0,
                "chatStyleDoNotUse", List.of("synergy")));
        assertThat(patched.status()).as(patched.text()).isEqualTo(200);
    }

    @AfterEach
    void stop() {
        app.close();
        fake.close();
    }

    private String importJob() {
        Response r = app.call("POST", "/api/manual-jobs/import", Map.of("skipTailoring", true, "job",
                Map.of("title", "Staff Database Engineer", "employer", "Turbopuffer", "jobDescription", DESCRIPTION)));
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        return r.data().path("job").path("id").asText();
    }

    private JsonNode job(String id) {
        return app.call("GET", "/api/jobs/" + id, null).data();
    }

    /** The adversarial model: answers tailoring with lies, and project selection with an invented id first. */
    private FakeLlmServer.Reply lie(FakeLlmServer.Received request) {
        String schema = request.body().at("/response_format/json_schema/name").asText();
        String prompt = request.body().at("/messages/1/content").asText();
        if (schema.equals("project_selection")) {
            return openAi(Json.write(Map.of("selectedProjectIds", List.of("proj-invented", idOf(PROJECT, prompt, "tinyvec")))));
        }
        String fast = idOf(BULLET, prompt, "Built an inverted-index storage engine");
        String latency = idOf(BULLET, prompt, "Cut p99 query latency");
        String services = idOf(BULLET, prompt, "Developed Java and Spring Boot");
        Map<String, Object> answer = Map.of(
                "headline", "Staff Database Engineer",
                "summary", LYING_SUMMARY,
                "skills", List.of(Map.of("name", "Languages", "keywords", List.of("Rust", "Java", "Golang", "Scala")),
                        Map.of("name", "Data", "keywords", List.of("PostgreSQL", "Snowflake", "Indexing"))),
                "bulletRewrites", List.of(
                        Map.of("id", fast, "text", "Built a Rust inverted-index storage engine handling 40,000 queries per second"),
                        Map.of("id", latency, "text", "Cut p99 query latency by 75% for 3 million users through CPU profiling"),
                        Map.of("id", services, "text", "Developed Java microservices at Amazon on PostgreSQL and Kafka")));
        return openAi(Json.write(answer));
    }

    /** The id the prompt gives the item whose text starts with {@code start} (what a real model reads). */
    private static String idOf(Pattern pattern, String prompt, String start) {
        Matcher m = pattern.matcher(prompt.replace("\\\"", "\""));
        while (m.find()) {
            if (m.group(2).startsWith(start)) {
                return m.group(1);
            }
        }
        throw new AssertionError("the prompt does not offer '" + start + "' with an id: " + prompt);
    }

    @Test
    void truthguard_removes_every_lie_an_llm_tells_before_it_reaches_the_job_or_the_pdf() throws Exception {
        fake.otherwise(this::lie);
        String id = importJob();

        Response summarized = app.call("POST", "/api/jobs/" + id + "/summarize", null);

        assertThat(summarized.status()).as(summarized.text()).isEqualTo(200);
        JsonNode job = summarized.data();
        assertThat(job.path("tailoringEngine").asText()).isEqualTo("llm:openai_compatible/gpt-test");
        assertThat(job.path("tailoredHeadline").asText()).isEqualTo("Senior Backend Engineer");
        assertThat(job.path("tailoredSummary").asText()).isEqualTo("Senior Backend Engineer who builds search and "
                + "storage systems in Java and Rust. Enjoys profiling hot paths and designing indexes.");
        JsonNode skills = Json.MAPPER.readTree(job.path("tailoredSkills").asText());
        assertThat(skills.findValuesAsText("name")).containsExactly("Languages", "Data");
        assertThat(skills.toString()).contains("Rust", "Java", "PostgreSQL", "Indexing")
                .doesNotContain("Golang", "Scala", "Snowflake");
        assertThat(job.path("tailoringFindings").findValuesAsText("kind")).contains("headline", "employer", "degree",
                "certification", "skill", "number", "experience", "doNotUse");
        assertThat(job.path("tailoringFindings").findValuesAsText("action")).doesNotContain("reported");

        JsonNode diff = app.call("GET", "/api/jobs/" + id + "/tailoring/diff", null).data();
        assertThat(diff.path("bullets").findValuesAsText("tailored"))
                .containsExactly("Built a Rust inverted-index storage engine handling 40,000 queries per second");
        assertThat(diff.path("projects").path("tailored").toString()).doesNotContain("proj-invented");
        assertThat(diff.path("projects").path("tailored").size()).isEqualTo(1);

        Response processed = app.call("POST", "/api/jobs/" + id + "/process", null);
        assertThat(processed.status()).as(processed.text()).isEqualTo(200);
        Response pdf = app.send("GET", "/api/jobs/" + id + "/pdf", null, Map.of(), app.token());
        assertThat(pdf.status()).isEqualTo(200);
        String text;
        try (var document = Loader.loadPDF(pdf.body())) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("Senior Backend Engineer", "handling 40,000 queries per second", "tinyvec",
                "Cut p99 query latency by 35%");
        assertThat(text).doesNotContain("Staff Database Engineer", "Google", "Stanford", "PhD", "Certified", "Golang",
                "Snowflake", "Scala", "synergy", "80%", "75%", "3 million", "Amazon", "30 years");
    }

    static Stream<Arguments> broken_models() {
        return Stream.of(
                Arguments.of("a refused key", openAiError(401, "Incorrect API key provided", "invalid_request_error",
                        "invalid_api_key"), 502, "API key was refused"),
                Arguments.of("an unknown model", openAiError(404, "The model `gpt-test` does not exist",
                        "invalid_request_error", "model_not_found"), 502, "gpt-test"),
                Arguments.of("a rate limit", openAiError(429, "Rate limit reached", "requests", "rate_limit_exceeded"),
                        502, "429"),
                Arguments.of("a server error", openAiError(500, "The server had an error", "server_error", null), 502,
                        "500"),
                Arguments.of("garbage", json(200, "<html>Bad gateway</html>"), 502, "openai_compatible"),
                Arguments.of("half a JSON object", openAi("{\"headline\": \"Staff Database Engineer\", \"summ"), 502,
                        "openai_compatible"),
                Arguments.of("the wrong schema", openAi("{\"score\": 80, \"reason\": \"fits\"}"), 502,
                        "openai_compatible"),
                Arguments.of("no answer within the timeout", openAi("{}").after(3_000), 408, "openai_compatible"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("broken_models")
    void a_failing_model_leaves_the_job_untouched_and_the_error_names_the_provider(String what,
            FakeLlmServer.Reply reply, int status, String says) {
        app.call("PATCH", "/api/settings", Map.of("llmTimeoutSeconds", 1));
        fake.otherwise(r -> reply);
        String id = importJob();
        JsonNode before = job(id);

        Response summarized = app.call("POST", "/api/jobs/" + id + "/summarize", null);
        Response processed = app.call("POST", "/api/jobs/" + id + "/process", null);

        assertThat(summarized.status()).as(summarized.text()).isEqualTo(status);
        assertThat(summarized.json().path("error").path("message").asText()).contains("openai_compatible", says);
        assertThat(processed.status()).as(processed.text()).isEqualTo(status);
        JsonNode after = job(id);
        for (String field : List.of("status", "tailoredHeadline", "tailoredSummary", "tailoredSkills",
                "selectedProjectIds", "tailoringEngine", "tailoringFindings", "pdfPath")) {
            assertThat(after.path(field)).as(field).isEqualTo(before.path(field));
        }
    }

    @Test
    void with_the_fallback_allowed_the_offline_engine_tailors_when_the_model_fails_and_truthguard_still_runs() {
        app.call("PATCH", "/api/settings", Map.of("llmFallbackToOffline", true));
        fake.otherwise(r -> openAiError(503, "overloaded", "server_error", null));
        String id = importJob();

        Response processed = app.call("POST", "/api/jobs/" + id + "/process", null);

        assertThat(processed.status()).as(processed.text()).isEqualTo(200);
        JsonNode job = processed.data();
        assertThat(job.path("status").asText()).isEqualTo("ready");
        assertThat(job.path("tailoringEngine").asText()).isEqualTo("offline");
        assertThat(job.path("tailoredHeadline").asText()).isEqualTo("Senior Backend Engineer");
        assertThat(job.path("tailoredSkills").asText()).doesNotContain("Golang", "Snowflake", "Scala");
        assertThat(fake.received()).isNotEmpty();
    }

    @Test
    void a_provider_that_needs_a_key_fails_fast_without_a_network_call_and_changes_nothing() {
        app.call("PATCH", "/api/settings", Map.of("llmProvider", "openai"));
        String id = importJob();
        JsonNode before = job(id);

        Response rescored = app.call("POST", "/api/jobs/" + id + "/rescore", null);
        Response summarized = app.call("POST", "/api/jobs/" + id + "/summarize", null);

        assertThat(rescored.status()).isEqualTo(502);
        assertThat(rescored.json().path("error").path("message").asText()).contains("openai", "llmApiKey");
        assertThat(summarized.status()).isEqualTo(502);
        assertThat(fake.received()).isEmpty();
        assertThat(job(id).path("updatedAt")).isEqualTo(before.path("updatedAt"));
    }
}
