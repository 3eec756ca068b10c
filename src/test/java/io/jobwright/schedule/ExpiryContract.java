package io.jobwright.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jobwright.MutableClock;
import io.jobwright.TestApp;
import io.jobwright.TestApp.Response;
import io.jobwright.source.fake.FakeBoard;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The nightly expiry sweep over HTTP against the real app: deadlines and job boards on loopback that answer 404 or
 * "inactive" for closed postings. The test moves the app's clock past the sweep's time. Subclasses say which
 * database it runs on.
 */
abstract class ExpiryContract {

    static final Instant MARCH_10_0300 = Instant.parse("2026-03-10T03:00:00Z");
    static final Instant AFTER_SWEEP_TIME = Instant.parse("2026-03-10T03:31:00Z");
    static final Duration WAIT = Duration.ofSeconds(30);
    static final String OPEN_POSTING = "{\"id\": 101, \"title\": \"Backend Engineer\"}";

    @TempDir
    Path dataDir;
    TestApp app;
    final FakeBoard greenhouse = new FakeBoard();
    final FakeBoard smartRecruiters = new FakeBoard();
    final FakeBoard boards = new FakeBoard();
    final MutableClock clock = new MutableClock(MARCH_10_0300);

    abstract TestApp unstarted(Path dataDir);

    @BeforeEach
    void startApp() {
        app = unstarted(dataDir).withClock(clock).withEnv("JOBWRIGHT_SCHEDULER_POLL_MS", "100")
                .withEnv("JOBWRIGHT_ALLOW_PRIVATE_FETCH", "true").start().withAdmin();
    }

    @AfterEach
    void stopApp() {
        if (app != null) {
            app.close();
        }
        greenhouse.close();
        smartRecruiters.close();
        boards.close();
    }

    String importJob(String title, String source, String sourceJobId, String deadline) {
        return importJob(title, source, sourceJobId, deadline, "https://jobs.example.com/" + title.toLowerCase().replace(' ', '-'));
    }

    String importJob(String title, String source, String sourceJobId, String deadline, String jobUrl) {
        Map<String, Object> job = new LinkedHashMap<>();
        job.put("title", title);
        job.put("employer", "Acme");
        job.put("jobDescription", "Build Java services.");
        job.put("jobUrl", jobUrl);
        if (source != null) {
            job.put("source", source);
            job.put("sourceJobId", sourceJobId);
        }
        if (deadline != null) {
            job.put("deadline", deadline);
        }
        Response r = app.call("POST", "/api/manual-jobs/import", Map.of("job", job, "skipTailoring", true));
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        return r.data().path("job").path("id").asText();
    }

    /** Adds a source; returns its source key, the {@code source} of the jobs it finds. */
    String addSource(String type, String name, Map<String, Object> params) {
        Response r = app.call("POST", "/api/sources", Map.of("type", type, "name", name, "params", params));
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        return r.data().path("sourceKey").asText();
    }

    String status(String jobId) {
        return app.call("GET", "/api/jobs/" + jobId, null).data().path("status").asText();
    }

    JsonNode sweepAfterItsTime() {
        clock.set(AFTER_SWEEP_TIME);
        return Await.until(WAIT, () -> app.call("GET", "/api/expiry", null).data(),
                d -> d.path("recentSweeps").size() > 0).path("recentSweeps").get(0);
    }

