package io.jobwright.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.jobwright.TestApp;
import io.jobwright.source.fake.FakeBoard;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Runs in a real browser: a search over two loopback job boards watched live to the end, and schedules edited. */
class RunsPagesIT {

    /** Two postings in Greenhouse's shape: one the test resume fits, one it does not. */
    private static final String ACME = """
            {"jobs": [
              {"id": 101, "title": "Backend Engineer", "company_name": "Acme Logistics",
               "absolute_url": "https://boards.greenhouse.io/acme/jobs/101", "location": {"name": "Leeds, United Kingdom"},
               "content": "&lt;p&gt;Build REST services in Java on PostgreSQL and Kafka, shipped with Docker on Linux.&lt;/p&gt;"},
              {"id": 102, "title": "Office Manager", "company_name": "Acme Logistics",
               "absolute_url": "https://boards.greenhouse.io/acme/jobs/102", "location": {"name": "Leeds, United Kingdom"},
               "content": "&lt;p&gt;Run the office and the front desk.&lt;/p&gt;"}
            ]}
            """;
    private static final String SLOWCO = """
            {"jobs": [
              {"id": 201, "title": "Platform Engineer", "company_name": "Slowco",
               "absolute_url": "https://boards.greenhouse.io/slowco/jobs/201", "location": {"name": "Manchester, United Kingdom"},
               "content": "&lt;p&gt;Run Java and PostgreSQL platforms with Docker.&lt;/p&gt;"}
            ]}
            """;

    @TempDir
    static Path dataDir;
    static TestApp app;
    static Browser browser;
    static FakeBoard board;
    static final CountDownLatch slowBoard = new CountDownLatch(1);

    @BeforeAll
    static void start() {
        board = new FakeBoard().json("/v1/boards/acme/jobs", ACME).on("/v1/boards/slowco/jobs", exchange -> {
            try {
                slowBoard.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            FakeBoard.send(exchange, 200, "application/json", SLOWCO.getBytes(StandardCharsets.UTF_8));
        });
        app = TestApp.sqlite(dataDir, Map.of("JOBWRIGHT_ALLOW_PRIVATE_FETCH", "true")).withAdmin().withResume();
        for (String name : List.of("acme", "slowco")) {
            TestApp.Response created = app.call("POST", "/api/sources", Map.of("type", "greenhouse", "name",
                    name.equals("acme") ? "Acme" : "Slowco", "params", Map.of("board", name, "baseUrl", board.url())));
            assertThat(created.status()).as(created.text()).isEqualTo(201);
        }
        browser = Browser.signedIn(app);
    }

    @AfterAll
    static void stop() {
        slowBoard.countDown();
        Browser.closeWith(browser, app);
        board.close();
    }

    @Test
    void a_run_started_from_the_dialog_shows_live_progress_per_source_until_it_is_done() {
        browser.go("/runs");
        browser.click("[data-open-run-dialog]");
        assertThat(browser.find("#run-dialog").getAttribute("open")).isNotNull();
        browser.click("#run-dialog input[name=preset][value=fast]");
        assertThat(browser.find("#run-dialog #f-topN").getAttribute("value")).isEqualTo("5");
        assertThat(browser.find("#run-dialog #f-minSuitabilityScore").getAttribute("value")).isEqualTo("75");
        browser.type("#run-dialog #f-searchTerms", "Engineer");
        browser.find("#run-dialog [data-source-choice] input[type=checkbox]");
        browser.all("#run-dialog [data-source-choice] input[type=checkbox]").forEach(box -> box.click());
        browser.screenshot("runs-dialog");
        browser.click("#run-dialog button[type=submit].primary");

        browser.waitFor(d -> browser.path().matches("/runs/[0-9a-f-]{36}"));
        browser.js("window.stillTheSamePage = true");
        // Acme answers at once while Slowco holds its answer: the page shows one source done, one fetching.
        browser.waitFor(d -> "done".equals(browser.find("[data-source-name=Acme]").getAttribute("data-state")));
        assertThat(browser.find("[data-source-name=Slowco]").getAttribute("data-state")).isEqualTo("waiting");
        assertThat(browser.find("[data-bar=crawling] [data-bar-text]").getText()).isEqualTo("1 of 2");
        assertThat(browser.find("[data-cancel-run]").isEnabled()).isTrue();
        browser.screenshot("runs-live");

        slowBoard.countDown();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(120))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> "completed".equals(browser.find("#run").getAttribute("data-status")));

