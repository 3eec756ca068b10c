package io.jobwright.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.jobwright.TestApp;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workspace with 10,000 jobs in a real browser: it loads, pages, and keyboard navigation crosses page ends. The
 * first paint of the jobs page is recorded in {@code target/browser-metrics.txt} for docs/benchmark.md (recorded,
 * not asserted: timing on a shared machine is not a test result).
 */
class LargeListIT {

    @TempDir
    static Path dataDir;
    static TestApp app;
    static Browser browser;

    @BeforeAll
    static void start() {
        app = TestApp.sqlite(dataDir).withAdmin();
        JobsFixture.insertMany(app, 10_000);
        browser = Browser.signedIn(app);
    }

    @AfterAll
    static void stop() {
        Browser.closeWith(browser, app);
    }

    @Test
    void ten_thousand_jobs_load_page_and_keyboard_navigation_crosses_pages() throws IOException {
        browser.go("/jobs/discovered");
        assertThat(browser.all("#workspace .row")).hasSize(50);
        assertThat(browser.find(".range").getText()).isEqualTo("1–50 of 8000");
        assertThat(browser.find("[data-tab-link=discovered] .count").getText()).isEqualTo("8000");
        assertThat(browser.find("[data-tab-link=ready] .count").getText()).isEqualTo("2000");
        browser.screenshot("jobs-10000");

        browser.click("[data-page-next]");
        browser.waitFor(d -> browser.find(".range").getText().equals("51–100 of 8000"));
        assertThat(browser.path()).isEqualTo("/jobs/discovered?page=2");

        browser.go("/jobs/discovered");
        browser.click("#workspace .row:last-child .row-link");
        browser.press("j");
        browser.waitFor(d -> browser.find(".range").getText().equals("51–100 of 8000"));
        browser.go("/jobs/discovered?page=2");
        browser.click("#workspace .row:first-child .row-link");
        browser.press("k");
        browser.waitFor(d -> browser.find(".range").getText().equals("1–50 of 8000"));

        List<Double> paints = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            browser.go("/jobs/all?page=" + (1 + i * 37));
            Object paint = browser.waitFor(d -> browser.js(
                    "const p = performance.getEntriesByName('first-contentful-paint')[0]; return p ? p.startTime : null"));
            paints.add(((Number) paint).doubleValue());
        }
        paints.sort(Double::compare);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "browser-metrics.txt"), "jobs page with 10,000 jobs, headless Chromium "
                + "first-contentful-paint ms over 5 loads: " + paints + " median " + paints.get(2) + "\n");
    }
}
