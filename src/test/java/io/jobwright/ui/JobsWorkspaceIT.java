package io.jobwright.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.jobwright.TestApp;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The jobs workspace in a real browser: the manual flow, bulk actions, shortcuts and hostile postings. */
class JobsWorkspaceIT {

    @TempDir
    static Path dataDir;
    static TestApp app;
    static Browser browser;

    @BeforeAll
    static void start() {
        app = TestApp.sqlite(dataDir).withAdmin().withResume();
        browser = Browser.signedIn(app);
    }

    @AfterEach
    void closeDialogs() {
        browser.js("document.querySelectorAll('dialog[open]').forEach(d => d.close())");
    }

    @AfterAll
    static void stop() {
        Browser.closeWith(browser, app);
    }

    private static String status(String id) {
        return app.call("GET", "/api/jobs/" + id, null).data().path("status").asText();
    }

    @Test
    void the_manual_flow_from_discovered_through_tailor_and_ready_to_applied_reopened_in_progress_and_an_offer() {
        String id = JobsFixture.importJob(app, "Platform Engineer", "Acme Rockets",
                "We build rockets.\n\nYou know Java, PostgreSQL and Kubernetes.", Map.of("location", "Berlin"));

        app.call("POST", "/api/jobs/" + id + "/rescore", null);
        browser.go("/jobs/discovered/" + id);
        assertThat(browser.find("#panel h2").getText()).isEqualTo("Platform Engineer");
        assertThat(browser.all("[data-score-factors] li").size()).isGreaterThan(1);
        assertThat(browser.find("[data-description]").getText()).contains("You know Java");
        browser.screenshot("discovered-decide");

        browser.click("#panel [data-tailor]");
        browser.awaitExactPath("/jobs/discovered/" + id + "/tailor");
        browser.type("#f-tailoredHeadline", "Platform engineer for rocket software")
                .type("#f-tailoredSummary", "Builds reliable Java platforms.")
                .type("#f-tailoredSkills", "Backend: Java, PostgreSQL\nOps: Kubernetes");
        browser.click("button[value=save]");
        browser.waitFor(d -> app.call("GET", "/api/jobs/" + id, null).data().path("tailoredSummary").asText()
                .equals("Builds reliable Java platforms."));
        assertThat(app.call("GET", "/api/jobs/" + id, null).data().path("tailoredSkills").asText()).contains("Kubernetes");
        browser.waitFor(d -> browser.find("[data-diff=summary] .ins").getText().endsWith("Builds reliable Java platforms."));
        assertThat(browser.find("[data-diff=headline] .ins").getText()).endsWith("Platform engineer for rocket software");
        assertThat(browser.find("[data-findings]").getText()).isNotBlank();
        browser.screenshot("discovered-tailor");

        browser.click("[data-finalize]");
        browser.waitFor(d -> browser.path().startsWith("/jobs/ready/" + id));
        assertThat(status(id)).isEqualTo("ready");
        WebElement frame = browser.find("iframe[data-pdf-frame]");
        String pdfUrl = frame.getAttribute("src");
        assertThat(pdfUrl).contains("/pdfs/resume_" + id + ".pdf?v=");
        Object pdfType = browser.driver() instanceof org.openqa.selenium.JavascriptExecutor js ? js.executeAsyncScript(
                "const done = arguments[1]; fetch(arguments[0]).then(r => done(r.status + ' ' + r.headers.get('content-type')))",
                pdfUrl) : null;
        assertThat(pdfType).isEqualTo("200 application/pdf");
        assertThat(browser.find("[data-ats]").getText()).startsWith("ATS check: passed");
        browser.screenshot("ready-pdf");

        browser.click("#panel form[data-action=apply] button");
        browser.waitFor(d -> status(id).equals("applied"));

        browser.go("/jobs/applied/" + id);
        browser.click("#panel form[data-action=reopen] button");
        browser.waitFor(d -> status(id).equals("discovered"));

        app.call("POST", "/api/jobs/" + id + "/apply", null);
        browser.go("/jobs/applied/" + id);
        browser.click("#panel form[data-action=progress] button");
        browser.waitFor(d -> status(id).equals("in_progress"));
        browser.waitFor(d -> browser.find("#panel [data-job-status]").getText().equals("in_progress"));

        new org.openqa.selenium.support.ui.Select(browser.find("#panel form[data-action=outcome] select"))
                .selectByValue("offer_accepted");
        browser.click("#panel form[data-action=outcome] button");
        browser.waitFor(d -> "offer_accepted".equals(app.call("GET", "/api/jobs/" + id, null).data().path("outcome").asText()));
        assertThat(app.call("GET", "/api/jobs/" + id, null).data().path("closedAt").isNull()).isFalse();
        browser.waitFor(d -> browser.find("#panel [data-job-outcome]").getText().equals("offer accepted"));
        browser.screenshot("in-progress-outcome");

        browser.click("#panel form[data-action=applied] button");
        browser.waitFor(d -> status(id).equals("applied"));
    }

