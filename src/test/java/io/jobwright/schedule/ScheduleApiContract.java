package io.jobwright.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jobwright.MutableClock;
import io.jobwright.TestApp;
import io.jobwright.TestApp.Response;
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
 * Schedules and the webhook over HTTP against the real app, whose clock the test moves: db-scheduler sees the time
 * pass and fires. Subclasses say which database it runs on.
 */
abstract class ScheduleApiContract {

    static final Instant MONDAY_0858 = Instant.parse("2026-03-02T08:58:00Z");
    static final Duration WAIT = Duration.ofSeconds(30);
    static final String SECRET = "cron-secret-7f3a9c";

    @TempDir
    Path dataDir;
    TestApp app;
    final MutableClock clock = new MutableClock(MONDAY_0858);
    final RecordingRuns runs = new RecordingRuns();

    abstract TestApp unstarted(Path dataDir);

    @BeforeEach
    void startApp() {
        app = unstarted(dataDir).withClock(clock).withRuns(runs)
                .withEnv("JOBWRIGHT_SCHEDULER_POLL_MS", "100").start().withAdmin();
    }

    @AfterEach
    void stopApp() {
        if (app != null) {
            app.close();
        }
    }

    Response create(Map<String, Object> body) {
        return app.call("POST", "/api/schedules", body);
    }

    String createDaily(String name, String time, Map<String, Object> settings) {
        Response created = create(Map.of("name", name, "daily", time, "timezone", "UTC", "runSettings", settings));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.data().path("id").asText();
    }

    JsonNode schedule(String id) {
        Response r = app.call("GET", "/api/schedules/" + id, null);
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        return r.data();
    }

    JsonNode awaitLastRun(String id) {
        return Await.until(WAIT, () -> schedule(id), s -> !s.path("lastRun").isNull()).path("lastRun");
    }

    @Test
    void a_daily_schedule_starts_a_run_with_its_settings_at_its_time_and_plans_the_next_day() throws Exception {
        String id = createDaily("Morning run", "09:00", Map.of("topN", 5, "searchTerms", java.util.List.of("java")));
        JsonNode created = schedule(id);
        assertThat(created.path("kind").asText()).isEqualTo("daily");
        assertThat(created.path("daily").asText()).isEqualTo("09:00");
        assertThat(created.path("nextRunAt").asText()).isEqualTo("2026-03-02T09:00:00Z");
        assertThat(created.path("lastRun").isNull()).isTrue();

        clock.set(Instant.parse("2026-03-02T09:00:20Z"));

        JsonNode settings = runs.nextStart(WAIT);
        assertThat(settings).as("the schedule fired").isNotNull();
        assertThat(settings.path("topN").asInt()).isEqualTo(5);
        assertThat(settings.path("searchTerms").get(0).asText()).isEqualTo("java");
        JsonNode last = awaitLastRun(id);
        assertThat(last.path("outcome").asText()).isEqualTo("started");
        assertThat(last.path("runId").asText()).isEqualTo("run-1");
        assertThat(last.path("at").asText()).isEqualTo("2026-03-02T09:00:20Z");
        JsonNode after = Await.until(WAIT, () -> schedule(id),
                s -> s.path("nextRunAt").asText().equals("2026-03-03T09:00:00Z"));
        assertThat(after.path("enabled").asBoolean()).isTrue();
        assertThat(runs.pending()).as("it fired once").isZero();
        assertThat(runs.triggers()).containsExactly(RunStarter.Trigger.SCHEDULE);
    }

    @Test
    void a_cron_schedule_follows_local_time_in_its_zone() {
        Response created = create(Map.of("name", "Weekdays in Berlin", "cron", "30 7 * * 1-5",
                "timezone", "Europe/Berlin"));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        assertThat(created.data().path("cron").asText()).isEqualTo("30 7 * * 1-5");
        assertThat(created.data().path("daily").isNull()).isTrue();
        // 07:30 in Berlin in March (UTC+1) is 06:30 UTC; Monday's has passed at 08:58 UTC, so Tuesday's is next.
        assertThat(created.data().path("nextRunAt").asText()).isEqualTo("2026-03-03T06:30:00Z");
        assertThat(created.data().path("runSettings").isObject()).isTrue();
    }

    @Test
    void a_firing_while_a_run_is_going_skips_its_turn_and_keeps_the_schedule() {
        String id = createDaily("Busy", "09:00", Map.of());
        runs.busyWith("run-manual");

        clock.set(Instant.parse("2026-03-02T09:01:00Z"));

        JsonNode last = awaitLastRun(id);
        assertThat(last.path("outcome").asText()).isEqualTo("skipped");
        assertThat(last.path("runId").asText()).isEqualTo("run-manual");
        assertThat(last.path("message").asText()).contains("already in progress");
        assertThat(runs.pending()).isZero();
        Await.until(WAIT, () -> schedule(id), s -> s.path("nextRunAt").asText().equals("2026-03-03T09:00:00Z"));
    }

