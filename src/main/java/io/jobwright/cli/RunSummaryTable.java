package io.jobwright.cli;

import io.jobwright.App;
import io.jobwright.error.NotFound;
import io.jobwright.job.Job;
import io.jobwright.pipeline.RunSummary;
import io.jobwright.pipeline.RunView;
import java.io.PrintStream;
import java.time.Duration;
import java.util.stream.Collectors;

/** Prints what a run did: per source, per step, and the jobs it made ready. */
final class RunSummaryTable {

    private final PrintStream out;

    RunSummaryTable(PrintStream out) {
        this.out = out;
    }

    void print(RunView run, App app) {
        RunSummary s = run.summary();
        long seconds = run.completedAt() == null ? 0 : Duration.between(run.startedAt(), run.completedAt()).toSeconds();
        out.printf("Run %s %s in %d s%s%n", run.id(), run.status().wire(), seconds,
                run.errorMessage() == null ? "" : ": " + run.errorMessage());
        out.println();
        out.printf("%-28s %-16s %9s %7s %8s  %s%n", "Source", "Type", "Postings", "Errors", "Seconds", "Result");
        for (RunSummary.SourceOutcome o : s.sources()) {
            out.printf("%-28s %-16s %9d %7d %8.1f  %s%n", clip(o.name(), 28), o.type() == null ? "-" : o.type(),
                    o.postings(), o.itemErrorCount(), o.millis() / 1000.0, o.error() == null ? "ok" : o.error());
        }
        out.println();
        row("Discovered", s.discovered(), null);
        row("Filtered out", s.filtered().values().stream().mapToInt(Integer::intValue).sum(), s.filtered().entrySet()
                .stream().filter(e -> e.getValue() > 0).map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", ")));
        row("Duplicates", s.duplicatesInRun() + s.alreadyKnown(), s.duplicatesInRun() + " in the run, "
                + s.alreadyKnown() + " already known");
        row("Imported", s.imported(), s.previouslyApplied() > 0 ? s.previouslyApplied() + " like a recent application" : null);
        if (!run.request().discoverOnly()) {
            row("Scored", s.scored(), s.scoreFailed() > 0 ? s.scoreFailed() + " failed" : null);
            row("Selected", s.selected(), "top " + run.request().topN() + " scoring at least "
                    + run.request().minSuitabilityScore());
            row("Processed", s.processed(), s.processFailed() > 0 ? s.processFailed() + " failed" : null);
        }
        if (run.selectedJobIds() != null && !run.selectedJobIds().isEmpty()) {
            out.println();
            out.printf("%5s  %-10s  %s%n", "Score", "Status", "Job");
            for (String id : run.selectedJobIds()) {
                try {
                    Job job = app.jobs().get(id);
                    out.printf("%5s  %-10s  %s @ %s%s%n", job.suitabilityScore() == null ? "-"
                                    : Long.toString(Math.round(job.suitabilityScore())), job.status().wire(), job.title(),
                            job.employer(), job.pdfPath() == null ? "" : "  (PDF: GET /api/jobs/" + id + "/pdf)");
                } catch (NotFound gone) {
                    out.printf("%5s  %-10s  %s%n", "-", "deleted", id);
                }
            }
        }
        for (String error : s.errors()) {
            out.println("! " + error);
        }
    }

    private void row(String label, int count, String detail) {
        out.printf("%-14s %7d%s%n", label, count, detail == null || detail.isEmpty() ? "" : "  (" + detail + ")");
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
