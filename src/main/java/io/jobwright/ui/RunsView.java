package io.jobwright.ui;

import io.jobwright.pipeline.Progress;
import io.jobwright.pipeline.RunSummary;
import io.jobwright.pipeline.RunView;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One run as its page shows it: a bar per step, a line per source, the errors and the counts. The page's script
 * moves the bars from the progress events; this is what the server knows when it renders.
 */
public record RunsView(RunView run, Progress progress, List<Bar> bars, List<SourceLine> sources, List<String> errors) {

    /** A step's progress bar; {@code max == 0} means "not known yet". */
    public record Bar(String step, String label, int value, int max, String state) {

        /** The bar's text, e.g. "3 of 5". */
        public String text() {
            return switch (state) {
                case "waiting" -> "Waiting";
                case "skipped" -> "Skipped";
                default -> max > 0 ? value + " of " + max : value > 0 ? String.valueOf(value) : state.equals("done") ? "Done" : "…";
            };
        }
    }

    /** A source's line: {@code waiting}, {@code done} or {@code failed}, with what it delivered or why it stopped. */
    public record SourceLine(String name, String type, String state, String detail, List<String> itemErrors) {
    }

    private static final List<String> STEPS = List.of("crawling", "importing", "scoring", "selecting", "processing");

    /** The view of {@code run}; {@code live} is the instance's live progress when this run is the one going. */
    static RunsView of(RunView run, Progress live, Map<String, String> sourceNames) {
        Progress p = live != null && run.id().equals(live.runId()) ? live : run.progress();
        RunSummary s = run.summary();
        boolean finished = run.finished();
        int at = STEPS.indexOf(p.step());
        if (at < 0) {
            at = run.step().ordinal(); // discover, import, score, select, process, done: the same order as STEPS
        }
        boolean completed = "completed".equals(p.step());
        boolean discoverOnly = run.request().discoverOnly();
        List<Bar> bars = new ArrayList<>();
        bars.add(bar("crawling", "Fetch from sources", p.crawlingSourcesCompleted(), p.crawlingSourcesTotal(), at, 0,
                completed, finished, false));
        bars.add(bar("importing", "Import new jobs", p.jobsImported(), 0, at, 1, completed, finished, false));
        bars.add(bar("scoring", "Score", p.jobsScored(), p.jobsToScore(), at, 2, completed, finished, discoverOnly));
        bars.add(bar("selecting", "Pick the best", s.selected(), 0, at, 3, completed, finished, discoverOnly));
        bars.add(bar("processing", "Tailor and render PDFs", p.jobsProcessed(), p.totalToProcess(), at, 4, completed,
                finished, discoverOnly));

        List<SourceLine> sources = new ArrayList<>();
        if (!s.sources().isEmpty()) {
            for (RunSummary.SourceOutcome o : s.sources()) {
                sources.add(new SourceLine(o.name(), o.type(), o.error() == null ? "done" : "failed",
                        o.error() == null ? o.postings() + " posting" + (o.postings() == 1 ? "" : "s") + " in "
                                + seconds(o.millis()) : o.error(), o.itemErrors()));
            }
        } else {
            for (String id : run.request().sources()) {
                String name = sourceNames.getOrDefault(id, id);
                boolean seen = name.equals(p.crawlingSource());
                sources.add(new SourceLine(name, null, finished ? "failed" : seen ? "done" : "waiting",
                        finished ? "no result recorded" : seen ? "finished" : "fetching…", List.of()));
            }
        }
        List<String> errors = new ArrayList<>(s.errors());
        if (run.errorMessage() != null && !errors.contains(run.errorMessage())) {
            errors.addFirst(run.errorMessage());
        }
        return new RunsView(run, p, bars, sources, errors);
    }

    private static Bar bar(String step, String label, int value, int max, int at, int index, boolean completed,
                           boolean finished, boolean skipped) {
        String state;
        if (skipped) {
            state = "skipped";
        } else if (completed || at > index) {
            state = "done";
        } else if (at == index) {
            state = finished ? "stopped" : "active";
        } else {
            state = "waiting";
        }
        int shownMax = state.equals("done") && max == 0 ? Math.max(1, value) : max;
        int shownValue = state.equals("done") && max == 0 ? shownMax : value;
        return new Bar(step, label, shownValue, shownMax, state);
    }

    /** How long the run took (or has taken so far). */
    public String duration() {
        Instant end = run.completedAt() != null ? run.completedAt() : Instant.now();
        return seconds(Duration.between(run.startedAt(), end).toMillis());
    }

    static String seconds(long millis) {
        if (millis < 1000) {
            return millis + " ms";
        }
        if (millis < 120_000) {
            return String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
        }
        return (millis / 60_000) + " min " + (millis / 1000 % 60) + " s";
    }

    /** The run's status for people. */
    public String statusLabel() {
        return switch (run.status().wire()) {
            case "running" -> run.cancelRequestedAt() != null ? "Cancelling" : "Running";
            case "completed" -> "Done";
            case "failed" -> "Failed";
            case "cancelled" -> "Cancelled";
            default -> run.status().wire();
        };
    }

    /** The filtered postings by reason, as "reason: n" lines. */
    public List<String> filtered() {
        return run.summary().filtered().entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).sorted().toList();
    }
}