    @Test
    void a_run_that_cannot_start_is_recorded_as_failed_and_the_schedule_goes_on() {
        String id = createDaily("Unlucky", "09:00", Map.of());
        runs.failWith(new io.jobwright.error.Unavailable("Pipeline runs are not available in this build"));

        clock.set(Instant.parse("2026-03-02T09:00:05Z"));

        JsonNode last = awaitLastRun(id);
        assertThat(last.path("outcome").asText()).isEqualTo("failed");
        assertThat(last.path("message").asText()).isEqualTo("Pipeline runs are not available in this build");
        assertThat(last.path("runId").isNull()).isTrue();
        Await.until(WAIT, () -> schedule(id), s -> s.path("nextRunAt").asText().equals("2026-03-03T09:00:00Z"));
    }

    @Test
    void a_schedule_planned_before_a_restart_fires_after_it() throws Exception {
        String id = createDaily("Survivor", "09:00", Map.of("topN", 2));
        app.stop();
        clock.set(Instant.parse("2026-03-02T09:30:00Z"));
        app.start();

        JsonNode settings = runs.nextStart(WAIT);
        assertThat(settings).as("the missed firing happens once the app is up").isNotNull();
        assertThat(settings.path("topN").asInt()).isEqualTo(2);
        assertThat(awaitLastRun(id).path("outcome").asText()).isEqualTo("started");
    }

    @Test
    void patching_moves_the_next_firing_and_disabling_clears_it() {
        String id = createDaily("Movable", "09:00", Map.of());

        Response moved = app.call("PATCH", "/api/schedules/" + id, Map.of("daily", "18:15", "timezone", "Europe/Berlin"));
        assertThat(moved.status()).as(moved.text()).isEqualTo(200);
        assertThat(moved.data().path("nextRunAt").asText()).isEqualTo("2026-03-02T17:15:00Z");
        assertThat(moved.data().path("timezone").asText()).isEqualTo("Europe/Berlin");

        Response disabled = app.call("PATCH", "/api/schedules/" + id, Map.of("enabled", false));
        assertThat(disabled.data().path("enabled").asBoolean()).isFalse();
        assertThat(disabled.data().path("nextRunAt").isNull()).isTrue();

        Response renamed = app.call("PATCH", "/api/schedules/" + id, Map.of("name", "Evening", "enabled", true));
        assertThat(renamed.data().path("name").asText()).isEqualTo("Evening");
        assertThat(renamed.data().path("nextRunAt").asText()).isEqualTo("2026-03-02T17:15:00Z");

        Response cron = app.call("PATCH", "/api/schedules/" + id, Map.of("cron", "0 12 * * 6"));
        assertThat(cron.data().path("kind").asText()).isEqualTo("cron");
        assertThat(cron.data().path("nextRunAt").asText()).isEqualTo("2026-03-07T11:00:00Z");

        assertThat(app.call("DELETE", "/api/schedules/" + id, null).status()).isEqualTo(200);
        assertThat(app.call("GET", "/api/schedules/" + id, null).status()).isEqualTo(404);
        assertThat(app.call("DELETE", "/api/schedules/" + id, null).status()).isEqualTo(404);
    }

    @Test
    void bad_schedules_are_refused_with_the_problem_named_and_nothing_is_saved() {
        assertRefused(Map.of("name", "x", "cron", "61 * * * *"), "cron", "61");
        assertRefused(Map.of("name", "x", "cron", "0 9 * *"), "cron", "4 parts");
        assertRefused(Map.of("name", "x", "cron", "* * * * *"), "cron", "more often than every 10 minutes");
        assertRefused(Map.of("name", "x", "cron", "0 0 31 2 *"), "cron", "never fires");
        assertRefused(Map.of("name", "x", "daily", "25:00"), "daily", "HH:MM");
        assertRefused(Map.of("name", "x", "daily", 900), "daily", "string");
        assertRefused(Map.of("name", "x", "daily", "09:00", "cron", "0 9 * * *"), "cron", "not both");
        assertRefused(Map.of("name", "x"), "daily", "either daily");
        assertRefused(Map.of("daily", "09:00"), "name", "required");
        assertRefused(Map.of("name", "x", "daily", "09:00", "timezone", "Mars/Olympus"), "timezone", "Mars/Olympus");
        assertRefused(Map.of("name", "x", "daily", "09:00", "runSettings", "fast"), "runSettings", "JSON object");
        assertRefused(Map.of("name", "x", "daily", "09:00", "runSettings", Map.of("topN", "many")),
                "runSettings.topN", "whole number");
        assertRefused(Map.of("name", "x", "daily", "09:00", "when", "now"), "when", "Unknown field");
        Response malformed = app.send("POST", "/api/schedules", "{\"name\": ".getBytes(StandardCharsets.UTF_8),
                Map.of("Content-Type", "application/json"), app.token());
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().path("error").path("message").asText()).contains("Malformed JSON");

        assertThat(app.call("GET", "/api/schedules", null).data()).isEmpty();

