package io.jobwright.cli.bench;

import java.util.Locale;

/** Renders a {@link BenchReport} as the plain-text table the bench prints. */
final class ReportTable {

    private ReportTable() {
    }

    /** The report as aligned text: a header, the scenario table, then each target with PASS or MISS. */
    static String render(BenchReport report) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Jobwright bench: %,d jobs, Java %s, %d CPUs, commit %s, %s%n",
                report.jobs(), report.javaVersion(), report.cpus(),
                report.gitCommit() == null ? "unknown" : report.gitCommit(), report.date()));
        out.append(String.format(Locale.ROOT, "host load average %.2f before, %.2f after%n",
                report.loadBefore(), report.loadAfter()));
        if (!report.jvmArgs().isEmpty()) {
            out.append("app JVM options: ").append(String.join(" ", report.jvmArgs())).append('\n');
        }
        out.append(String.format(Locale.ROOT,
                "startup %d ms (median of %s) | seeding %.1f s (%.0f jobs/s) | RSS idle %.1f MB, after load %.1f MB, peak %.1f MB%n%n",
                report.startupMs(), report.startupSamplesMs(), report.seedSeconds(), report.seedJobsPerSecond(), report.rssIdleMb(),
                report.rssAfterLoadMb(), report.rssPeakMb()));
        out.append(String.format(Locale.ROOT, "%-16s %7s %9s %10s %9s %9s %7s %11s%n",
                "scenario", "clients", "requests", "req/s", "p50 ms", "p99 ms", "errors", "avg bytes"));
        for (ScenarioResult r : report.scenarios()) {
            out.append(String.format(Locale.ROOT, "%-16s %7d %9d %10.1f %9.2f %9.2f %7d %,11d%n",
                    r.name(), r.clients(), r.requests(), r.rps(), r.p50Ms(), r.p99Ms(), r.errors(), r.avgBytes()));
        }
        out.append("\ntargets\n");
        for (TargetCheck t : report.targets()) {
            String measured = t.measured() == null ? "-" : String.format(Locale.ROOT, "%.1f %s", t.measured(), t.unit());
            out.append(String.format(Locale.ROOT, "  %-34s %12s  <= %6.0f %-2s  %s%n",
                    t.name(), measured, t.limit(), t.unit(), t.verdict()));
        }
        return out.toString();
    }
}
