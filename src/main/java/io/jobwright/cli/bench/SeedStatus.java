package io.jobwright.cli.bench;

/**
 * The status a seeded job ends in, and the API call that puts it there. The mix is fixed by index so every run with
 * the same job count has the same data: of each 20 jobs, 14 stay discovered, 3 become ready, 2 applied, 1 skipped.
 */
enum SeedStatus {
    DISCOVERED,
    READY,
    APPLIED,
    SKIPPED;

    /** The planned status of the job with the given index. */
    static SeedStatus forIndex(int index) {
        int slot = index % 20;
        if (slot < 14) {
            return DISCOVERED;
        }
        if (slot < 17) {
            return READY;
        }
        return slot < 19 ? APPLIED : SKIPPED;
    }
}
