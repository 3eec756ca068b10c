package io.jobwright.cli;

import io.jobwright.pipeline.PipelineService;
import io.jobwright.pipeline.Progress;
import io.jobwright.pipeline.RunView;
import java.io.PrintStream;

/**
 * Shows a run's progress in the terminal until it ends: one redrawn line with a bar on a terminal, or one line per
 * change of step when the output is a file or a pipe.
 */
final class RunProgressBar {

    private static final int WIDTH = 30;
    private static final long REFRESH_MILLIS = 200;

    private final PrintStream out;
    private final boolean terminal;

    RunProgressBar(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    /** Follows the run until it is no longer running and returns it as it ended. */
    RunView follow(PipelineService pipeline, String runId) throws InterruptedException {
        String lastStep = null;
        String lastLine = "";
        while (true) {
            RunView run = pipeline.get(runId);
            Progress p = run.finished() ? run.progress() : pipeline.progress();
            String line = line(p);
            if (terminal) {
                if (!line.equals(lastLine)) {
                    out.print("\r" + pad(line, lastLine.length()));
                    out.flush();
                }
            } else if (!p.step().equals(lastStep)) {
                out.println(line);
            }
            lastStep = p.step();
            lastLine = line;
            if (run.finished()) {
                if (terminal) {
                    out.println();
                }
                return run;
            }
            Thread.sleep(REFRESH_MILLIS);
        }
    }

    /** {@code [##########----------]  50%  scoring  Scoring jobs (10/20)...} */
    static String line(Progress p) {
        double done = switch (p.step()) {
            case "crawling" -> fraction(p.crawlingSourcesCompleted(), p.crawlingSourcesTotal());
            case "scoring" -> fraction(p.jobsScored(), p.jobsToScore());
            case "processing" -> fraction(p.jobsProcessed(), p.totalToProcess());
            case "completed", "selecting" -> 1;
            default -> 0;
        };
        int filled = (int) Math.round(done * WIDTH);
        return "[" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] " + String.format("%3d%%", Math.round(done * 100))
                + "  " + String.format("%-10s", p.step()) + "  " + p.message()
                + (p.detail() == null ? "" : "  " + p.detail());
    }

    private static double fraction(int done, int total) {
        return total <= 0 ? 0 : Math.min(1, (double) done / total);
    }

    private static String pad(String line, int previousLength) {
        return line.length() >= previousLength ? line : line + " ".repeat(previousLength - line.length());
    }
}
