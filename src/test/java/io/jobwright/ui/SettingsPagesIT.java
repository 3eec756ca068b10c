package io.jobwright.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.jobwright.TestApp;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.support.ui.Select;

/** Settings in a real browser: refused values stay beside their field, secrets are never shown back, the preview follows the theme. */
class SettingsPagesIT {

    @TempDir
    static Path dataDir;
    static TestApp app;
    static Browser browser;

    @BeforeAll
    static void start() {
        app = TestApp.sqlite(dataDir).withAdmin().withResume();
        browser = Browser.signedIn(app);
    }

    @AfterAll
    static void stop() {
        Browser.closeWith(browser, app);
    }

    private static com.fasterxml.jackson.databind.JsonNode setting(String key) {
        return app.call("GET", "/api/settings", null).data().path(key);
    }

    @Test
    void a_refused_value_shows_its_error_beside_the_field_keeps_what_was_typed_and_saves_nothing() {
        browser.go("/settings/scoring");
        browser.type("#f-autoSkipScoreThreshold", "150").type("#f-blockedKeywords", "PHP\nblockchain")
                .click("#scoring button[type=submit]");

        assertThat(browser.find("#e-autoSkipScoreThreshold").getText()).contains("100");
        assertThat(browser.find("#f-autoSkipScoreThreshold").getAttribute("value")).isEqualTo("150");
        assertThat(browser.find("#f-autoSkipScoreThreshold").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.find("#f-blockedKeywords").getAttribute("value")).isEqualTo("PHP\nblockchain");
        assertThat(setting("blockedKeywords").path("override").isNull()).isTrue();
        browser.screenshot("settings-scoring-error");

        browser.type("#f-autoSkipScoreThreshold", "40").click("#scoring button[type=submit]");

        assertThat(browser.find("[data-notice]").getText()).isEqualTo("Saved.");
        assertThat(setting("autoSkipScoreThreshold").path("value").asInt()).isEqualTo(40);
        assertThat(setting("blockedKeywords").path("value")).extracting(Object::toString).asString().contains("PHP", "blockchain");
    }

    @Test
    void experience_is_edited_as_a_form_and_enter_in_a_field_saves_it_in_place() {
        browser.go("/settings/resume");
        browser.js("document.getElementById('edit-sections').scrollIntoView()");
        browser.screenshot("settings-resume-sections");
        browser.click("a[href='/settings/resume/sections/work']");
        browser.awaitExactPath("/settings/resume/sections/work");
        browser.type("[name='item.1.position']", "Data Engineer");
        browser.find("[name='item.1.position']").sendKeys(org.openqa.selenium.Keys.ENTER);

        browser.awaitExactPath("/settings/resume/sections/work?saved=1");
        assertThat(browser.find("[data-notice]").getText()).startsWith("Saved as revision");
        com.fasterxml.jackson.databind.JsonNode work = app.call("GET", "/api/resume", null).data().path("resume").path("work");
        assertThat(work.get(0).path("name").asText()).isEqualTo("Northwind Freight");
        assertThat(work.get(1).path("position").asText()).isEqualTo("Data Engineer");
        browser.screenshot("settings-resume-experience");
    }

    @Test
    void the_llm_key_is_stored_but_never_shown_back_and_the_test_explains_an_unreachable_server() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String key = "sk-test-very-secret-key-0123456789";
        browser.go("/settings/ai");
        new Select(browser.find("#f-llmProvider")).selectByValue("openai_compatible");
        browser.type("#f-llmBaseUrl", "http://127.0.0.1:" + closedPort + "/v1").type("#f-model", "tiny-model")
                .type("#f-llmApiKey", key).type("#f-llmMaxRetries", "0").click("#llm button.primary");

        assertThat(browser.find("[data-notice]").getText()).isEqualTo("Saved.");
        assertThat(browser.driver().getPageSource()).doesNotContain(key).doesNotContain("0123456789");
        assertThat(browser.find("#f-llmApiKey").getAttribute("value")).isEmpty();
        assertThat(browser.find("#h-llmApiKey").getText()).contains("sk-t…");
        assertThat(setting("llmApiKeyConfigured").asBoolean()).isTrue();

