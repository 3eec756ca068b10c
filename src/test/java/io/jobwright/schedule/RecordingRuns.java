package io.jobwright.schedule;

import com.fasterxml.jackson.databind.JsonNode;
import io.jobwright.error.InvalidRequest;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A run starter that records the settings of each start, refuses to start while told a run is going, and checks
 * {@code topN} the way the pipeline does.
 */
final class RecordingRuns implements RunStarter {

    private final BlockingQueue<JsonNode> started = new LinkedBlockingQueue<>();
    private volatile String busyWith;
    private int count;

    @Override
    public synchronized String start(JsonNode runSettings) {
        if (busyWith != null) {
            throw new RunInProgress(busyWith);
        }
        started.add(runSettings);
        return "run-" + ++count;
    }

    @Override
    public void validate(JsonNode runSettings) {
        JsonNode topN = runSettings.get("topN");
        if (topN != null && !topN.canConvertToInt()) {
            throw InvalidRequest.field("runSettings.topN", "must be a whole number");
        }
    }

    /** From now on, starts fail as if {@code runId} were going (null: starts succeed again). */
    void busyWith(String runId) {
        busyWith = runId;
    }

    /** The settings of the next start, waiting for it up to {@code timeout}; null when none came. */
    JsonNode nextStart(Duration timeout) throws InterruptedException {
        return started.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** How many starts were recorded and not yet taken. */
    int pending() {
        return started.size();
    }
}
