package io.jobwright.schedule;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A recurring pipeline run: its name, when it fires, the run's settings, and what its latest firing did.
 *
 * @param runSettings the body a run is started with (see {@link RunStarter#start})
 * @param nextRunAt   when it fires next, or null while disabled
 * @param lastRun     what the latest firing did, or null before the first
 */
public record Schedule(String id, String name, Timing timing, JsonNode runSettings, boolean enabled,
                       Instant nextRunAt, LastRun lastRun, Instant createdAt, Instant updatedAt) {

    /** The outcome of one firing. */
    public enum Outcome {
        /** A run was started. */
        STARTED,
        /** Another run was going, so this turn was skipped. */
        SKIPPED,
        /** The run could not be started; the message says why. */
        FAILED;

        public String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * One firing.
     *
     * @param runId   the started run, or the one that was already going when skipped (may be null)
     * @param message why it was skipped or failed, else null
     */
    public record LastRun(Instant at, Outcome outcome, String runId, String message) {
    }

    /** What the API shows. */
    public Map<String, Object> view() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("name", name);
        m.put("kind", timing.kind().wire());
        m.put("daily", timing.kind() == Timing.Kind.DAILY ? timing.expression() : null);
        m.put("cron", timing.kind() == Timing.Kind.CRON ? timing.expression() : null);
        m.put("timezone", timing.zone().getId());
        m.put("runSettings", runSettings);
        m.put("enabled", enabled);
        m.put("nextRunAt", nextRunAt == null ? null : nextRunAt.toString());
        if (lastRun == null) {
            m.put("lastRun", null);
        } else {
            Map<String, Object> last = new LinkedHashMap<>();
            last.put("at", lastRun.at().toString());
            last.put("outcome", lastRun.outcome().wire());
            last.put("runId", lastRun.runId());
            last.put("message", lastRun.message());
            m.put("lastRun", last);
        }
        m.put("createdAt", createdAt.toString());
        m.put("updatedAt", updatedAt.toString());
        return m;
    }
}
