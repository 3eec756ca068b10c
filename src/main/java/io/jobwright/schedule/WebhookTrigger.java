package io.jobwright.schedule;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.jobwright.error.Conflict;
import io.jobwright.error.Unauthorized;
import io.jobwright.settings.Setting;
import io.jobwright.settings.SettingsService;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts a run for an external cron: the caller proves itself with the webhook secret as a bearer token (the
 * {@code webhookSecret} setting, else {@code JOBWRIGHT_WEBHOOK_SECRET}); without a secret configured the webhook is
 * off. Thread-safe.
 */
public final class WebhookTrigger {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookTrigger.class);

    private final SettingsService settings;
    private final String configSecret;
    private final ScheduleService schedules;
    private final RunStarter runs;
    private final Clock clock;

    public WebhookTrigger(SettingsService settings, String configSecret, ScheduleService schedules, RunStarter runs,
                          Clock clock) {
        this.settings = settings;
        this.configSecret = configSecret;
        this.schedules = schedules;
        this.runs = runs;
        this.clock = clock;
    }

    /** A started run. */
    public record Triggered(String runId, Instant triggeredAt, String scheduleId) {
    }

    /**
     * Checks the caller's {@code Authorization} header against the secret.
     *
     * @throws Unauthorized when no secret is configured, or the header is missing or wrong
     */
    public void authenticate(String authorization) {
        String secret = settings.get(Setting.WEBHOOK_SECRET);
        if (secret == null || secret.isBlank()) {
            secret = configSecret;
        }
        if (secret == null || secret.isBlank()) {
            throw new Unauthorized("The webhook is off: set the webhookSecret setting (PATCH /api/settings) or "
                    + "JOBWRIGHT_WEBHOOK_SECRET, then send it as a bearer token in the Authorization header");
        }
        String presented = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? authorization.substring(7).trim() : null;
        if (presented == null || !MessageDigest.isEqual(sha256(presented), sha256(secret))) {
            LOG.warn("Webhook trigger refused: {} secret", presented == null ? "missing" : "wrong");
            // Worded without "secret:" or "Authorization:" so the log redactor leaves the advice readable.
            throw new Unauthorized("Missing or wrong webhook secret; send it as a bearer token in the Authorization "
                    + "header");
        }
    }

    /**
     * Starts a run with a schedule's settings, with the given settings, or with the pipeline's defaults when both
     * are null. Call {@link #authenticate} first.
     *
     * @throws Conflict when a run is already in progress
     * @throws io.jobwright.error.NotFound when the schedule does not exist
     */
    public Triggered trigger(String scheduleId, JsonNode runSettings) {
        JsonNode settingsToUse = scheduleId != null ? schedules.get(scheduleId).runSettings()
                : runSettings != null ? runSettings : JsonNodeFactory.instance.objectNode();
        if (runSettings != null) {
            runs.validate(runSettings);
        }
        Instant at = clock.instant();
        try {
            String runId = runs.start(settingsToUse, RunStarter.Trigger.WEBHOOK);
            LOG.info("Webhook started run {}", runId);
            return new Triggered(runId, at, scheduleId);
        } catch (RunInProgress e) {
            throw new Conflict(e.getMessage(), e.runningRunId() == null ? Map.of()
                    : Map.of("runningRunId", e.runningRunId()));
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