        // Saving again with the key field blank keeps the stored key.
        browser.type("#f-model", "tiny-model-2").click("#llm button.primary");
        // The page from the first save is still up until the second answer replaces it: wait for the stored value.
        browser.waitFor(d -> setting("model").path("value").asText().equals("tiny-model-2"));
        assertThat(setting("llmApiKeyConfigured").asBoolean()).isTrue();

        browser.click("[data-llm-check]");
        String result = browser.waitFor(d -> {
            String text = browser.find("#llm-test-result").getText();
            return text.isBlank() ? null : text;
        });
        assertThat(result).contains("unreachable").contains("llmBaseUrl");
        assertThat(browser.driver().getPageSource()).doesNotContain(key);
        browser.screenshot("settings-ai-test");
    }

    @Test
    void choosing_a_theme_shows_its_preview_and_saving_it_changes_the_setting() {
        browser.go("/settings/resume");
        new Select(browser.find("#f-pdfTheme")).selectByValue("modern");
        new Select(browser.find("#f-pdfPageFormat")).selectByValue("letter");

        String src = browser.waitFor(d -> {
            String s = browser.find("iframe[data-preview]").getAttribute("src");
            return s.contains("theme=modern") && s.contains("format=letter") ? s : null;
        });
        Object answer = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript(
                "const done = arguments[1]; fetch(arguments[0]).then(r => done(r.status + ' ' + r.headers.get('content-type')"
                        + " + ' ' + r.headers.get('x-render-options')))", src);
        assertThat(String.valueOf(answer)).startsWith("200 application/pdf").contains("modern");
        browser.screenshot("settings-resume-preview");

        browser.click("#look button.primary");
        browser.waitFor(d -> setting("pdfTheme").path("value").asText().equals("modern"));
        assertThat(setting("pdfPageFormat").path("value").asText()).isEqualTo("letter");
    }

    @Test
    void an_api_token_is_shown_once_works_and_can_be_revoked() {
        browser.go("/settings/account");
        browser.type("#f-tokenName", "cron job").click("#tokens form:last-of-type button[type=submit]");
        String token = browser.find("#issued-token").getAttribute("value");
        assertThat(app.call("GET", "/api/auth/me", null, token).status()).isEqualTo(200);

        browser.go("/settings/account");
        assertThat(browser.all("#issued-token")).isEmpty();
        assertThat(browser.driver().getPageSource()).doesNotContain(token);
        assertThat(browser.find(".token-list").getText()).contains("cron job");

        browser.click(".token-list li:last-child button");
        browser.waitFor(d -> app.call("GET", "/api/auth/me", null, token).status() == 401);
    }

    @Test
    void a_company_is_added_by_its_careers_page_a_private_address_is_refused_beside_the_field_and_deleting_removes_it() {
        browser.go("/settings/sources");
        browser.type("#f-url", "http://127.0.0.1:9/careers").click("#add-source button[type=submit]");
        assertThat(browser.find("#e-url").getText()).isNotBlank();
        assertThat(browser.find("#f-url").getAttribute("value")).isEqualTo("http://127.0.0.1:9/careers");
        assertThat(app.call("GET", "/api/sources", null).data()).isEmpty();

        browser.type("#f-url", "https://boards.greenhouse.io/acme").click("#add-source button[type=submit]");
        assertThat(browser.find("[data-notice]").getText()).contains("Added Acme");
        assertThat(browser.find("[data-source=Acme]").getText()).contains("Greenhouse").contains("acme");
        assertThat(app.call("GET", "/api/sources", null).data().get(0).path("params").path("board").asText()).isEqualTo("acme");
        browser.screenshot("settings-sources");

        browser.click("[data-source=Acme] button[aria-label='Delete Acme']");
        // The click reloads the page; the row is gone once the new page has replaced the old one.
        browser.waitFor(d -> browser.all("[data-source=Acme]").isEmpty());
        assertThat(app.call("GET", "/api/sources", null).data()).isEmpty();
    }

    @Test
    void settings_fit_a_375_pixel_screen() {
        browser.resize(375, 800);
        try {
            browser.go("/settings/scoring");
            Object overflow = browser.js("return document.documentElement.scrollWidth > window.innerWidth");
            assertThat(overflow).isEqualTo(false);
            browser.screenshot("settings-375");
        } finally {
            browser.resize(1280, 900);
        }
    }
}