    @Test
    void jobs_whose_deadline_passed_expire_in_the_nightly_sweep_and_others_stay() {
        String passed = importJob("Passed", null, null, "2026-03-09");
        String passedAsDateTime = importJob("Passed too", null, null, "2026-03-01T23:59:00Z");
        String today = importJob("Due today", null, null, "2026-03-10");
        String noDeadline = importJob("Open ended", null, null, null);
        String vague = importJob("Vague", null, null, "end of March");
        String applied = importJob("Applied long ago", null, null, "2026-02-01");
        assertThat(app.call("POST", "/api/jobs/" + applied + "/apply", null).status()).isEqualTo(200);
        String inProgress = importJob("Interviewing", null, null, "2026-02-01");
        app.call("POST", "/api/jobs/" + inProgress + "/apply", null);
        assertThat(app.call("PATCH", "/api/jobs/" + inProgress, Map.of("status", "in_progress")).status()).isEqualTo(200);
        String ready = importJob("Ready to send", null, null, "2026-03-05");
        Response upload = app.send("POST", "/api/jobs/" + ready + "/pdf", "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.UTF_8),
                Map.of("Content-Type", "application/pdf"), app.token());
        assertThat(upload.data().path("status").asText()).as(upload.text()).isEqualTo("ready");

        JsonNode plan = app.call("GET", "/api/expiry", null).data();
        assertThat(plan.path("enabled").asBoolean()).isTrue();
        assertThat(plan.path("dailyAt").asText()).isEqualTo("03:30");
        assertThat(plan.path("nextSweepAt").asText()).isEqualTo("2026-03-10T03:30:00Z");
        assertThat(status(passed)).as("nothing expires before the sweep").isEqualTo("discovered");

        JsonNode sweep = sweepAfterItsTime();

        assertThat(sweep.path("expiredByDeadline").asInt()).isEqualTo(3);
        assertThat(sweep.path("openJobs").asInt()).isEqualTo(6);
        assertThat(status(passed)).isEqualTo("expired");
        assertThat(status(passedAsDateTime)).isEqualTo("expired");
        assertThat(status(ready)).isEqualTo("expired");
        assertThat(status(today)).isEqualTo("discovered");
        assertThat(status(noDeadline)).isEqualTo("discovered");
        assertThat(status(vague)).isEqualTo("discovered");
        assertThat(status(applied)).isEqualTo("applied");
        assertThat(status(inProgress)).isEqualTo("in_progress");
        JsonNode history = app.call("GET", "/api/jobs/" + passed + "/history", null).data().path("history");
        JsonNode last = history.get(history.size() - 1);
        assertThat(last.path("fromStatus").asText()).isEqualTo("discovered");
        assertThat(last.path("toStatus").asText()).isEqualTo("expired");
        assertThat(last.path("reason").asText()).contains("deadline 2026-03-09 passed");
        assertThat(last.path("at").asText()).isEqualTo(AFTER_SWEEP_TIME.toString());
        Await.until(WAIT, () -> app.call("GET", "/api/expiry", null).data(),
                d -> d.path("nextSweepAt").asText().equals("2026-03-11T03:30:00Z"));
    }

    @Test
    void postings_their_board_reports_gone_expire_and_a_failing_board_expires_nothing() {
        greenhouse.json("/v1/boards/acme/jobs/101", OPEN_POSTING)
                .status("/v1/boards/acme/jobs/102", 404, "application/json", "{\"status\": 404, \"error\": \"Job not found\"}")
                .status("/v1/boards/acme/jobs/103", 500, "text/html", "<h1>Internal Server Error</h1>")
                .status("/v1/boards/acme/jobs/104", 404, "application/json", "{}")
                .status("/v1/boards/acme/jobs/105", 410, "application/json", "{}");
        smartRecruiters.json("/v1/companies/globex/postings/s-1", "{\"id\": \"s-1\", \"active\": false}")
                .json("/v1/companies/globex/postings/s-2", "{\"id\": \"s-2\", \"active\": true}");
        addSource("greenhouse", "Acme board", Map.of("board", "acme", "baseUrl", greenhouse.url()));
        addSource("smartrecruiters", "Globex", Map.of("company", "globex", "baseUrl", smartRecruiters.url()));
        String open = importJob("Still open", "greenhouse:acme", "101", null);
        String gone = importJob("Closed", "greenhouse:acme", "102", null);
        String flaky = importJob("Flaky", "greenhouse:acme", "103", null);
        String appliedGone = importJob("Applied and closed", "greenhouse:acme", "104", null);
        app.call("POST", "/api/jobs/" + appliedGone + "/apply", null);
        String removed = importJob("Removed", "greenhouse:acme", "105", null);
        String inactive = importJob("Inactive", "smartrecruiters:globex", "s-1", null);
        String active = importJob("Active", "smartrecruiters:globex", "s-2", null);
        String unconfigured = importJob("Other board", "greenhouse:initech", "9", null);
        String manual = importJob("Manual", null, null, null);

        JsonNode sweep = sweepAfterItsTime();

        assertThat(status(gone)).isEqualTo("expired");
        assertThat(status(removed)).isEqualTo("expired");
        assertThat(status(inactive)).isEqualTo("expired");
        assertThat(status(open)).isEqualTo("discovered");
        assertThat(status(active)).isEqualTo("discovered");
        assertThat(status(flaky)).as("a 500 is not 'gone'").isEqualTo("discovered");
        assertThat(status(appliedGone)).isEqualTo("applied");
        assertThat(status(unconfigured)).isEqualTo("discovered");
        assertThat(status(manual)).isEqualTo("discovered");
        assertThat(sweep.path("rechecked").asInt()).isEqualTo(6);
        assertThat(sweep.path("expiredGone").asInt()).isEqualTo(3);
        assertThat(sweep.path("unknown").asInt()).isEqualTo(1);
        assertThat(greenhouse.requests()).noneMatch(r -> r.contains("/jobs/104"));
        JsonNode history = app.call("GET", "/api/jobs/" + gone + "/history", null).data().path("history");
        assertThat(history.get(history.size() - 1).path("reason").asText()).contains("posting gone").contains("404");
        JsonNode inactiveHistory = app.call("GET", "/api/jobs/" + inactive + "/history", null).data().path("history");
        assertThat(inactiveHistory.get(inactiveHistory.size() - 1).path("reason").asText()).contains("inactive");
    }

