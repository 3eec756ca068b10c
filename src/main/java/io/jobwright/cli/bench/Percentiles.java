package io.jobwright.cli.bench;

import java.util.Arrays;

/**
 * The median and 99th percentile of a set of latencies, by the nearest-rank method: the p-th percentile of n sorted
 * values is the value at rank ⌈p/100 · n⌉, so it is always a latency that was actually measured.
 *
 * @param count how many latencies were measured
 * @param p50Ms the median, in milliseconds (0 when nothing was measured)
 * @param p99Ms the 99th percentile, in milliseconds (0 when nothing was measured)
 */
record Percentiles(int count, double p50Ms, double p99Ms) {

    static final Percentiles NONE = new Percentiles(0, 0, 0);

    /** Computes the percentiles of the first {@code count} entries of {@code nanos}; the array is not changed. */
    static Percentiles of(long[] nanos, int count) {
        if (count == 0) {
            return NONE;
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        return new Percentiles(count, millis(nearestRank(sorted, 50)), millis(nearestRank(sorted, 99)));
    }

    /** The nearest-rank percentile of a sorted, non-empty array. */
    static long nearestRank(long[] sorted, double percent) {
        if (sorted.length == 0) {
            throw new IllegalArgumentException("no values to take a percentile of");
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.min(Math.max(rank, 1), sorted.length) - 1];
    }

    private static double millis(long nanos) {
        return Math.round(nanos / 1_000.0) / 1_000.0;
    }
}
