package io.jobwright.ai.llm;

import static io.jobwright.ai.llm.FakeLlmServer.openAi;
import static io.jobwright.ai.llm.FakeLlmServer.openAiError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jobwright.TestApp;
import io.jobwright.TestApp.Response;
import io.jobwright.web.Json;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LlmApiIT {

    private static final String SCORE = """
            {"score": 81, "reason": "Kotlin and PostgreSQL match.",
             "jobBrief": {"role_summary": "Backend role.", "they_want": ["Kotlin"], "specifics": [],
                          "company_offers": [], "practical_details": [], "missing_or_unclear": [],
                          "repeated_signals": []}}""";

    @TempDir
    Path dataDir;
    private TestApp app;
    private final FakeLlmServer fake = new FakeLlmServer();

    @BeforeEach
    void start() {
        app = TestApp.sqlite(dataDir).withAdmin().withResume();
    }

    @AfterEach
    void stop() {
        app.close();
        fake.close();
    }

    private void useFakeProvider() {
        Response patched = app.call("PATCH", "/api/settings", Map.of("llmProvider", "openai_compatible",
                "llmBaseUrl", fake.url("/v1"), "model", "gpt-test", "llmMaxRetries", 1));
        assertThat(patched.status()).as(patched.text()).isEqualTo(200);
    }

    private String importJob() {
        Response response = app.call("POST", "/api/manual-jobs/import", Map.of("job", Map.of("title",
                "Backend Engineer", "employer", "Acme Logistics", "jobDescription",
                "We build logistics software in Kotlin on PostgreSQL."), "skipTailoring", true));
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        return response.data().path("job").path("id").asText();
    }

    @Test
    void the_connection_test_reports_success_with_the_mode_that_worked() {
        fake.then(openAi("{\"ok\": true}"));

        Response response = app.call("POST", "/api/settings/llm/test", Map.of("provider", "openai_compatible",
                "baseUrl", fake.url("/v1"), "model", "gpt-test"));

        assertThat(response.status()).as(response.text()).isEqualTo(200);
        assertThat(response.data().path("ok").asBoolean()).isTrue();
        assertThat(response.data().path("outputMode").asText()).isEqualTo("json_schema");
    }

    @Test
    void the_connection_test_explains_a_refused_key_and_an_unknown_model() {
        fake.then(openAiError(401, "Incorrect API key provided", "invalid_request_error", "invalid_api_key"),
                openAiError(404, "The model `gpt-9` does not exist", "invalid_request_error", "model_not_found"));

        JsonNode badKey = app.call("POST", "/api/settings/llm/test", Map.of("provider", "openai_compatible",
                "baseUrl", fake.url("/v1"), "model", "gpt-test", "apiKey", "sk-wrong-0000")).data();
        JsonNode badModel = app.call("POST", "/api/settings/llm/test", Map.of("provider", "openai_compatible",
                "baseUrl", fake.url("/v1"), "model", "gpt-9")).data();

        assertThat(badKey.path("ok").asBoolean()).isFalse();
        assertThat(badKey.path("problem").asText()).isEqualTo("bad_key");
        assertThat(badKey.path("message").asText()).contains("Incorrect API key provided", "Check llmApiKey");
        assertThat(badModel.path("problem").asText()).isEqualTo("unknown_model");
        assertThat(badModel.path("message").asText()).contains("gpt-9");
    }

    @Test
    void the_connection_test_without_a_required_key_makes_no_network_call() {
        JsonNode result = app.call("POST", "/api/settings/llm/test", Map.of("provider", "openai",
                "baseUrl", fake.url("/v1"), "model", "gpt-test")).data();

        assertThat(result.path("problem").asText()).isEqualTo("no_key");
        assertThat(fake.received()).isEmpty();
    }

    @Test
    void the_connection_test_refuses_bad_input_naming_the_field() {
        Response badUrl = app.call("POST", "/api/settings/llm/test", Map.of("provider", "ollama", "baseUrl", "ftp://x"));
        Response unknown = app.call("POST", "/api/settings/llm/test", Map.of("provider", "ollama", "temperature", 2));
        Response offline = app.call("POST", "/api/settings/llm/test", Map.of());

        assertThat(badUrl.status()).isEqualTo(400);
        assertThat(badUrl.code()).isEqualTo("INVALID_REQUEST");
        assertThat(badUrl.text()).contains("baseUrl");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.text()).contains("temperature");
        assertThat(offline.status()).isEqualTo(400);
        assertThat(offline.text()).contains("provider");
    }

    @Test
    void rescoring_with_an_llm_stores_its_score_and_shows_the_call_in_the_usage_view() {
        useFakeProvider();
        fake.then(openAi(SCORE));
        String id = importJob();

        Response rescored = app.call("POST", "/api/jobs/" + id + "/rescore", null);

        assertThat(rescored.status()).as(rescored.text()).isEqualTo(200);
        assertThat(rescored.data().path("suitabilityScore").asDouble()).isEqualTo(81.0);
        assertThat(rescored.data().path("suitabilityReason").asText()).startsWith("Kotlin and PostgreSQL match.");
        JsonNode usage = app.call("GET", "/api/settings/llm/usage?limit=5", null).data();
        assertThat(usage.path("calls").path(0).path("purpose").asText()).isEqualTo("scoring");
        assertThat(usage.path("calls").path(0).path("outcome").asText()).isEqualTo("ok");
        assertThat(usage.path("calls").path(0).path("tokensIn").asInt()).isEqualTo(120);
        assertThat(usage.path("totals").path(0).path("calls").asLong()).isEqualTo(1);
        assertThat(usage.toString()).doesNotContain("Kotlin");
    }

    @Test
    void a_failing_provider_leaves_the_job_untouched_and_says_what_happened() {
        String id = importJob();
        JsonNode before = app.call("GET", "/api/jobs/" + id, null).data();
        useFakeProvider();
        fake.otherwise(r -> openAiError(500, "The server had an error while processing your request.",
                "server_error", null));

        Response rescored = app.call("POST", "/api/jobs/" + id + "/rescore", null);

        assertThat(rescored.status()).isEqualTo(502);
        assertThat(rescored.code()).isEqualTo("UPSTREAM_ERROR");
        assertThat(rescored.text()).contains("openai_compatible").contains("server error (500)");
        assertThat(fake.received()).hasSize(2);
        JsonNode after = app.call("GET", "/api/jobs/" + id, null).data();
        assertThat(after.path("suitabilityScore")).isEqualTo(before.path("suitabilityScore"));
        assertThat(after.path("updatedAt")).isEqualTo(before.path("updatedAt"));
    }

    @Test
    void the_built_in_prompts_are_listed_with_their_placeholders() {
        JsonNode prompts = app.call("GET", "/api/settings/prompts", null).data();

        assertThat(prompts.path("scoringPromptTemplate").path("default").asText()).contains("{{profileJson}}");
        assertThat(prompts.path("tailoringPromptTemplate").path("placeholders").toString()).contains("outputLanguage");
    }

    @Test
    void a_custom_template_can_be_reset_to_the_built_in_one() {
        Response set = app.call("PATCH", "/api/settings", Map.of("tailoringPromptTemplate",
                "Tailor {{profileJson}} for {{jobDescription}}"));
        assertThat(set.status()).as(set.text()).isEqualTo(200);
        Map<String, Object> reset = new java.util.HashMap<>();
        reset.put("tailoringPromptTemplate", null);

        Response cleared = app.call("PATCH", "/api/settings", reset);

        assertThat(cleared.data().path("tailoringPromptTemplate").path("value").isNull()).isTrue();
        Response bad = app.call("PATCH", "/api/settings", Map.of("tailoringPromptTemplate", "Tailor {{profileJson}}"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.text()).contains("{{jobDescription}}");
    }

    @Test
    void inference_with_an_llm_keeps_what_the_posting_says_and_drops_what_it_does_not() {
        useFakeProvider();
        fake.then(openAi(Json.write(Map.ofEntries(Map.entry("title", "Backend Engineer"), Map.entry("employer", "Google"),
                Map.entry("location", "Berlin"), Map.entry("salary", "€70,000 – €90,000 per year"),
                Map.entry("deadline", "2027-01-31"), Map.entry("applicationLink", ""), Map.entry("jobType", "Full-time"),
                Map.entry("jobLevel", ""), Map.entry("jobFunction", ""), Map.entry("disciplines", ""),
                Map.entry("degreeRequired", ""), Map.entry("starting", "")))));

        Response response = app.call("POST", "/api/manual-jobs/infer", Map.of("text", "Backend Engineer\n"
                + "Acme Search is hiring a full-time engineer in Berlin.\nPay: €70.000 – €85.000 a year.\n"
                + "Apply by 31 January 2027."));

        assertThat(response.status()).as(response.text()).isEqualTo(200);
        JsonNode data = response.data();
        assertThat(data.path("method").asText()).isEqualTo("llm");
        assertThat(data.path("engine").asText()).isEqualTo("llm:openai_compatible/gpt-test");
        JsonNode job = data.path("job");
        assertThat(job.path("title").asText()).isEqualTo("Backend Engineer");
        assertThat(job.path("location").asText()).isEqualTo("Berlin");
        assertThat(job.path("deadline").asText()).isEqualTo("2027-01-31");
        assertThat(job.path("employer").asText()).isEmpty();
        assertThat(job.path("salary").asText()).isEmpty();
        assertThat(job.path("jobDescription").asText()).contains("Acme Search is hiring");
        assertThat(data.path("warning").asText()).contains("employer", "Google", "salary", "90,000");
        JsonNode request = fake.received().getFirst().body();
        assertThat(request.at("/response_format/json_schema/name").asText()).isEqualTo("manual_job_details");
        assertThat(request.at("/messages/1/content").asText()).contains("Acme Search is hiring");
    }

    @Test
    void inference_with_a_failing_llm_is_an_error_unless_the_offline_fallback_is_allowed() {
        useFakeProvider();
        fake.otherwise(r -> openAiError(500, "The server had an error while processing your request.",
                "server_error", null));
        Map<String, String> posting = Map.of("text", "# Backend Engineer\nCompany: Acme Search\nLocation: Berlin");

        Response failed = app.call("POST", "/api/manual-jobs/infer", posting);
        app.call("PATCH", "/api/settings", Map.of("llmFallbackToOffline", true));
        Response offline = app.call("POST", "/api/manual-jobs/infer", posting);

        assertThat(failed.status()).isEqualTo(502);
        assertThat(failed.text()).contains("openai_compatible", "server error (500)");
        assertThat(offline.status()).as(offline.text()).isEqualTo(200);
        assertThat(offline.data().path("engine").asText()).isEqualTo("offline");
        assertThat(offline.data().path("method").asText()).isEqualTo("patterns");
        assertThat(offline.data().path("job").path("employer").asText()).isEqualTo("Acme Search");
        assertThat(offline.data().path("warning").asText()).contains("LLM failed", "server error (500)");
    }
}