        createDaily("Taken", "09:00", Map.of());
        Response duplicate = create(Map.of("name", "Taken", "daily", "10:00"));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(app.call("GET", "/api/schedules", null).data()).hasSize(1);
    }

    @Test
    void a_bad_patch_changes_nothing() {
        String id = createDaily("Steady", "09:00", Map.of("topN", 3));
        Response bad = app.call("PATCH", "/api/schedules/" + id, Map.of("name", "Renamed", "cron", "bogus"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().path("error").path("message").asText()).startsWith("cron:");
        JsonNode unchanged = schedule(id);
        assertThat(unchanged.path("name").asText()).isEqualTo("Steady");
        assertThat(unchanged.path("daily").asText()).isEqualTo("09:00");
    }

    @Test
    void schedules_need_a_login() {
        assertThat(app.call("GET", "/api/schedules", null, null).status()).isEqualTo(401);
        assertThat(app.call("POST", "/api/schedules", Map.of("name", "x", "daily", "09:00"), null).status())
                .isEqualTo(401);
    }

    @Test
    void the_webhook_is_off_until_a_secret_is_set() {
        Response off = trigger(SECRET, null);
        assertThat(off.status()).isEqualTo(401);
        assertThat(off.json().path("error").path("message").asText()).contains("webhookSecret setting")
                .contains("JOBWRIGHT_WEBHOOK_SECRET").doesNotContain("REDACTED");
        assertThat(runs.pending()).isZero();
    }

    @Test
    void the_webhook_starts_a_run_only_with_the_right_secret() throws Exception {
        Response set = app.call("PATCH", "/api/settings", Map.of("webhookSecret", SECRET));
        assertThat(set.status()).as(set.text()).isEqualTo(200);

        assertThat(trigger(null, null).status()).isEqualTo(401);
        Response wrong = trigger("wrong-secret", null);
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.json().path("error").path("message").asText())
                .isEqualTo("Missing or wrong webhook secret; send it as a bearer token in the Authorization header");
        assertThat(trigger(SECRET + "x", null).status()).isEqualTo(401);
        assertThat(trigger(app.token(), null).status()).as("a user's token is not the webhook secret").isEqualTo(401);
        Response basic = app.send("POST", "/api/webhook/trigger", null, Map.of("Authorization", "Basic " + SECRET), null);
        assertThat(basic.status()).isEqualTo(401);
        assertThat(runs.pending()).as("refused calls start nothing").isZero();

        Response started = trigger(SECRET, null);
        assertThat(started.status()).as(started.text()).isEqualTo(202);
        assertThat(started.data().path("runId").asText()).isEqualTo("run-1");
        assertThat(started.data().path("triggeredAt").asText()).isEqualTo(MONDAY_0858.toString());
        assertThat(runs.nextStart(Duration.ZERO)).as("defaults: empty settings").isEmpty();
        assertThat(runs.triggers()).containsExactly(RunStarter.Trigger.WEBHOOK);

        String id = createDaily("For cron", "23:00", Map.of("topN", 7));
        Response withSchedule = trigger(SECRET, Map.of("scheduleId", id));
        assertThat(withSchedule.status()).isEqualTo(202);
        assertThat(runs.nextStart(Duration.ZERO).path("topN").asInt()).isEqualTo(7);

        Response withSettings = trigger(SECRET, Map.of("runSettings", Map.of("topN", 1)));
        assertThat(withSettings.status()).isEqualTo(202);
        assertThat(runs.nextStart(Duration.ZERO).path("topN").asInt()).isEqualTo(1);

        assertThat(trigger(SECRET, Map.of("scheduleId", "nope")).status()).isEqualTo(404);
        assertThat(trigger(SECRET, Map.of("runSettings", "fast")).status()).isEqualTo(400);
        assertThat(trigger(SECRET, Map.of("runSettings", Map.of("topN", "x"))).status()).isEqualTo(400);

        runs.busyWith("run-9");
        Response busy = trigger(SECRET, null);
        assertThat(busy.status()).isEqualTo(409);
        assertThat(busy.json().path("error").path("details").path("runningRunId").asText()).isEqualTo("run-9");
        assertThat(runs.pending()).isZero();
    }

    @Test
    void the_webhook_secret_can_come_from_the_environment() throws Exception {
        app.stop();
        app.withEnv("JOBWRIGHT_WEBHOOK_SECRET", SECRET).start();
        assertThat(trigger("nope", null).status()).isEqualTo(401);
        assertThat(trigger(SECRET, null).status()).isEqualTo(202);
        assertThat(runs.nextStart(Duration.ZERO)).isNotNull();
    }

    Response trigger(String bearer, Object body) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        byte[] bytes = body == null ? null : io.jobwright.web.Json.write(body).getBytes(StandardCharsets.UTF_8);
        return app.send("POST", "/api/webhook/trigger", bytes, headers, bearer);
    }

    void assertRefused(Map<String, Object> body, String field, String says) {
        Response r = create(body);
        assertThat(r.status()).as(r.text()).isEqualTo(400);
        assertThat(r.code()).isEqualTo("INVALID_REQUEST");
        String message = r.json().path("error").path("message").asText();
        assertThat(message).as(message).contains(field).contains(says);
    }
}
