package io.jobwright.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jobwright.config.Config;
import io.jobwright.db.Database;
import io.jobwright.error.InvalidRequest;
import io.jobwright.web.Json;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsServiceTest {

    private static final Config.LlmConfig NO_LLM_ENV = new Config.LlmConfig(null, null, null, null);

    @TempDir
    Path dataDir;
    private Database database;
    private final Clock clock = Clock.fixed(Instant.parse("2025-03-01T09:00:00Z"), ZoneOffset.UTC);
    private SettingsService settings;

    @BeforeEach
    void open() {
        database = Database.open(new Config.DbConfig(null, null, null), dataDir);
        settings = service(NO_LLM_ENV);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void built_in_defaults_apply_when_nothing_is_stored() {
        assertThat(settings.get(Setting.LLM_PROVIDER)).isEqualTo("offline");
        assertThat(settings.get(Setting.RXRESUME_URL)).isEqualTo("https://rxresu.me");
        assertThat(settings.get(Setting.AUTO_TAILOR_ON_MANUAL_IMPORT)).isTrue();
        assertThat(settings.get(Setting.RESUME_MAX_PROJECTS)).isEqualTo(3);
        assertThat(settings.get(Setting.SEARCH_TERMS)).isEmpty();
        assertThat(settings.get(Setting.PDF_PAGE_FORMAT)).isEqualTo("auto");
        assertThat(settings.get(Setting.LLM_API_KEY)).isNull();
        assertThat(settings.get(Setting.PIPELINE_WEBHOOK_URL)).isNull();
    }

    @Test
    void the_environments_llm_connection_replaces_the_built_in_defaults() {
        SettingsService fromEnv = service(new Config.LlmConfig("OpenAI", "http://127.0.0.1:9999/v1", "gpt-4o-mini", "sk-env-key-1234"));

        assertThat(fromEnv.get(Setting.LLM_PROVIDER)).isEqualTo("openai");
        assertThat(fromEnv.get(Setting.LLM_BASE_URL)).isEqualTo("http://127.0.0.1:9999/v1");
        assertThat(fromEnv.get(Setting.MODEL)).isEqualTo("gpt-4o-mini");
        assertThat(fromEnv.get(Setting.LLM_API_KEY)).isEqualTo("sk-env-key-1234");
        assertThat(fromEnv.defaultOf(Setting.LLM_PROVIDER)).isEqualTo("openai");
    }

    @Test
    void an_unusable_environment_value_falls_back_to_the_built_in_default() {
        SettingsService fromEnv = service(new Config.LlmConfig("skynet", "not a url", null, null));

        assertThat(fromEnv.get(Setting.LLM_PROVIDER)).isEqualTo("offline");
        assertThat(fromEnv.get(Setting.LLM_BASE_URL)).isNull();
    }

    @Test
    void a_stored_override_wins_and_null_removes_it() {
        settings.update(patch("{\"resumeMaxProjects\": 7, \"searchTerms\": [\"java developer\"]}"));

        assertThat(settings.get(Setting.RESUME_MAX_PROJECTS)).isEqualTo(7);
        assertThat(settings.override(Setting.RESUME_MAX_PROJECTS)).contains(7);
        assertThat(settings.get(Setting.SEARCH_TERMS)).containsExactly("java developer");

        settings.update(patch("{\"resumeMaxProjects\": null}"));

        assertThat(settings.get(Setting.RESUME_MAX_PROJECTS)).isEqualTo(3);
        assertThat(settings.override(Setting.RESUME_MAX_PROJECTS)).isEmpty();
        assertThat(settings.get(Setting.SEARCH_TERMS)).containsExactly("java developer");
    }

    @Test
    void overrides_survive_a_restart() {
        settings.update(patch("{\"autoTailorOnManualImport\": false, \"llmApiKey\": \"sk-stored-key-9876\"}"));

        SettingsService restarted = service(NO_LLM_ENV);

        assertThat(restarted.get(Setting.AUTO_TAILOR_ON_MANUAL_IMPORT)).isFalse();
        assertThat(restarted.get(Setting.LLM_API_KEY)).isEqualTo("sk-stored-key-9876");
    }

    @Test
    void secrets_are_stored_encrypted_and_everything_else_as_json() {
        settings.update(patch("{\"webhookSecret\": \"hook-secret-value\", \"pdfPageFormat\": \"A4\"}"));

        Map<String, String> rows = database.jdbi().withHandle(h -> h.createQuery(
                        "SELECT setting_key, value, secret FROM settings ORDER BY setting_key")
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2) + "|" + rs.getInt(3)))
                .collectToMap(Map.Entry::getKey, Map.Entry::getValue));

        assertThat(rows.get("pdfPageFormat")).isEqualTo("\"a4\"|0");
        assertThat(rows.get("webhookSecret")).startsWith("v1:").endsWith("|1").doesNotContain("hook-secret");
    }

    @Test
    void the_view_shows_each_setting_with_its_default_and_override() {
        settings.update(patch("{\"resumeMaxProjects\": 5}"));

        Map<String, Object> view = settings.view();

        assertThat(view.get("resumeMaxProjects")).isEqualTo(entry(5, 3, 5));
        assertThat(view.get("pipelineWebhookUrl")).isEqualTo(entry(null, null, null));
        assertThat(view.get("searchTerms")).isEqualTo(entry(List.of(), List.of(), null));
        assertThat(view).doesNotContainKeys("llmApiKey", "webhookSecret", "rxresumeApiKey");
    }

    @Test
    void the_view_shows_secrets_only_as_a_hint() {
        settings.update(patch("{\"llmApiKey\": \"sk-abcdefghijkl\", \"webhookSecret\": \"short\"}"));

        Map<String, Object> view = settings.view();

        assertThat(view).containsEntry("llmApiKeyHint", "sk-a…").containsEntry("llmApiKeyConfigured", true)
                .containsEntry("webhookSecretHint", "…").containsEntry("webhookSecretConfigured", true)
                .containsEntry("rxresumeApiKeyHint", null).containsEntry("rxresumeApiKeyConfigured", false);
        assertThat(Json.write(view)).doesNotContain("abcdefghijkl", "short");
    }

    @Test
    void an_unknown_key_is_refused_by_name() {
        assertThatThrownBy(() -> patch("{\"resumeMaxProjects\": 4, \"colour\": \"blue\", \"size\": 1}"))
                .isInstanceOf(InvalidRequest.class)
                .hasMessage("Unknown settings: colour, size");
    }

    @Test
    void a_bad_value_rejects_the_whole_batch() {
        assertThatThrownBy(() -> settings.update(patch("{\"resumeMaxProjects\": 4, \"autoTailorOnManualImport\": \"yes\"}")))
                .isInstanceOf(InvalidRequest.class)
                .hasMessage("autoTailorOnManualImport: must be true or false");

        assertThat(settings.override(Setting.RESUME_MAX_PROJECTS)).isEmpty();
    }

    @Test
    void a_stored_secret_that_cannot_be_decrypted_is_ignored_rather_than_breaking_reads() {
        settings.update(patch("{\"llmApiKey\": \"sk-abcdefghijkl\", \"resumeMaxProjects\": 9}"));
        database.jdbi().useHandle(h -> h.execute("UPDATE settings SET value = 'v1:AAAA' WHERE setting_key = 'llmApiKey'"));

        SettingsService restarted = service(NO_LLM_ENV);

        assertThat(restarted.get(Setting.LLM_API_KEY)).isNull();
        assertThat(restarted.get(Setting.RESUME_MAX_PROJECTS)).isEqualTo(9);
    }

    @Test
    void every_registry_key_is_unique_and_listed_once() {
        assertThat(Setting.all()).extracting(Setting::key).doesNotHaveDuplicates().contains(
                "llmProvider", "llmBaseUrl", "model", "llmApiKey", "pipelineWebhookUrl", "jobCompleteWebhookUrl",
                "webhookSecret", "rxresumeUrl", "rxresumeApiKey", "autoTailorOnManualImport", "resumeMaxProjects",
                "resumeLockedProjectIds", "searchTerms", "blockedCompanyKeywords", "pdfPageFormat", "pdfTheme", "pdfLanguage",
                "pdfRenderer", "resumeAiSelectableProjectIds");
        assertThat(Setting.all()).filteredOn(Setting::secret).extracting(Setting::key)
                .containsExactly("llmApiKey", "webhookSecret", "rxresumeApiKey");
    }

    private SettingsService service(Config.LlmConfig llm) {
        return new SettingsService(database.jdbi(), new SecretBox(dataDir), llm, clock);
    }

    private static SettingsPatch patch(String json) {
        try {
            return SettingsPatch.parse((ObjectNode) Json.MAPPER.readTree(json));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static Map<String, Object> entry(Object value, Object defaultValue, Object override) {
        Map<String, Object> entry = new java.util.LinkedHashMap<>();
        entry.put("value", value);
        entry.put("default", defaultValue);
        entry.put("override", override);
        return entry;
    }
}
