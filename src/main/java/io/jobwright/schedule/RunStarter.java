package io.jobwright.schedule;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Starts a pipeline run: what schedules and the webhook call. The composition root wires it to the pipeline.
 * Implementations are thread-safe.
 */
public interface RunStarter {

    /** Who asks for the run, as the pipeline records it. */
    enum Trigger {
        SCHEDULE, WEBHOOK;

        /** The name the pipeline stores: {@code schedule}, {@code webhook}. */
        public String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * Starts a run with these settings and returns its id without waiting for the run to finish.
     *
     * @param runSettings a JSON object in the shape of {@code POST /api/pipeline/run}'s body; empty means the
     *                    pipeline's defaults
     * @throws RunInProgress when a run is already going
     * @throws io.jobwright.error.InvalidRequest when the settings are not valid run settings
     */
    String start(JsonNode runSettings, Trigger trigger);

    /**
     * Checks run settings without starting anything, so a schedule with bad settings is refused when it is saved.
     *
     * @throws io.jobwright.error.InvalidRequest naming the bad field
     */
    default void validate(JsonNode runSettings) {
    }
}