    @Test
    void a_sweep_can_be_run_now_and_the_plan_needs_a_login() {
        greenhouse.status("/v1/boards/acme/jobs/7", 404, "application/json", "{}");
        addSource("greenhouse", "Acme board", Map.of("board", "acme", "baseUrl", greenhouse.url()));
        String gone = importJob("Closed", "greenhouse:acme", "7", null);

        Response planned = app.call("POST", "/api/expiry/run", null);
        assertThat(planned.status()).as(planned.text()).isEqualTo(202);

        Await.until(WAIT, () -> status(gone), "expired"::equals);
        JsonNode plan = Await.until(WAIT, () -> app.call("GET", "/api/expiry", null).data(),
                d -> d.path("nextSweepAt").asText().equals("2026-03-10T03:30:00Z"));
        assertThat(plan.path("recentSweeps").get(0).path("expiredGone").asInt()).isEqualTo(1);
        assertThat(app.call("GET", "/api/expiry", null, null).status()).isEqualTo(401);
        assertThat(app.call("POST", "/api/expiry/run", null, null).status()).isEqualTo(401);
    }

    @Test
    void with_the_sweep_off_nothing_is_planned_and_running_it_is_refused() {
        importJob("Passed", null, null, "2026-03-01");
        app.stop();
        app.withEnv("JOBWRIGHT_RECHECK_AT", "off").start();

        JsonNode plan = app.call("GET", "/api/expiry", null).data();
        assertThat(plan.path("enabled").asBoolean()).isFalse();
        assertThat(plan.path("nextSweepAt").isNull()).isTrue();
        Response run = app.call("POST", "/api/expiry/run", null);
        assertThat(run.status()).isEqualTo(409);
        assertThat(run.json().path("error").path("message").asText()).contains("off");
    }

    static FakeBoard.Answer rssWithOneItem(String title, String guid) {
        return ex -> FakeBoard.send(ex, 200, "application/rss+xml", ("<?xml version=\"1.0\"?><rss><channel><item><title>"
                + title + "</title><guid>" + guid + "</guid><link>https://jobs.example.com/" + guid + "</link></item>"
                + "</channel></rss>").getBytes(StandardCharsets.UTF_8));
    }

    static String ashbyJob(String id, String title, String url) {
        return "{\"id\": \"" + id + "\", \"title\": \"" + title + "\", \"jobUrl\": \"" + url + "\", \"isListed\": true}";
    }

