package io.jobwright.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.jobwright.App;
import io.jobwright.TestApp;
import io.jobwright.auth.ApiClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsApiIT {

    private static final String SECRET = "sk-test-Q9f3ZxLw81mPq";

    @TempDir
    Path dataDir;
    private TestApp running;
    private App app;
    private ApiClient api;
    private String token;

    @BeforeEach
    void start() {
        running = launch(dataDir);
        app = running.app();
        api = new ApiClient(app.port());
        token = api.setUp("admin", "correct horse");
    }

    @AfterEach
    void stop() {
        // Null when the PostgreSQL subclass was skipped before starting anything.
        if (running != null) {
            running.close();
        }
    }

    /** Starts the app on SQLite; the PostgreSQL subclass starts it on a fresh schema instead. */
    TestApp launch(Path dataDir) {
        return TestApp.sqlite(dataDir);
    }

    @Test
    void settings_need_credentials() {
        assertThat(api.send("GET", "/api/settings", null).status()).isEqualTo(401);
        assertThat(api.send("PATCH", "/api/settings", "{}").status()).isEqualTo(401);
    }

    @Test
    void get_shows_values_with_defaults_and_overrides() {
        ApiClient.Reply settings = api.as(token, "GET", "/api/settings", null);

        assertThat(settings.status()).isEqualTo(200);
        assertThat(settings.data().get("llmProvider").get("value").asText()).isEqualTo("offline");
        assertThat(settings.data().get("rxresumeUrl").get("default").asText()).isEqualTo("https://rxresu.me");
        assertThat(settings.data().get("resumeMaxProjects").get("override").isNull()).isTrue();
        assertThat(settings.data().get("llmApiKeyConfigured").asBoolean()).isFalse();
        assertThat(settings.data().get("llmApiKeyHint").isNull()).isTrue();
    }

    @Test
    void a_patched_secret_is_never_returned() {
        ApiClient.Reply patched = api.as(token, "PATCH", "/api/settings", "{\"llmApiKey\":\"" + SECRET + "\"}");
        ApiClient.Reply shown = api.as(token, "GET", "/api/settings", null);

        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.body()).doesNotContain(SECRET);
        assertThat(shown.body()).doesNotContain(SECRET).doesNotContain("Q9f3");
        assertThat(shown.data().get("llmApiKeyHint").asText()).isEqualTo("sk-t…");
        assertThat(shown.data().get("llmApiKeyConfigured").asBoolean()).isTrue();
        assertThat(shown.data().has("llmApiKey")).isFalse();
        String stored = app.database().jdbi().withHandle(h -> h.createQuery(
                "SELECT value FROM settings WHERE setting_key = 'llmApiKey'").mapTo(String.class).one());
        assertThat(stored).startsWith("v1:").doesNotContain(SECRET);
    }

    @Test
    void the_key_file_is_readable_by_its_owner_only() throws Exception {
        api.as(token, "PATCH", "/api/settings", "{\"webhookSecret\":\"" + SECRET + "\"}");

        Path keyFile = dataDir.resolve("secret.key");
        assertThat(Files.size(keyFile)).isEqualTo(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
    }

    @Test
    void an_unknown_key_is_refused_by_name() {
        ApiClient.Reply patched = api.as(token, "PATCH", "/api/settings", "{\"resumeMaxProjects\":2,\"themeColour\":\"red\"}");

        assertThat(patched.status()).isEqualTo(400);
        assertThat(patched.errorCode()).isEqualTo("INVALID_REQUEST");
        assertThat(patched.errorMessage()).isEqualTo("Unknown setting: themeColour");
        assertThat(api.as(token, "GET", "/api/settings", null).data().get("resumeMaxProjects").get("value").asInt())
                .isEqualTo(3);
    }

    @Test
    void a_wrong_type_or_range_is_refused_naming_the_key() {
        ApiClient.Reply wrongType = api.as(token, "PATCH", "/api/settings", "{\"autoTailorOnManualImport\":\"yes\"}");
        ApiClient.Reply outOfRange = api.as(token, "PATCH", "/api/settings", "{\"resumeMaxProjects\":101}");
        ApiClient.Reply notAUrl = api.as(token, "PATCH", "/api/settings", "{\"pipelineWebhookUrl\":\"hooks.example.com\"}");

        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.errorCode()).isEqualTo("INVALID_REQUEST");
        assertThat(wrongType.errorMessage()).isEqualTo("autoTailorOnManualImport: must be true or false");
        assertThat(wrongType.json().path("error").path("details").path("field").asText())
                .isEqualTo("autoTailorOnManualImport");
        assertThat(outOfRange.errorMessage()).isEqualTo("resumeMaxProjects: must be a whole number from 0 to 100");
        assertThat(notAUrl.errorMessage()).isEqualTo("pipelineWebhookUrl: must be an absolute http:// or https:// URL");
        ApiClient.Reply badSecret = api.as(token, "PATCH", "/api/settings", "{\"llmApiKey\":42}");
        assertThat(badSecret.status()).isEqualTo(400);
        assertThat(badSecret.errorMessage()).isEqualTo("llmApiKey must be a string");
    }

    @Test
    void null_resets_a_setting_to_its_default() {
        api.as(token, "PATCH", "/api/settings",
                "{\"pdfPageFormat\":\"letter\",\"searchTerms\":[\"java\"],\"rxresumeApiKey\":\"" + SECRET + "\"}");

        ApiClient.Reply reset = api.as(token, "PATCH", "/api/settings",
                "{\"pdfPageFormat\":null,\"rxresumeApiKey\":null}");

        assertThat(reset.status()).isEqualTo(200);
        assertThat(reset.data().get("pdfPageFormat").get("value").asText()).isEqualTo("auto");
        assertThat(reset.data().get("pdfPageFormat").get("override").isNull()).isTrue();
        assertThat(reset.data().get("searchTerms").get("override").get(0).asText()).isEqualTo("java");
        assertThat(reset.data().get("rxresumeApiKeyConfigured").asBoolean()).isFalse();
    }
}
