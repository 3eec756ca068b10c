package io.jobwright.cli.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Everything one bench run measured, as written to the JSON results file.
 *
 * @param date           when the run finished, ISO-8601 UTC
 * @param gitCommit      {@code git describe --always --dirty} of the working directory, or null outside a checkout
 * @param cpus           processors available to the bench (the app shares them)
 * @param loadBefore     the host's one-minute load average before the app started (-1 when unknown)
 * @param loadAfter      the same after the last scenario; well above 0 before the run means other work competed
 * @param jvmArgs        extra JVM options the child was started with (e.g. the AOT cache)
 * @param startupMs      median wall time from spawning the app's JVM to its first 200 from {@code GET /health}
 * @param startupSamplesMs every start that was timed, in order; the last is the app that was then benchmarked
 * @param seedSeconds    time to import all jobs and move them to their statuses
 * @param rssIdleMb      resident memory of the app after seeding and a two-second pause
 * @param rssAfterLoadMb resident memory of the app after every scenario ran
 * @param rssPeakMb      the app's peak resident memory over the whole run (Linux VmHWM)
 * @param failures       how many requests got no 2xx answer, seeding included
 * @param firstFailures  the first few of them, described
 */
record BenchReport(
        String date,
        String javaVersion,
        String gitCommit,
        int cpus,
        double loadBefore,
        double loadAfter,
        int jobs,
        List<String> jvmArgs,
        long startupMs,
        List<Long> startupSamplesMs,
        double seedSeconds,
        double seedJobsPerSecond,
        double rssIdleMb,
        double rssAfterLoadMb,
        double rssPeakMb,
        List<ScenarioResult> scenarios,
        List<TargetCheck> targets,
        int failures,
        List<String> firstFailures) {

    BenchReport {
        jvmArgs = List.copyOf(jvmArgs);
        startupSamplesMs = List.copyOf(startupSamplesMs);
        scenarios = List.copyOf(scenarios);
        targets = List.copyOf(targets);
        firstFailures = List.copyOf(firstFailures);
    }

    /** The report as pretty-printed JSON. */
    String toJson() {
        try {
            return BenchClient.JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the bench report as JSON", e);
        }
    }

    /** Writes the JSON report to {@code file}, creating its directories. */
    void write(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, toJson() + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write bench results to " + file, e);
        }
    }
}