    @Test
    void bulk_skip_of_three_jobs_shows_progress_and_skips_exactly_those() {
        List<String> ids = List.of(
                JobsFixture.importJob(app, "Bulk One", "Skipco", "First.", Map.of()),
                JobsFixture.importJob(app, "Bulk Two", "Skipco", "Second.", Map.of()),
                JobsFixture.importJob(app, "Bulk Three", "Skipco", "Third.", Map.of()));
        String keep = JobsFixture.importJob(app, "Bulk Four", "Skipco", "Fourth.", Map.of());

        browser.go("/jobs/discovered?q=Skipco");
        for (String id : ids) {
            browser.find("[data-pick='" + id + "']").click();
        }
        assertThat(browser.find("[data-selected-count]").getText()).isEqualTo("3");
        browser.screenshot("bulk-selected");
        browser.find("#bulkbar [data-bulk=skip]").click();

        browser.waitFor(d -> ids.stream().allMatch(id -> status(id).equals("skipped")));
        assertThat(status(keep)).isEqualTo("discovered");
        browser.waitFor(d -> browser.all("#workspace .row").size() == 1);
        assertThat(browser.find("#toasts").getText()).contains("3 succeeded");
    }

    @Test
    void select_all_picks_every_filtered_job_across_pages_and_a_bulk_skip_skips_only_those() {
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 1; i <= 52; i++) {
            ids.add(JobsFixture.importJob(app, "Every " + i, "Allco", "Posting " + i + ".", Map.of()));
        }
        String other = JobsFixture.importJob(app, "Not this one", "Otherco", "Elsewhere.", Map.of());

        browser.go("/jobs/discovered?q=Allco");
        assertThat(browser.all("#workspace .row")).hasSize(50);
        browser.find("[data-select-all]").click();
        browser.waitFor(d -> browser.find("[data-selected-count]").getText().equals("52"));
        assertThat(browser.find("#toasts").getText()).contains("Selected all 52 jobs");
        browser.find("#bulkbar [data-bulk=skip]").click();

