package io.jobwright.cli.bench;

import java.net.http.HttpRequest;
import java.util.SplittableRandom;

/**
 * One kind of request the bench repeats, such as "get one job".
 *
 * @param name       short id used in the table and the JSON report ({@code get-one})
 * @param requestCap most requests to measure in one run, whatever the duration (for expensive requests)
 * @param requests   makes each next request
 */
record Scenario(String name, int requestCap, Requests requests) {

    /** No cap: the run's duration alone ends it. */
    static final int UNCAPPED = Integer.MAX_VALUE;

    /** Makes the next request of a scenario for one client. */
    @FunctionalInterface
    interface Requests {
        /** The next request {@code client} should send. */
        HttpRequest next(BenchClient client, Slot slot);
    }

    /**
     * Which of the concurrent clients is asking, so scenarios can give each its own share of the data.
     *
     * @param index   0-based client number
     * @param clients how many clients run together
     * @param random  this client's own random numbers
     */
    record Slot(int index, int clients, SplittableRandom random) {
    }
}
