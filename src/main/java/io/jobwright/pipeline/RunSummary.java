package io.jobwright.pipeline;

import java.util.List;
import java.util.Map;

/**
 * What a run did, step by step: per source what it delivered and why it stopped, what filters and dedupe removed,
 * and how many jobs were imported, scored, selected and processed.
 *
 * @param discovered       postings the sources delivered
 * @param filtered         postings dropped by the filters, by reason
 * @param duplicatesInRun  postings repeating another of the same run
 * @param alreadyKnown     postings already in the job list
 * @param imported         new jobs added
 * @param toScore          discovered jobs without a score when scoring began
 * @param scored           jobs scored
 * @param scoreFailed      jobs whose scoring failed
 * @param exceptional      jobs scored above 90
 * @param selected         jobs chosen for processing
 * @param processed        selected jobs now ready
 * @param processFailed    selected jobs whose processing failed (they stay discovered)
 * @param stepMillis       how long each finished step took
 * @param errors           what went wrong beyond the sources (first few only)
 */
public record RunSummary(List<SourceOutcome> sources, int discovered, Map<String, Integer> filtered,
                         int duplicatesInRun, int alreadyKnown, int imported, int previouslyApplied, int toScore,
                         int scored, int scoreFailed, int exceptional, int selected, int processed, int processFailed,
                         Map<String, Long> stepMillis, List<String> errors) {

    /** At most this many error messages are kept. */
    static final int MAX_ERRORS = 20;

    /** One source's part of the run; {@code error} is why it stopped early, or null. */
    public record SourceOutcome(String id, String name, String type, int postings, int itemErrorCount,
                                List<String> itemErrors, String error, long millis, String terms) {
    }

    public RunSummary {
        sources = List.copyOf(sources);
        filtered = Map.copyOf(filtered);
        stepMillis = Map.copyOf(stepMillis);
        errors = List.copyOf(errors);
    }

    /** Nothing done yet. */
    static RunSummary empty() {
        return new RunSummary(List.of(), 0, Map.of(), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, Map.of(), List.of());
    }
}