        browser.waitFor(d -> ids.stream().allMatch(id -> status(id).equals("skipped")));
        assertThat(status(other)).isEqualTo("discovered");
        browser.waitFor(d -> browser.all("#workspace .row").isEmpty());
    }

    @Test
    void a_new_search_keeps_only_the_selected_jobs_it_still_shows() {
        String alpha = JobsFixture.importJob(app, "Prune Alpha", "Pruneco", "A.", Map.of());
        String beta = JobsFixture.importJob(app, "Prune Beta", "Pruneco", "B.", Map.of());
        browser.go("/jobs/discovered?q=Pruneco");
        browser.find("[data-pick='" + alpha + "']").click();
        browser.find("[data-pick='" + beta + "']").click();
        assertThat(browser.find("[data-selected-count]").getText()).isEqualTo("2");

        browser.type(".toolbar input[name=q]", "Prune Alpha");
        browser.find(".toolbar input[name=q]").sendKeys(org.openqa.selenium.Keys.ENTER);

        browser.waitFor(d -> browser.all("#workspace .row").size() == 1);
        browser.waitFor(d -> browser.find("[data-selected-count]").getText().equals("1"));
        browser.find("#bulkbar [data-bulk=skip]").click();
        browser.waitFor(d -> status(alpha).equals("skipped"));
        assertThat(status(beta)).isEqualTo("discovered");
    }

    @Test
    void jobs_that_arrive_while_the_list_is_open_appear_without_a_reload_and_the_open_panel_keeps_its_edits() {
        String first = JobsFixture.importJob(app, "Live One", "Liveco", "First.", Map.of());
        browser.go("/jobs/discovered/" + first + "/tailor?q=Liveco");
        browser.type("#panel textarea[name=tailoredSummary]", "Typed but not saved");
        assertThat(browser.all("#workspace .row")).hasSize(1);
        String count = browser.find("[data-tab-link=discovered] .count").getText();

        String second = JobsFixture.importJob(app, "Live Two", "Liveco", "Second.", Map.of());

        browser.waitFor(d -> browser.all("#workspace .row").size() == 2);
        assertThat(browser.find("[data-id='" + second + "'] .title").getText()).isEqualTo("Live Two");
        assertThat(browser.find("[data-tab-link=discovered] .count").getText()).isNotEqualTo(count);
        assertThat(browser.find("#panel textarea[name=tailoredSummary]").getAttribute("value")).isEqualTo("Typed but not saved");
        assertThat(browser.path()).startsWith("/jobs/discovered/" + first + "/tailor");
    }

    @Test
    void a_posting_with_script_and_event_handler_markup_renders_as_inert_text() {
        String id = JobsFixture.importJob(app, "<img src=x onerror=\"window.__xss='title'\">Hacker", "Evil <b>Corp</b>",
                "<p>Hello</p><script>window.__xss='script'</script><img src=x onerror=\"window.__xss='img'\">"
                        + "<a href=\"javascript:window.__xss='link'\">click</a><iframe src=\"https://evil.example\"></iframe>",
                Map.of());

        browser.go("/jobs/discovered/" + id);

        assertThat(browser.find("#panel h2").getText()).isEqualTo("<img src=x onerror=\"window.__xss='title'\">Hacker");
        assertThat(browser.find("[data-description]").getText()).contains("Hello").contains("click");
        assertThat(browser.all("[data-description] script, [data-description] img, [data-description] iframe, "
                + "[data-description] a, #panel h2 img")).isEmpty();
        assertThat(browser.js("return window.__xss === undefined")).isEqualTo(true);
        browser.screenshot("xss-inert");
    }

    @Test
    void keyboard_shortcuts_move_switch_tabs_act_and_stay_quiet_while_typing() {
        String first = JobsFixture.importJob(app, "Keys A", "Keyco", "Alpha.", Map.of());
        String second = JobsFixture.importJob(app, "Keys B", "Keyco", "Beta.", Map.of());
        browser.go("/jobs/discovered?q=Keyco");

        browser.press("j");
        browser.waitFor(d -> browser.path().contains("/jobs/discovered/"));
        String opened = currentId();
        browser.press(Keys.ARROW_DOWN);
        browser.waitFor(d -> !currentId().equals(opened));
        browser.press("k");
        browser.waitFor(d -> currentId().equals(opened));
        browser.press(Keys.ARROW_UP);
        browser.settle();
        assertThat(currentId()).isEqualTo(opened);

        browser.press("x");
        browser.waitFor(d -> browser.find("[data-selected-count]").getText().equals("1"));
        browser.press(Keys.ESCAPE);
        browser.waitFor(d -> browser.find("#bulkbar").getAttribute("hidden") != null);

        browser.press("1");
        browser.waitFor(d -> browser.path().startsWith("/jobs/ready"));
        browser.press("3");
        browser.waitFor(d -> browser.path().startsWith("/jobs/applied"));
        browser.press("4");
        browser.waitFor(d -> browser.path().startsWith("/jobs/all"));
        browser.press(Keys.ARROW_LEFT);
        browser.waitFor(d -> browser.path().startsWith("/jobs/applied"));
        browser.press(Keys.ARROW_RIGHT);
        browser.waitFor(d -> browser.path().startsWith("/jobs/all"));
        browser.press("2");
        browser.waitFor(d -> browser.path().startsWith("/jobs/discovered"));

        browser.go("/jobs/discovered/" + second + "?q=Keyco");
        browser.press("s");
        browser.waitFor(d -> status(second).equals("skipped"));

        browser.go("/jobs/discovered/" + first + "?q=Keyco");
        browser.press("r");
        browser.waitFor(d -> status(first).equals("ready"));

        browser.go("/jobs/ready/" + first);
        String workspace = browser.driver().getWindowHandle();
        int tabs = browser.driver().getWindowHandles().size();
        browser.press("p");
        browser.waitFor(d -> d.getWindowHandles().size() == tabs + 1);
        browser.driver().switchTo().window(workspace);
        browser.press("o");
        browser.waitFor(d -> d.getWindowHandles().size() == tabs + 2);
        for (String handle : browser.driver().getWindowHandles()) {
            if (!handle.equals(workspace)) {
                browser.driver().switchTo().window(handle).close();
            }
        }
        browser.driver().switchTo().window(workspace);
        Object downloads = browser.js("window.__downloads = 0; document.querySelector('[data-download-pdf]')"
                + ".addEventListener('click', e => { window.__downloads++; e.preventDefault(); }); return 0;");
        assertThat(downloads).isEqualTo(0L);
        browser.press("d");
        assertThat(browser.js("return window.__downloads")).isEqualTo(1L);
        browser.press("a");
        browser.waitFor(d -> status(first).equals("applied"));

        browser.go("/jobs/all");
        browser.press("?");
        assertThat(browser.find("#help").getAttribute("open")).isNotNull();
        browser.screenshot("help-overlay");
        browser.press("j");
        assertThat(browser.path()).isEqualTo("/jobs/all");
        browser.press(Keys.ESCAPE);
        browser.waitFor(d -> browser.find("#help").getAttribute("open") == null);

        browser.press("/");
        browser.waitFor(d -> browser.find("#palette").getAttribute("open") != null);
        browser.press(Keys.ESCAPE);
        browser.waitFor(d -> browser.find("#palette").getAttribute("open") == null);
        new org.openqa.selenium.interactions.Actions(browser.driver()).keyDown(Keys.CONTROL).sendKeys("k")
                .keyUp(Keys.CONTROL).perform();
        browser.waitFor(d -> browser.find("#palette").getAttribute("open") != null);
        browser.type("[data-palette-input]", "@disc");
        browser.find("[data-palette-input]").sendKeys(Keys.TAB);
        assertThat(browser.find("[data-palette-lock]").getText()).isEqualTo("@disc");
        browser.find("[data-palette-input]").sendKeys("Platform");
        browser.screenshot("search-palette");
        browser.press(Keys.ESCAPE);

        browser.go("/jobs/discovered");
        browser.find("input[name=q]").sendKeys("j1");
        assertThat(browser.path()).isEqualTo("/jobs/discovered");
        assertThat(browser.find("input[name=q]").getAttribute("value")).isEqualTo("j1");
    }

    @Test
    void at_375_pixels_and_in_dark_mode_the_workspace_fits_the_screen() {
        String id = JobsFixture.importJob(app, "Narrow screen engineer with a rather long title", "Phoneco", "Small.",
                Map.of("location", "Lisbon"));
        org.openqa.selenium.chrome.ChromeDriver chrome = (org.openqa.selenium.chrome.ChromeDriver) browser.driver();
        try {
            browser.resize(375, 800);
            browser.go("/jobs/discovered?q=Phoneco");
            assertThat(browser.js("return document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                    .as("no horizontal scrolling").isEqualTo(true);
            browser.screenshot("workspace-375");
            browser.go("/jobs/discovered/" + id + "?q=Phoneco");
            assertThat(browser.js("return document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                    .as("no horizontal scrolling").isEqualTo(true);
            assertThat(browser.find("#panel h2").isDisplayed()).isTrue();
            browser.screenshot("panel-375");

            chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                    List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
            browser.resize(1280, 900);
            browser.go("/jobs/discovered/" + id + "?q=Phoneco");
            assertThat(browser.js("return getComputedStyle(document.body).backgroundColor")).isEqualTo("rgb(22, 24, 27)");
            browser.screenshot("workspace-dark");
        } finally {
            chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
            browser.resize(1280, 900);
        }
    }

    private static String currentId() {
        Object id = browser.js("const row = document.querySelector('#workspace .row.current'); return row ? row.dataset.id : ''");
        return String.valueOf(id);
    }
}