    @Test
    void postings_missing_from_a_complete_board_listing_expire_and_a_failed_or_partial_listing_expires_nothing() {
        boards.json("/posting-api/job-board/acme", "{\"jobs\": [" + ashbyJob("a-1", "Open", "https://jobs.ashbyhq.com/acme/a-1")
                        + ", " + ashbyJob("a-new-id", "Renamed", "https://jobs.example.com/renamed?utm_source=feed") + "]}")
                .status("/globex/api/offers/", 500, "text/html", "<h1>Internal Server Error</h1>")
                .json("/api/job-board-api?page=1", "{\"data\": [{\"slug\": \"still-here\", \"title\": \"Still here\"}],"
                        + " \"links\": {\"next\": \"" + boards.url() + "/api/job-board-api?page=2\"}}")
                .status("/api/job-board-api?page=2", 500, "text/html", "<h1>Internal Server Error</h1>")
                .on("/xml", ex -> FakeBoard.send(ex, 200, "application/xml",
                        "<?xml version=\"1.0\"?><workzag-jobs></workzag-jobs>".getBytes(StandardCharsets.UTF_8)))
                .json("/wday/cxs/initech/External/jobs", "{\"total\": 3, \"jobPostings\": ["
                        + "{\"title\": \"Kept\", \"externalPath\": \"/job/Berlin/Kept_R1\"}]}")
                .on("/feed.xml", rssWithOneItem("Only this", "f-1"));
        String ashby = addSource("ashby", "Acme", Map.of("board", "acme", "baseUrl", boards.url()));
        String recruitee = addSource("recruitee", "Globex", Map.of("company", "globex", "baseUrl", boards.url() + "/globex"));
        String arbeitnow = addSource("arbeitnow", "Arbeitnow", Map.of("baseUrl", boards.url()));
        String personio = addSource("personio", "Hooli", Map.of("company", "hooli", "baseUrl", boards.url()));
        String workday = addSource("workday", "Initech", Map.of("url", "https://initech.wd1.myworkdayjobs.com/en-US/External",
                "baseUrl", boards.url()));
        String feed = addSource("rss", "Feed", Map.of("url", boards.url() + "/feed.xml"));
        String open = importJob("Open", ashby, "a-1", null);
        String gone = importJob("Closed", ashby, "a-3", null);
        String sameUrl = importJob("Renamed", ashby, "a-old-id", null, "https://JOBS.example.com/renamed");
        String appliedGone = importJob("Applied and closed", ashby, "a-4", null);
        assertThat(app.call("POST", "/api/jobs/" + appliedGone + "/apply", null).status()).isEqualTo(200);
        String listingFailed = importJob("Recruitee job", recruitee, "9", null);
        String pageFailed = importJob("On page two", arbeitnow, "page-two", null);
        String emptyListing = importJob("Personio job", personio, "77", null);
        String partialListing = importJob("Workday job", workday, "/job/Berlin/Other_R2", null);
        String feedNotComplete = importJob("Feed job", feed, "f-2", null);

        JsonNode sweep = sweepAfterItsTime();

        assertThat(status(gone)).isEqualTo("expired");
        assertThat(status(open)).isEqualTo("discovered");
        assertThat(status(sameUrl)).as("found by its canonical URL").isEqualTo("discovered");
        assertThat(status(appliedGone)).isEqualTo("applied");
        assertThat(status(listingFailed)).as("a listing that failed").isEqualTo("discovered");
        assertThat(status(pageFailed)).as("a listing whose second page failed").isEqualTo("discovered");
        assertThat(status(emptyListing)).as("an empty listing").isEqualTo("discovered");
        assertThat(status(partialListing)).as("fewer postings than the board's total").isEqualTo("discovered");
        assertThat(status(feedNotComplete)).as("a feed not marked complete").isEqualTo("discovered");
        assertThat(sweep.path("rechecked").asInt()).isEqualTo(8);
        assertThat(sweep.path("expiredGone").asInt()).isEqualTo(1);
        assertThat(sweep.path("unknown").asInt()).isEqualTo(5);
        assertThat(boards.requests()).as("one listing request for three Ashby jobs")
                .filteredOn(r -> r.contains("/posting-api/job-board/acme")).hasSize(1);
        JsonNode history = app.call("GET", "/api/jobs/" + gone + "/history", null).data().path("history");
        assertThat(history.get(history.size() - 1).path("reason").asText())
                .contains("posting gone", "no longer in the complete listing of " + ashby, "2 open postings");
    }

    @Test
    void a_listing_missing_every_known_posting_is_not_trusted_and_a_feed_marked_complete_expires_what_left_it() {
        boards.json("/posting-api/job-board/acme", "{\"jobs\": [" + ashbyJob("x-1", "New one", "https://jobs.ashbyhq.com/acme/x-1")
                        + ", " + ashbyJob("x-2", "Another", "https://jobs.ashbyhq.com/acme/x-2") + "]}")
                .on("/feed.xml", rssWithOneItem("Still listed", "f-1"));
        String ashby = addSource("ashby", "Acme", Map.of("board", "acme", "baseUrl", boards.url()));
        String feed = addSource("rss", "Feed", Map.of("url", boards.url() + "/feed.xml", "complete", "true"));
        String first = importJob("First", ashby, "a-1", null);
        String second = importJob("Second", ashby, "a-2", null);
        String third = importJob("Third", ashby, "a-3", null);
        String listed = importJob("Still listed", feed, "f-1", null);
        String left = importJob("Left the feed", feed, "f-2", null);

        JsonNode sweep = sweepAfterItsTime();

        assertThat(java.util.List.of(status(first), status(second), status(third))).containsOnly("discovered");
        assertThat(status(listed)).isEqualTo("discovered");
        assertThat(status(left)).isEqualTo("expired");
        assertThat(sweep.path("unknown").asInt()).isEqualTo(3);
        assertThat(sweep.path("expiredGone").asInt()).isEqualTo(1);
        Response badFlag = app.call("POST", "/api/sources", Map.of("type", "rss", "name", "Bad",
                "params", Map.of("url", boards.url() + "/feed.xml", "complete", "yes")));
        assertThat(badFlag.status()).isEqualTo(400);
        assertThat(badFlag.json().path("error").path("message").asText()).contains("params.complete");
    }
}
