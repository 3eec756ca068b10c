package io.jobwright.ui;

import io.jobwright.pipeline.RunSummary;
import io.jobwright.pipeline.RunView;
import io.jobwright.source.SourceConfig;
import io.jobwright.source.SourceService;
import io.jobwright.source.Sources;
import java.util.ArrayList;
import java.util.List;

/**
 * A configured source as the Run search dialog and the sources settings show it: whether a run can use it, and if
 * not why; and how it fared last time (the latest run that asked it, or a health check).
 *
 * @param reason  why a run cannot use it, or null when it can
 * @param health  what the source did last, in words, or null when no run has used it yet
 * @param healthy whether that went well
 */
public record RunsSource(String id, String name, String type, String label, boolean enabled, String reason,
                         String health, boolean healthy, String target) {

    /** Whether a run can use it. */
    public boolean available() {
        return reason == null;
    }

    /** Every configured source, with its last outcome from {@code runs} (newest first). */
    static List<RunsSource> all(SourceService sources, List<RunView> runs) {
        Sources types = sources.types();
        List<RunsSource> out = new ArrayList<>();
        for (SourceConfig config : sources.list()) {
            String reason = null;
            String label = config.type();
            if (!types.has(config.type())) {
                reason = "its type \"" + config.type() + "\" is not available in this version";
            } else {
                label = types.get(config.type()).type().label();
                if (!config.enabled()) {
                    reason = "turned off in Settings → Sources";
                }
            }
            RunSummary.SourceOutcome last = lastOutcome(config.id(), runs);
            String health = null;
            boolean healthy = false;
            if (last != null) {
                healthy = last.error() == null;
                health = healthy ? "Last run: " + last.postings() + " posting" + (last.postings() == 1 ? "" : "s")
                        + (last.itemErrorCount() > 0 ? ", " + last.itemErrorCount() + " unreadable" : "")
                        : "Last run failed: " + last.error();
            }
            out.add(new RunsSource(config.id(), config.name(), config.type(), label, config.enabled(), reason, health,
                    healthy, target(config)));
        }
        return out;
    }

    /** The board, site, company or address the source reads, for people to recognise it. */
    private static String target(SourceConfig config) {
        for (String key : new String[]{"board", "site", "company", "url", "query"}) {
            String value = config.params().get(key);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static RunSummary.SourceOutcome lastOutcome(String id, List<RunView> runs) {
        for (RunView run : runs) {
            for (RunSummary.SourceOutcome outcome : run.summary().sources()) {
                if (id.equals(outcome.id())) {
                    return outcome;
                }
            }
        }
        return null;
    }

    /** A health check's result in the same words. */
    static String describe(SourceService.Health health) {
        if (health.ok()) {
            return "Answered in " + health.millis() + " ms with " + health.postings() + " posting"
                    + (health.postings() == 1 ? "" : "s") + (health.sample().isEmpty() ? ""
                    : ", e.g. " + String.join("; ", health.sample().subList(0, Math.min(2, health.sample().size()))));
        }
        return "Not working: " + (health.error() != null ? health.error()
                : health.itemErrors().isEmpty() ? "no postings could be read" : health.itemErrors().getFirst());
    }
}
