package io.jobwright.cli.bench;

import java.util.List;
import java.util.Map;

/**
 * The jobs the seeder created: all ids, the ids still {@code discovered} (the ones PATCH may touch without starting
 * PDF work), how many reached each planned status, and how long seeding took.
 */
record SeededJobs(List<String> ids, List<String> discoveredIds, Map<SeedStatus, Integer> counts, double seconds) {

    SeededJobs {
        ids = List.copyOf(ids);
        discoveredIds = List.copyOf(discoveredIds);
        counts = Map.copyOf(counts);
    }

    /** Imports per second over the whole seeding, status changes included. */
    double jobsPerSecond() {
        return seconds == 0 ? 0 : Math.round(ids.size() / seconds * 10) / 10.0;
    }
}
