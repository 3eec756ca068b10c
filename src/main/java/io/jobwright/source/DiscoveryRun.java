package io.jobwright.source;

import java.util.List;
import java.util.Map;

/**
 * The outcome of discovering and importing: per source what it delivered and why it stopped, then what filters and
 * dedupe did, and how many jobs were added.
 *
 * @param filtered          postings dropped by the filters, by reason ({@code searchTerms}, {@code location}…)
 * @param duplicatesInRun   postings that repeated an earlier one of the same run (the richer was kept)
 * @param alreadyKnown      postings already in the job list
 * @param imported          new jobs added
 * @param previouslyApplied new jobs marked as resembling a recent application
 * @param importedJobIds    the new jobs' ids
 */
public record DiscoveryRun(List<SourceResult> sources, Map<String, Integer> filtered, int duplicatesInRun,
                           int alreadyKnown, int imported, int previouslyApplied, List<String> importedJobIds) {

    /**
     * One source's part.
     *
     * @param error why it stopped early, or null when it finished
     */
    public record SourceResult(String id, String name, String type, int postings, int itemErrorCount,
                               List<String> itemErrors, String error, long millis, String terms) {
    }

    /** Every posting the sources delivered. */
    public int discovered() {
        return sources.stream().mapToInt(SourceResult::postings).sum();
    }
}
