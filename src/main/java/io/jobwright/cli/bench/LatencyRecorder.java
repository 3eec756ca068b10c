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
    private long bodyBytes;

    /** Records one request's latency, whether it failed, and the size of the response body. */
    void record(long latencyNanos, boolean ok, int responseBytes) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = latencyNanos;
        if (!ok) {
            errors++;
        }
        bodyBytes += responseBytes;
    }

    /** How many requests were recorded. */
    int count() {
        return count;
    }

    /** How many of them failed. */
    int errors() {
        return errors;
    }

    /** Response body bytes received, summed. */
    long bodyBytes() {
        return bodyBytes;
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
