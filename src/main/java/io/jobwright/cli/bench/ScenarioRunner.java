package io.jobwright.cli.bench;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs one scenario with a number of concurrent clients: each client, on its own thread and connection, sends
 * requests back to back (no think time) through a warm-up, then all start measuring together until the duration
 * ends or the scenario's request cap is used up. Each request's latency is taken with {@link System#nanoTime}
 * around the whole exchange, body included.
 */
final class ScenarioRunner {

    private final URI base;
    private final String token;
    private final Duration warmup;
    private final Duration duration;
    private final FailureLog failures;

    /** A runner against the app at {@code base}, with the given warm-up and measuring time per run. */
    ScenarioRunner(URI base, String token, Duration warmup, Duration duration, FailureLog failures) {
        this.base = base;
        this.token = token;
        this.warmup = warmup;
        this.duration = duration;
        this.failures = failures;
    }

    /** Runs {@code scenario} with {@code clients} concurrent clients and returns what was measured. */
    ScenarioResult run(Scenario scenario, int clients) {
        long[] window = new long[2];
        CyclicBarrier start = new CyclicBarrier(clients, () -> window[0] = System.nanoTime());
        AtomicInteger budget = new AtomicInteger(scenario.requestCap());
        AtomicReference<RuntimeException> crash = new AtomicReference<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<LatencyRecorder> recorders = new ArrayList<>();
        try {
            List<Future<LatencyRecorder>> runs = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                Scenario.Slot slot = new Scenario.Slot(i, clients, new SplittableRandom(31L * i + scenario.name().hashCode()));
                runs.add(pool.submit(() -> {
                    try {
                        return runClient(scenario, slot, start, window, budget);
                    } catch (RuntimeException e) {
                        // Release the clients waiting at the barrier; the first crash is the one reported.
                        crash.compareAndSet(null, e);
                        start.reset();
                        throw e;
                    }
                }));
            }
            for (Future<LatencyRecorder> run : runs) {
                recorders.add(run.get());
            }
            window[1] = System.nanoTime();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchFailure("Interrupted while running " + scenario.name());
        } catch (ExecutionException e) {
            RuntimeException cause = crash.get();
            throw cause instanceof BenchFailure failure ? failure
                    : new BenchFailure(scenario.name() + " crashed: " + (cause != null ? cause : e.getCause()));
        } finally {
            pool.shutdownNow();
        }
        return result(scenario, clients, recorders, window[1] - window[0]);
    }

    private LatencyRecorder runClient(Scenario scenario, Scenario.Slot slot, CyclicBarrier start, long[] window,
            AtomicInteger budget) throws InterruptedException, BrokenBarrierException {
        LatencyRecorder recorder = new LatencyRecorder();
        try (BenchClient client = new BenchClient(base, token)) {
            long warmupEnd = System.nanoTime() + warmup.toNanos();
            while (System.nanoTime() < warmupEnd) {
                Reply reply = client.send(scenario.requests().next(client, slot));
                if (!reply.ok()) {
                    failures.add(scenario.name() + " warm-up", reply);
                }
            }
            // The barrier action stamps window[0]; the barrier makes that write visible to every client.
            start.await();
            long end = window[0] + duration.toNanos();
            while (System.nanoTime() < end && budget.getAndDecrement() > 0) {
                var request = scenario.requests().next(client, slot);
                long began = System.nanoTime();
                Reply reply = client.send(request);
                recorder.record(System.nanoTime() - began, reply.ok(), reply.body().length);
                if (!reply.ok()) {
                    failures.add(scenario.name() + " ×" + slot.clients(), reply);
                }
            }
        }
        return recorder;
    }

    private static ScenarioResult result(Scenario scenario, int clients, List<LatencyRecorder> recorders, long elapsedNanos) {
        Percentiles percentiles = LatencyRecorder.merge(recorders);
        int errors = recorders.stream().mapToInt(LatencyRecorder::errors).sum();
        long bytes = recorders.stream().mapToLong(LatencyRecorder::bodyBytes).sum();
        double rps = elapsedNanos <= 0 ? 0 : Math.round(percentiles.count() / (elapsedNanos / 1e9) * 10) / 10.0;
        return new ScenarioResult(scenario.name(), clients, percentiles.count(), rps, percentiles.p50Ms(),
                percentiles.p99Ms(), errors, percentiles.count() == 0 ? 0 : bytes / percentiles.count());
    }
}
