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
    private final java.util.List<Trigger> triggers = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile String busyWith;
    private volatile RuntimeException failure;
    private int count;

    @Override
    public synchronized String start(JsonNode runSettings, Trigger trigger) {
        if (busyWith != null) {
            throw new RunInProgress(busyWith);
        }
        if (failure != null) {
            throw failure;
        }
        triggers.add(trigger);
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

    /** From now on, starts fail with {@code e} (null: starts succeed again). */
    void failWith(RuntimeException e) {
        failure = e;
    }

    /** The settings of the next start, waiting for it up to {@code timeout}; null when none came. */
    JsonNode nextStart(Duration timeout) throws InterruptedException {
        return started.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Who asked for each start, in order. */
    java.util.List<Trigger> triggers() {
        return java.util.List.copyOf(triggers);
    }

    /** How many starts were recorded and not yet taken. */
    int pending() {
        return started.size();
    }
}
