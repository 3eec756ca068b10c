package io.jobwright.cli.bench;

import java.util.Arrays;
import java.util.List;

/**
 * The latencies and error count one client thread measured. Not thread-safe: each client owns one, and they are
 * merged with {@link #merge} once every client has stopped, so measuring adds no locking to the hot loop.
 */
final class LatencyRecorder {

    private long[] nanos = new long[4096];
    private int count;
    private int errors;

    /** Records one request's latency and whether it failed. */
    void record(long latencyNanos, boolean ok) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = latencyNanos;
        if (!ok) {
            errors++;
        }
    }

    /** How many requests were recorded. */
    int count() {
        return count;
    }

    /** How many of them failed. */
    int errors() {
        return errors;
    }

    /** Percentiles over every latency the given recorders hold. */
    static Percentiles merge(List<LatencyRecorder> recorders) {
        int total = recorders.stream().mapToInt(LatencyRecorder::count).sum();
        long[] all = new long[total];
        int at = 0;
        for (LatencyRecorder recorder : recorders) {
            System.arraycopy(recorder.nanos, 0, all, at, recorder.count);
            at += recorder.count;
        }
        return Percentiles.of(all, total);
    }
}
