package io.jobwright.ai.llm;

import static io.jobwright.ai.llm.FakeLlmServer.anthropic;
import static io.jobwright.ai.llm.FakeLlmServer.anthropicError;
import static io.jobwright.ai.llm.FakeLlmServer.gemini;
import static io.jobwright.ai.llm.FakeLlmServer.geminiError;
import static io.jobwright.ai.llm.FakeLlmServer.json;
import static io.jobwright.ai.llm.FakeLlmServer.openAi;
import static io.jobwright.ai.llm.FakeLlmServer.openAiError;
import static io.jobwright.ai.llm.FakeLlmServer.withHeader;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jobwright.config.Config;
import io.jobwright.db.Database;
import io.jobwright.error.Timeout;
import io.jobwright.error.Upstream;
import io.jobwright.settings.SecretBox;
import io.jobwright.settings.SettingsPatch;
import io.jobwright.settings.SettingsService;
import io.jobwright.web.Json;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LlmClientTest {

    private static final ObjectNode SCORE_SCHEMA = (ObjectNode) Json.MAPPER.valueToTree(Map.of(
            "type", "object",
            "properties", Map.of("score", Map.of("type", "integer", "minimum", 0, "maximum", 100),
                    "reason", Map.of("type", "string")),
            "required", List.of("score", "reason"),
            "additionalProperties", false));
    private static final String GOOD = "{\"score\": 72, \"reason\": \"Kotlin and remote match\"}";
    private static final String SECRET_PROMPT = "CANDIDATE-SECRET-PROMPT-TEXT";

    @TempDir
    Path dataDir;
    private Database database;
    private final FakeLlmServer fake = new FakeLlmServer();
    private LlmUsageLog usage;

    @BeforeEach
    void open() {
        database = Database.open(new Config.DbConfig(null, null, null), dataDir);
        usage = new LlmUsageLog(database.jdbi(), Clock.systemUTC());
    }

    @AfterEach
    void close() {
        fake.close();
        database.close();
    }

    private LlmClient client(String provider, String baseUrl, String model, String key) {
        SettingsService settings = new SettingsService(database.jdbi(), new SecretBox(dataDir),
                new Config.LlmConfig(provider, baseUrl, model, key), Clock.systemUTC());
        settings.update(SettingsPatch.parse((ObjectNode) Json.MAPPER.valueToTree(Map.of("llmTimeoutSeconds", 1))));
        return new LlmClient(new LlmConnections(settings), settings, usage, Duration.ofMillis(5), Duration.ofSeconds(3));
    }

    private LlmClient openAiClient() {
        return client("openai_compatible", fake.url("/v1"), "gpt-test", "sk-test-key-123456");
    }

    private static LlmRequest request(int retries) {
        return new LlmRequest(Purpose.SCORING, "job_suitability_score", SCORE_SCHEMA, "Answer with JSON.",
                SECRET_PROMPT, retries);
    }

    @Nested
    class OpenAiCompatible {

        @Test
        void sends_a_strict_json_schema_request_and_returns_the_checked_answer() {
            fake.then(openAi(GOOD));

            LlmResult result = openAiClient().call(request(0));

            assertThat(result).isInstanceOf(LlmResult.Reply.class);
            assertThat(result.orThrow().path("score").asInt()).isEqualTo(72);
            FakeLlmServer.Received sent = fake.received().getFirst();
            assertThat(sent.path()).isEqualTo("/v1/chat/completions");
            assertThat(sent.header("Authorization")).isEqualTo("Bearer sk-test-key-123456");
            assertThat(sent.body().path("model").asText()).isEqualTo("gpt-test");
            assertThat(sent.body().at("/response_format/type").asText()).isEqualTo("json_schema");
            assertThat(sent.body().at("/response_format/json_schema/name").asText()).isEqualTo("job_suitability_score");
            assertThat(sent.body().at("/response_format/json_schema/strict").asBoolean()).isTrue();
            assertThat(sent.body().at("/messages/0/role").asText()).isEqualTo("system");
            assertThat(sent.body().at("/messages/1/content").asText()).isEqualTo(SECRET_PROMPT);
        }

        @Test
        void records_the_call_with_tokens_and_outcome_but_never_the_prompt() {
            fake.then(openAi(GOOD));

            openAiClient().call(request(0));

            LlmUsageLog.Call call = usage.recent(10).getFirst();
            assertThat(call.purpose()).isEqualTo("scoring");
            assertThat(call.provider()).isEqualTo("openai_compatible");
            assertThat(call.model()).isEqualTo("gpt-test");
            assertThat(call.outputMode()).isEqualTo("json_schema");
            assertThat(call.tokensIn()).isEqualTo(120);
            assertThat(call.tokensOut()).isEqualTo(30);
            assertThat(call.attempts()).isEqualTo(1);
            assertThat(call.outcome()).isEqualTo("ok");
            String everything = database.jdbi().withHandle(h -> h.createQuery("SELECT * FROM llm_calls")
                    .mapToMap().list().toString());
            assertThat(everything).doesNotContain(SECRET_PROMPT).doesNotContain("Kotlin");
        }

        @Test
        void repairs_code_fences_and_chatter_around_the_object() {
            fake.then(openAi("Sure! Here it is:\n```json\n" + GOOD + "\n```\nGood luck."));

            assertThat(openAiClient().call(request(0)).orThrow().path("reason").asText())
                    .isEqualTo("Kotlin and remote match");
        }

        @Test
        void falls_back_to_json_object_when_the_schema_mode_is_rejected_and_remembers_it() {
            fake.then(openAiError(400, "Invalid parameter: 'response_format' of type 'json_schema' is not supported "
                    + "with this model.", "invalid_request_error", null), openAi(GOOD), openAi(GOOD));
            LlmClient client = openAiClient();

            LlmResult first = client.call(request(0));
            client.call(request(0));

            assertThat(((LlmResult.Reply) first).mode()).isEqualTo(OutputMode.JSON_OBJECT);
            List<FakeLlmServer.Received> sent = fake.received();
            assertThat(sent).hasSize(3);
            assertThat(sent.get(1).body().at("/response_format/type").asText()).isEqualTo("json_object");
            assertThat(sent.get(2).body().at("/response_format/type").asText()).isEqualTo("json_object");
        }

        @Test
        void falls_back_to_plain_text_when_json_object_is_rejected_too() {
            fake.then(openAiError(400, "response_format json_schema unsupported", "invalid_request_error", null),
                    openAiError(400, "response_format json_object unsupported", "invalid_request_error", null),
                    openAi(GOOD));

            LlmResult result = openAiClient().call(request(0));

            assertThat(((LlmResult.Reply) result).mode()).isEqualTo(OutputMode.TEXT);
            assertThat(fake.received().get(2).body().has("response_format")).isFalse();
        }

        @Test
        void honours_retry_after_on_429_then_succeeds() {
            fake.then(withHeader(openAiError(429, "Rate limit reached for requests", "requests", "rate_limit_exceeded"),
                    "Retry-After", "1"), openAi(GOOD));

            LlmResult result = openAiClient().call(request(2));

            assertThat(result).isInstanceOf(LlmResult.Reply.class);
            List<FakeLlmServer.Received> sent = fake.received();
            assertThat(Duration.ofNanos(sent.get(1).atNanos() - sent.get(0).atNanos())).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
            assertThat(usage.recent(1).getFirst().attempts()).isEqualTo(2);
        }

        @Test
        void gives_up_at_once_when_retry_after_is_longer_than_the_longest_wait() {
            fake.then(withHeader(openAiError(429, "quota", "requests", "rate_limit_exceeded"), "Retry-After", "3600"));

            LlmResult result = openAiClient().call(request(2));

            assertThat(result).isInstanceOfSatisfying(LlmResult.Failure.class, f -> {
                assertThat(f.kind()).isEqualTo(LlmResult.Kind.RATE_LIMITED);
                assertThat(f.message()).contains("3600 s");
            });
            assertThat(fake.received()).hasSize(1);
        }

        @Test
        void retries_server_errors_and_garbage_until_an_answer_comes() {
            fake.then(openAiError(500, "The server had an error", "server_error", null),
                    new FakeLlmServer.Reply(200, Map.of("Content-Type", "text/html"), "<html>Bad gateway</html>", 0),
                    openAi(GOOD));

            assertThat(openAiClient().call(request(2))).isInstanceOf(LlmResult.Reply.class);
            assertThat(fake.received()).hasSize(3);
        }

        @Test
        void half_a_json_object_is_retried_then_reported() {
            fake.otherwise(r -> openAi("{\"score\": 72, \"reason\": \"Kotlin and"));

            LlmResult result = openAiClient().call(request(2));

            assertThat(result).isInstanceOfSatisfying(LlmResult.Failure.class, f -> {
                assertThat(f.kind()).isEqualTo(LlmResult.Kind.BAD_ANSWER);
                assertThat(f.message()).contains("not a complete JSON object").contains("tried 3 times");
            });
            assertThat(fake.received()).hasSize(3);
            assertThatThrownBy(result::orThrow).isInstanceOf(Upstream.class)
                    .hasMessageContaining("openai_compatible at " + fake.url("/v1"));
        }

        @Test
        void an_answer_of_the_wrong_shape_is_refused_naming_the_path() {
            fake.otherwise(r -> openAi("{\"score\": \"high\", \"reason\": \"x\"}"));

            LlmResult result = openAiClient().call(request(0));

            assertThat(result).isInstanceOfSatisfying(LlmResult.Failure.class,
                    f -> assertThat(f.message()).contains("$.score: expected integer but got string"));
        }

        @Test
        void a_refused_key_fails_without_retrying() {
            fake.then(openAiError(401, "Incorrect API key provided: sk-te****3456.", "invalid_request_error",
                    "invalid_api_key"));

            LlmResult result = openAiClient().call(request(2));

            assertThat(result).isInstanceOfSatisfying(LlmResult.Failure.class, f -> {
                assertThat(f.kind()).isEqualTo(LlmResult.Kind.BAD_KEY);
                assertThat(f.message()).contains("401").contains("Incorrect API key");
            });
            assertThat(fake.received()).hasSize(1);
        }

        @Test
        void an_unknown_model_is_named_as_such() {
            fake.then(openAiError(404, "The model `gpt-9` does not exist or you do not have access to it.",
                    "invalid_request_error", "model_not_found"));

            LlmResult result = openAiClient().call(request(2));

            assertThat(result).isInstanceOfSatisfying(LlmResult.Failure.class,
                    f -> assertThat(f.kind()).isEqualTo(LlmResult.Kind.UNKNOWN_MODEL));
            assertThat(fake.received()).hasSize(1);
        }

        @Test
        void no_answer_within_the_timeout_is_a_timeout_error() {
            fake.otherwise(r -> openAi(GOOD).after(2_500));

            LlmResult result = openAiClient().call(request(0));

            assertThat(result).isInstanceOfSatisfying(LlmResult.Failure.class,
                    f -> assertThat(f.kind()).isEqualTo(LlmResult.Kind.TIMEOUT));
            assertThatThrownBy(result::orThrow).isInstanceOf(Timeout.class).hasMessageContaining("within 1 s");
        }

        @Test
        void a_reply_that_trickles_in_past_the_timeout_is_a_timeout_error() {
            fake.otherwise(r -> openAi(GOOD).stallingFor(2_500));

            LlmResult result = openAiClient().call(request(0));

            assertThat(result).isInstanceOfSatisfying(LlmResult.Failure.class,
                    f -> assertThat(f.kind()).isEqualTo(LlmResult.Kind.TIMEOUT));
        }

        @Test
        void an_oversized_reply_is_refused_without_being_read_whole() {
            fake.otherwise(r -> json(200, "{\"padding\": \"" + "a".repeat(3 * 1024 * 1024) + "\"}"));

            LlmResult result = openAiClient().call(request(2));

            assertThat(result).isInstanceOfSatisfying(LlmResult.Failure.class, f -> {
                assertThat(f.kind()).isEqualTo(LlmResult.Kind.BAD_ANSWER);
                assertThat(f.message()).contains("larger than 2 MB");
            });
            assertThat(fake.received()).hasSize(1);
        }

        @Test
        void an_unreachable_server_is_explained() throws Exception {
            int closedPort;
            try (ServerSocket socket = new ServerSocket(0)) {
                closedPort = socket.getLocalPort();
            }
            LlmResult result = client("ollama", "http://127.0.0.1:" + closedPort + "/v1", "llama3", null)
                    .call(request(0));

            assertThat(result).isInstanceOfSatisfying(LlmResult.Failure.class, f -> {
                assertThat(f.kind()).isEqualTo(LlmResult.Kind.UNREACHABLE);
                assertThat(f.message()).contains("cannot connect to http://127.0.0.1:" + closedPort);
            });
        }

        @Test
        void a_local_server_needs_no_key() {
            fake.then(openAi(GOOD));

            client("ollama", fake.url("/v1"), "llama3", null).call(request(0)).orThrow();

            assertThat(fake.received().getFirst().header("Authorization")).isNull();
        }
    }

    @Test
    void a_missing_key_fails_fast_without_a_network_call() {
        LlmResult result = client("openai", fake.url("/v1"), "gpt-test", null).call(request(2));

        assertThat(result).isInstanceOfSatisfying(LlmResult.Failure.class, f -> {
            assertThat(f.kind()).isEqualTo(LlmResult.Kind.NO_KEY);
            assertThat(f.message()).contains("llmApiKey");
        });
        assertThat(fake.received()).isEmpty();
        assertThat(usage.recent(1).getFirst().outcome()).isEqualTo("no_key");
    }

    @Nested
    class Anthropic {

        private LlmClient anthropicClient() {
            return client("anthropic", fake.url(""), "claude-test", "sk-ant-test-123456");
        }

        @Test
        void speaks_the_messages_api_with_its_headers_and_output_config() {
            fake.then(anthropic(GOOD));

            LlmResult result = anthropicClient().call(request(0));

            assertThat(result.orThrow().path("score").asInt()).isEqualTo(72);
            FakeLlmServer.Received sent = fake.received().getFirst();
            assertThat(sent.path()).isEqualTo("/v1/messages");
            assertThat(sent.header("x-api-key")).isEqualTo("sk-ant-test-123456");
            assertThat(sent.header("anthropic-version")).isEqualTo("2023-06-01");
            assertThat(sent.body().path("system").asText()).isEqualTo("Answer with JSON.");
            assertThat(sent.body().path("max_tokens").asInt()).isPositive();
            assertThat(sent.body().at("/output_config/format/type").asText()).isEqualTo("json_schema");
            assertThat(sent.body().at("/output_config/format/schema/properties/score").has("minimum")).isFalse();
            assertThat(usage.recent(1).getFirst().tokensIn()).isEqualTo(200);
        }

        @Test
        void a_bad_key_is_reported_from_the_error_body() {
            fake.then(anthropicError(401, "authentication_error", "invalid x-api-key"));

            LlmResult result = anthropicClient().call(request(2));

            assertThat(result).isInstanceOfSatisfying(LlmResult.Failure.class, f -> {
                assertThat(f.kind()).isEqualTo(LlmResult.Kind.BAD_KEY);
                assertThat(f.message()).contains("invalid x-api-key");
            });
        }

        @Test
        void overloaded_is_retried() {
            fake.then(anthropicError(529, "overloaded_error", "Overloaded"), anthropic(GOOD));

            assertThat(anthropicClient().call(request(1))).isInstanceOf(LlmResult.Reply.class);
        }

        @Test
        void falls_back_to_text_when_output_config_is_unsupported() {
            fake.then(anthropicError(400, "invalid_request_error", "output_config: Extra inputs are not permitted"),
                    anthropic(GOOD));

            LlmResult result = anthropicClient().call(request(0));

            assertThat(((LlmResult.Reply) result).mode()).isEqualTo(OutputMode.TEXT);
            assertThat(fake.received().get(1).body().has("output_config")).isFalse();
        }
    }

    @Nested
    class Gemini {

        private LlmClient geminiClient() {
            return client("gemini", fake.url(""), "gemini-test", "AIza-test-key-123456");
        }

        @Test
        void speaks_generate_content_with_the_key_in_a_header_not_the_url() {
            fake.then(gemini(GOOD));

            LlmResult result = geminiClient().call(request(0));

            assertThat(result.orThrow().path("score").asInt()).isEqualTo(72);
            FakeLlmServer.Received sent = fake.received().getFirst();
            assertThat(sent.path()).isEqualTo("/v1beta/models/gemini-test:generateContent");
            assertThat(sent.header("x-goog-api-key")).isEqualTo("AIza-test-key-123456");
            assertThat(sent.body().at("/systemInstruction/parts/0/text").asText()).isEqualTo("Answer with JSON.");
            assertThat(sent.body().at("/contents/0/parts/0/text").asText()).isEqualTo(SECRET_PROMPT);
            assertThat(sent.body().at("/generationConfig/responseMimeType").asText()).isEqualTo("application/json");
            assertThat(sent.body().at("/generationConfig/responseSchema").has("additionalProperties")).isFalse();
            assertThat(sent.body().at("/generationConfig/responseSchema/required")).hasSize(2);
        }

        @Test
        void an_empty_answer_despite_the_schema_is_retried() {
            fake.then(gemini(""), gemini(GOOD));

            assertThat(geminiClient().call(request(1))).isInstanceOf(LlmResult.Reply.class);
            assertThat(fake.received()).hasSize(2);
        }

        @Test
        void an_invalid_key_reported_as_400_is_a_bad_key() {
            fake.then(geminiError(400, "INVALID_ARGUMENT", "API key not valid. Please pass a valid API key."));

            LlmResult result = geminiClient().call(request(2));

            assertThat(result).isInstanceOfSatisfying(LlmResult.Failure.class,
                    f -> assertThat(f.kind()).isEqualTo(LlmResult.Kind.BAD_KEY));
            assertThat(fake.received()).hasSize(1);
        }

        @Test
        void unavailable_is_retried_with_its_retry_after_date() {
            fake.then(withHeader(geminiError(503, "UNAVAILABLE", "The model is overloaded."), "Retry-After",
                    "Thu, 01 Jan 1970 00:00:00 GMT"), gemini(GOOD));

            assertThat(geminiClient().call(request(1))).isInstanceOf(LlmResult.Reply.class);
        }
    }

    @Test
    void garbage_with_a_200_status_that_is_not_json_is_unusable() {
        fake.otherwise(r -> json(200, "not json at all"));

        LlmResult result = openAiClient().call(request(1));

        assertThat(result).isInstanceOfSatisfying(LlmResult.Failure.class,
                f -> assertThat(f.kind()).isEqualTo(LlmResult.Kind.BAD_ANSWER));
        assertThat(fake.received()).hasSize(2);
    }
}
