package io.jobwright.cli.bench;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * LLM scoring: points the app at a {@link FakeChatProvider} with a fixed latency, imports a small base resume, and
 * rescores {@code jobs} seeded jobs twice: through {@code POST /api/jobs/{id}/rescore} from {@code concurrency}
 * clients ({@code llm-score}), then with the one bulk action a user sends, {@code POST /api/jobs/actions
 * {action: rescore}} ({@code llm-score-bulk}), with the app's {@code llmMaxConcurrency} set to {@code concurrency}.
 * Reports each run's wall time through {@code requests / rps}; a job whose score is not the provider's counts as an
 * error (the offline engine answered). Leaves the app back on the offline engine.
 */
final class LlmScoringScenario {

    static final String NAME = "llm-score";
    static final String BULK = "llm-score-bulk";
    private static final int PROVIDER_SCORE = 74;
    private static final byte[] RESUME = """
            {"basics": {"name": "Bench User", "label": "Backend Engineer",
                        "summary": "Backend engineer building Java services on PostgreSQL."},
             "work": [{"name": "Example GmbH", "position": "Backend Engineer", "startDate": "2019-01",
                       "highlights": ["Built order services in Java", "Moved reporting to PostgreSQL"]}],
             "skills": [{"name": "Backend", "keywords": ["Java", "PostgreSQL", "Kafka", "Docker"]}]}
            """.getBytes(StandardCharsets.UTF_8);

    private final URI base;
    private final String token;
    private final FailureLog failures;

    LlmScoringScenario(URI base, String token, FailureLog failures) {
        this.base = base;
        this.token = token;
        this.failures = failures;
    }

    /** Runs the scenario over the first {@code jobs} of {@code jobIds}: the per-job result, then the bulk one. */
    List<ScenarioResult> run(List<String> jobIds, int jobs, int concurrency, Duration latency) {
        List<String> ids = jobIds.subList(0, Math.min(jobs, jobIds.size()));
        try (FakeChatProvider provider = new FakeChatProvider(latency);
             BenchClient admin = new BenchClient(base, token)) {
            expectOk(admin.send(admin.json("PATCH", "/api/settings", Map.of("llmProvider", "openai_compatible",
                    "llmBaseUrl", provider.baseUrl(), "model", "bench-model", "llmMaxConcurrency", concurrency,
                    "llmMaxRetries", 0))));
            expectOk(admin.send(admin.bytes("/api/resume/import", "application/json", RESUME)));
            try {
                return List.of(measure(ids, concurrency), measureBulk(admin, ids, concurrency));
            } finally {
                expectOk(admin.send(admin.json("PATCH", "/api/settings", Map.of("llmProvider", "offline"))));
            }
        }
    }

    private ScenarioResult measure(List<String> ids, int concurrency) {
        ConcurrentLinkedQueue<String> queue = new ConcurrentLinkedQueue<>(ids);
        long[] latencies = new long[ids.size()];
        AtomicInteger done = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        AtomicLong bytes = new AtomicLong();
        long started = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(concurrency)) {
            for (int c = 0; c < concurrency; c++) {
                pool.submit(() -> {
                    try (BenchClient client = new BenchClient(base, token)) {
                        for (String id = queue.poll(); id != null; id = queue.poll()) {
                            long t0 = System.nanoTime();
                            Reply reply = client.send(client.json("POST", "/api/jobs/" + id + "/rescore", Map.of()));
                            long took = System.nanoTime() - t0;
                            latencies[done.getAndIncrement()] = took;
                            bytes.addAndGet(reply.body().length);
                            if (!reply.ok() || reply.json().path("data").path("suitabilityScore").asInt() != PROVIDER_SCORE) {
                                errors.incrementAndGet();
                                failures.add(NAME, reply);
                            }
                        }
                    }
                });
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long[] sorted = Arrays.copyOf(latencies, done.get());
        Arrays.sort(sorted);
        return new ScenarioResult(NAME, concurrency, sorted.length, sorted.length / seconds,
                Percentiles.nearestRank(sorted, 50) / 1e6, Percentiles.nearestRank(sorted, 99) / 1e6, errors.get(),
                sorted.length == 0 ? 0 : bytes.get() / sorted.length);
    }

    private ScenarioResult measureBulk(BenchClient client, List<String> ids, int concurrency) {
        long started = System.nanoTime();
        Reply reply = client.send(client.json("POST", "/api/jobs/actions", Map.of("action", "rescore", "jobIds", ids)));
        double seconds = (System.nanoTime() - started) / 1e9;
        int errors = 0;
        if (!reply.ok()) {
            errors = ids.size();
            failures.add(BULK, reply);
        } else {
            for (var result : reply.json().path("data").path("results")) {
                if (!result.path("ok").asBoolean() || result.path("job").path("suitabilityScore").asInt() != PROVIDER_SCORE) {
                    errors++;
                }
            }
            if (errors > 0) {
                failures.add(BULK, reply);
            }
        }
        double ms = seconds * 1000;
        return new ScenarioResult(BULK, concurrency, ids.size(), ids.size() / seconds, ms, ms, errors, reply.body().length);
    }

    private static void expectOk(Reply reply) {
        if (!reply.ok()) {
            throw new BenchFailure("LLM scoring setup failed: " + reply.describe());
        }
    }
}