        assertThat(browser.js("return window.stillTheSamePage === true")).isEqualTo(true);
        assertThat(browser.find("[data-source-name=Acme] [data-source-detail]").getText()).startsWith("2 postings");
        assertThat(browser.find("[data-source-name=Slowco] [data-source-detail]").getText()).startsWith("1 posting");
        assertThat(browser.all("[data-bar]")).allSatisfy(bar -> assertThat(bar.getAttribute("data-state")).isEqualTo("done"));
        assertThat(Integer.parseInt(browser.find("[data-summary=imported]").getText())).isEqualTo(2);
        assertThat(browser.all("[data-cancel-run]")).isEmpty();
        browser.screenshot("runs-done");
        browser.resize(375, 800);
        try {
            assertThat(browser.js("return document.documentElement.scrollWidth > window.innerWidth")).isEqualTo(false);
            browser.screenshot("runs-done-375");
        } finally {
            browser.resize(1280, 900);
        }

        browser.go("/runs");
        assertThat(browser.find(".run-history tbody tr").getText()).contains("Done").contains("api");
    }

    @Test
    void a_refused_run_setting_shows_beside_its_field_with_what_was_typed() {
        browser.go("/runs/new");
        browser.type("#f-topN", "99").type("#f-searchTerms", "Rust developer").click(".run-form button[type=submit].primary");

        assertThat(browser.find("#e-topN").getText()).contains("1 to 50");
        assertThat(browser.find("#f-topN").getAttribute("value")).isEqualTo("99");
        assertThat(browser.find("#f-searchTerms").getAttribute("value")).isEqualTo("Rust developer");
        assertThat(browser.find("input[name=preset][value=custom]").isSelected()).isTrue();
    }

    @Test
    void a_schedule_is_refused_beside_its_cron_then_created_edited_and_deleted() {
        browser.go("/runs/schedules/new");
        browser.type("#f-name", "Mornings").click("input[name=kind][value=cron]").type("#f-cron", "* * * * *")
                .click(".run-form button[type=submit].primary");

        assertThat(browser.find("#e-cron").getText()).contains("10 minutes");
        assertThat(browser.find("#f-cron").getAttribute("value")).isEqualTo("* * * * *");
        assertThat(browser.find("#f-name").getAttribute("value")).isEqualTo("Mornings");
        browser.screenshot("runs-schedule-error");

        browser.type("#f-cron", "0 7 * * 1-5").click(".run-form button[type=submit].primary");
        browser.awaitPath("/runs");
        assertThat(browser.find("[data-schedule=Mornings]").getText()).contains("Cron 0 7 * * 1-5");
        assertThat(app.call("GET", "/api/schedules", null).data().get(0).path("cron").asText()).isEqualTo("0 7 * * 1-5");

        browser.click("[data-schedule=Mornings] a");
        browser.click("input[name=kind][value=daily]").type("#f-daily", "08:15").click(".run-form button[type=submit].primary");
        assertThat(browser.find("[data-schedule=Mornings]").getText()).contains("Every day at 08:15");

        browser.click("[data-schedule=Mornings] button");
        // The click reloads the page; the schedule is gone once the new page has replaced the old one.
        browser.waitFor(d -> browser.all("[data-schedule=Mornings]").isEmpty());
        assertThat(app.call("GET", "/api/schedules", null).data()).isEmpty();
    }
}
