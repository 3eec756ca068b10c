package io.jobwright.cli.bench;

/**
 * The measured figures of one scenario at one concurrency.
 *
 * @param requests every request sent while measuring (warm-up excluded), failed ones included
 * @param rps      requests per second over the measuring window
 * @param errors   requests that got no 2xx answer
 * @param avgBytes mean size of a response body, to tell a slow endpoint from a large answer
 */
record ScenarioResult(String name, int clients, int requests, double rps, double p50Ms, double p99Ms, int errors,
        long avgBytes) {
}
