package io.jobwright.cli.bench;

/**
 * One target next to what was measured.
 *
 * @param name     what is compared, e.g. {@code get-one p99 at 16 clients}
 * @param measured the measured value, or null when the run did not measure it
 * @param limit    the largest value that passes
 * @param unit     {@code ms} or {@code MB}
 */
record TargetCheck(String name, Double measured, double limit, String unit, Verdict verdict) {

    /** Whether the measurement met the target. */
    enum Verdict { PASS, MISS, NOT_MEASURED }

    /** Compares a measurement with its limit; a measurement taken while requests failed never passes. */
    static TargetCheck of(String name, Double measured, double limit, String unit, boolean hadErrors) {
        Verdict verdict = measured == null ? Verdict.NOT_MEASURED
                : !hadErrors && measured <= limit ? Verdict.PASS : Verdict.MISS;
        return new TargetCheck(name, measured, limit, unit, verdict);
    }
}
