package io.jobwright.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RedactorTest {

    @Nested
    class Secrets {

        @Test
        void bearer_token_is_masked_but_the_scheme_kept() {
            assertThat(Redactor.text("sent Bearer eyJhbGciOiJIUzI1NiJ9.payload.sig upstream"))
                    .isEqualTo("sent Bearer [REDACTED] upstream");
        }

        @Test
        void authorization_header_value_is_masked_whole() {
            assertThat(Redactor.text("Authorization: Bearer abcdef123456"))
                    .isEqualTo("Authorization: [REDACTED]");
        }

        @Test
        void openai_style_api_key_is_masked() {
            assertThat(Redactor.text("calling with sk-abc123def456ghi789 now"))
                    .isEqualTo("calling with [REDACTED] now");
        }

        @Test
        void project_scoped_and_anthropic_keys_are_masked() {
            assertThat(Redactor.text("sk-proj-AbC_123-xyz7890 sk-ant-api03-abcdefghijkl"))
                    .isEqualTo("[REDACTED] [REDACTED]");
        }

        @Test
        void github_and_google_keys_are_masked() {
            assertThat(Redactor.text("ghp_0123456789abcdefABCDEF AIzaSyA1234567890abcdefg"))
                    .isEqualTo("[REDACTED] [REDACTED]");
        }

        @Test
        void words_that_merely_start_like_a_key_prefix_are_kept() {
            assertThat(Redactor.text("skippedJobsCount=3 skillsKeywords=7 pkgconfigurator"))
                    .isEqualTo("skippedJobsCount=3 skillsKeywords=7 pkgconfigurator");
        }

        @Test
        void key_value_secrets_are_masked_and_the_key_kept() {
            assertThat(Redactor.text("password=hunter2 token=abc apiKey: xyz user=ann"))
                    .isEqualTo("password=[REDACTED] token=[REDACTED] apiKey: [REDACTED] user=ann");
        }

        @Test
        void query_string_secrets_are_masked_up_to_the_next_parameter() {
            assertThat(Redactor.text("GET /cb?access_token=abc123&state=ok"))
                    .isEqualTo("GET /cb?access_token=[REDACTED]&state=ok");
        }

        @Test
        void json_secret_with_spaces_is_masked_to_its_closing_quote() {
            assertThat(Redactor.text("{\"username\":\"admin\",\"password\":\"correct horse battery 42\"}"))
                    .isEqualTo("{\"username\":\"admin\",\"password\":\"[REDACTED]\"}");
        }

        @Test
        void cookie_header_is_masked_to_the_end_of_the_line() {
            assertThat(Redactor.text("Cookie: jw_csrf=abc; jw_session=tok123\nnext line"))
                    .isEqualTo("Cookie: [REDACTED]\nnext line");
        }

        @Test
        void session_and_csrf_values_are_masked() {
            assertThat(Redactor.text("jw_session=tok123 csrfToken=\"c5rf\" sessions=3"))
                    .isEqualTo("jw_session=[REDACTED] csrfToken=\"[REDACTED]\" sessions=3");
        }

        @Test
        void token_counts_are_not_secrets() {
            assertThat(Redactor.text("promptTokens=812 tokens=900")).isEqualTo("promptTokens=812 tokens=900");
        }
    }

    @Nested
    class PersonalData {

        @Test
        void email_is_masked() {
            assertThat(Redactor.text("mail from ann.lee+jobs@example.co.uk arrived"))
                    .isEqualTo("mail from [EMAIL] arrived");
        }

        @ParameterizedTest
        @ValueSource(strings = {"+49 30 1234567", "(912) 555-4321", "555-123-4567", "+1-202-555-0143",
                "+4930123456", "030 1234 5678", "555.123.4567", "+44 (0) 20 7946 0958", "+33 1 23 45 67 89"})
        void phone_numbers_are_masked(String phone) {
            assertThat(Redactor.text("call " + phone + " today")).isEqualTo("call [PHONE] today");
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "listening on 127.0.0.1:3001",
                "peer 192.168.100.200 and 10.0.0.1 10.0.0.2",
                "discoveredAt 2024-12-03",
                "at 2024-12-03T10:15:30.123Z",
                "at 2024-12-03 10:15:30",
                "id 550e8400-e29b-41d4-a716-446655440000",
                "id 12345678-1234-1234-1234-123456789012",
                "running 3.54.1.0 on 21.0.5+11 and 1.2.3-4567890",
                "method=GET path=/api/jobs status=200 durationMs=12",
                "epochMillis=1733251234567 id=4815162342",
                "salary 120 000 to 1 000 000 000",
                "took PT1H30M and 12345 ms"})
        void ips_dates_ids_versions_and_numbers_are_not_phones(String text) {
            assertThat(Redactor.text(text)).isEqualTo(text);
        }
    }

    @Nested
    class Bounds {

        @Test
        void strings_past_800_chars_are_cut_with_a_suffix_naming_the_rest() {
            String text = "a".repeat(1000);
            assertThat(Redactor.text(text)).isEqualTo("a".repeat(800) + "…(truncated 200 chars)");
        }

        @Test
        void a_string_of_exactly_800_chars_is_kept() {
            assertThat(Redactor.text("b".repeat(800))).isEqualTo("b".repeat(800));
        }

        @Test
        void very_long_strings_count_every_dropped_char() {
            assertThat(Redactor.text("c".repeat(100_000))).endsWith("…(truncated 99200 chars)").hasSize(824);
        }

        @Test
        void secret_at_the_cut_is_masked_before_cutting() {
            String text = "x".repeat(780) + " sk-abcdefghijklmnopqrstuvwxyz";
            assertThat(Redactor.text(text)).isEqualTo("x".repeat(780) + " [REDACTED]");
        }

        @Test
        void null_stays_null() {
            assertThat(Redactor.text(null)).isNull();
            assertThat(Redactor.value(null)).isNull();
        }
    }

    @Nested
    class Values {

        @Test
        void nested_maps_with_secret_keys_are_masked() {
            Map<String, Object> input = new LinkedHashMap<>();
            input.put("provider", "openai");
            input.put("apiKey", "sk-abc123def456ghi789");
            input.put("user", Map.of("password", "hunter2"));
            input.put("attempts", 3);
            input.put("ok", false);

            assertThat(Redactor.value(input)).isEqualTo(Map.of(
                    "provider", "openai",
                    "apiKey", "[REDACTED]",
                    "user", Map.of("password", "[REDACTED]"),
                    "attempts", 3,
                    "ok", false));
        }

        @ParameterizedTest
        @ValueSource(strings = {"password", "apiKey", "api_key", "x-api-key", "Authorization", "Set-Cookie",
                "client_secret", "refreshToken", "privateKey", "credentials", "csrfToken", "sessionId"})
        void secret_keys_are_recognised(String key) {
            assertThat(Redactor.isSecretKey(key)).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"title", "jobId", "maxTokens", "promptTokens", "tokenCount", "status"})
        void ordinary_keys_are_not_secret(String key) {
            assertThat(Redactor.isSecretKey(key)).isFalse();
        }

        @Test
        void strings_inside_values_are_masked() {
            assertThat(Redactor.value(List.of("ann@example.com", "ok")))
                    .isEqualTo(List.of("[EMAIL]", "ok"));
        }

        @Test
        void nesting_deeper_than_5_levels_is_replaced() {
            Map<String, Object> deep = Map.of("a", Map.of("b", Map.of("c", Map.of("d", Map.of("e",
                    Map.of("f", Map.of("g", 1)))))));

            assertThat(Redactor.value(deep)).isEqualTo(Map.of("a", Map.of("b", Map.of("c", Map.of("d", Map.of("e",
                    Map.of("f", "[TRUNCATED_DEPTH]")))))));
        }

        @Test
        void lists_keep_30_items_and_count_the_rest() {
            List<Integer> items = IntStream.range(0, 45).boxed().toList();

            List<Object> expected = new ArrayList<>(IntStream.range(0, 30).boxed().toList());
            expected.add("[TRUNCATED_ITEMS 15]");
            assertThat(Redactor.value(items)).isEqualTo(expected);
        }

        @Test
        void arrays_are_bounded_like_lists() {
            Object[] items = IntStream.range(0, 31).boxed().toArray();

            List<?> out = (List<?>) Redactor.value(items);
            assertThat(out).hasSize(31);
            assertThat(out.get(30)).isEqualTo("[TRUNCATED_ITEMS 1]");
        }

        @Test
        void maps_keep_30_keys_and_count_the_rest() {
            Map<String, Object> wide = new LinkedHashMap<>();
            IntStream.range(0, 32).forEach(i -> wide.put("k" + i, i));

            @SuppressWarnings("unchecked")
            Map<String, Object> out = (Map<String, Object>) Redactor.value(wide);
            assertThat(out).hasSize(31).containsEntry("k29", 29).containsEntry("__truncatedKeys", 2)
                    .doesNotContainKey("k30");
        }

        @Test
        void throwables_become_name_message_and_cause() {
            Exception error = new IllegalStateException("token=abc failed",
                    new java.io.IOException("mail to ann@example.com bounced"));

            assertThat(Redactor.value(error)).isEqualTo(Map.of(
                    "name", "java.lang.IllegalStateException",
                    "message", "token=[REDACTED] failed",
                    "cause", Map.of("name", "java.io.IOException", "message", "mail to [EMAIL] bounced")));
        }

        @Test
        void other_objects_are_masked_as_their_text() {
            record Contact(String email) {
            }
            assertThat(Redactor.value(new Contact("ann@example.com"))).isEqualTo("Contact[email=[EMAIL]]");
        }
    }
}
