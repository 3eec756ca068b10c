package io.jobwright.cli.bench;

import io.jobwright.ai.JobPosting;
import io.jobwright.ai.Scorer;
import io.jobwright.ai.ScoringPreferences;
import io.jobwright.ai.offline.Embeddings;
import io.jobwright.ai.offline.OfflineScorer;
import io.jobwright.resume.JsonResumeImporter;
import io.jobwright.resume.Resume;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench-scoring}: the offline engine's speed in this JVM. Loads the embedding model (timed, cold), then scores
 * generated postings against a built-in resume on a fixed number of threads and reports jobs per second. In-process
 * on purpose: it measures the engine, not HTTP (the API's rescore adds one database round trip per job).
 */
@Command(name = "bench-scoring", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Measure offline scoring: embedding model load time and jobs scored per second."})
public final class ScoringBenchCommand implements Callable<Integer> {

    /** Targets from the scoring issue. */
    static final double TARGET_JOBS_PER_SECOND = 33;
    static final long TARGET_LOAD_MS = 2_000;

    @Option(names = "--postings", defaultValue = "1000", description = "Postings to score (default: ${DEFAULT-VALUE}).")
    private int postings;

    @Option(names = "--threads", defaultValue = "2", description = "Scoring threads (default: ${DEFAULT-VALUE}).")
    private int threads;

    @Option(names = "--warmup", defaultValue = "50", description = "Unmeasured postings first (default: ${DEFAULT-VALUE}).")
    private int warmup;

    private static final com.sun.management.OperatingSystemMXBean CPU = (com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean();

    private static final String RESUME = """
            {"basics": {"name": "Bench Person", "label": "Senior Backend Engineer",
              "summary": "Backend engineer building reliable services in Java and Kotlin on PostgreSQL and Kafka."},
             "work": [{"name": "Example AG", "position": "Senior Backend Engineer", "startDate": "2019-01",
               "highlights": ["Built event-driven services in Kotlin", "Ran PostgreSQL and Kubernetes in production"]},
              {"name": "Sample GmbH", "position": "Software Engineer", "startDate": "2015-06", "endDate": "2018-12",
               "highlights": ["Developed Java APIs and React frontends"]}],
             "skills": [{"name": "Languages", "keywords": ["Java", "Kotlin", "Python", "SQL", "TypeScript"]},
              {"name": "Platform", "keywords": ["PostgreSQL", "Kafka", "Docker", "Kubernetes", "AWS"]}]}
            """;

    @Override
    public Integer call() throws Exception {
        if (postings < 1 || threads < 1 || warmup < 0) {
            System.err.println("bench-scoring: --postings and --threads must be at least 1, --warmup at least 0");
            return 2;
        }
        Resume resume = JsonResumeImporter.parse(RESUME.getBytes(StandardCharsets.UTF_8));
        PostingGenerator generator = new PostingGenerator(42);
        List<JobPosting> jobs = new ArrayList<>(postings);
        for (int i = 0; i < postings + warmup; i++) {
            PostingGenerator.Posting p = generator.posting(i);
            jobs.add(new JobPosting(p.title(), p.employer(), p.location(), p.salary(), null, null, null, null, null,
                    null, null, null, null, null, p.description()));
        }
        Embeddings embeddings = new Embeddings();
        long loadCpuBegan = CPU.getProcessCpuTime();
        long loadMs = embeddings.warmUp();
        long loadCpuMs = (CPU.getProcessCpuTime() - loadCpuBegan) / 1_000_000;
        OfflineScorer scorer = new OfflineScorer(embeddings, Clock.systemUTC());
        for (int i = 0; i < warmup; i++) {
            scorer.score(resume, jobs.get(postings + i), ScoringPreferences.NONE);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger next = new AtomicInteger();
        long sum;
        long began = System.nanoTime();
        long cpuBegan = CPU.getProcessCpuTime();
        try {
            List<Future<Long>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    long total = 0;
                    for (int i = next.getAndIncrement(); i < postings; i = next.getAndIncrement()) {
                        Scorer.Score score = scorer.score(resume, jobs.get(i), ScoringPreferences.NONE);
                        total += score.value();
                    }
                    return total;
                }));
            }
            sum = 0;
            for (Future<Long> w : workers) {
                sum += w.get();
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        long cpuNanos = CPU.getProcessCpuTime() - cpuBegan;
        double perSecond = postings / seconds;
        System.out.printf(Locale.ROOT, "offline scoring: %d postings on %d threads (%d CPUs) in %.2f s = %.1f jobs/s "
                        + "(target >= %.0f, %s); mean score %.1f%n", postings, threads,
                Runtime.getRuntime().availableProcessors(), seconds, perSecond, TARGET_JOBS_PER_SECOND,
                perSecond >= TARGET_JOBS_PER_SECOND ? "met" : "MISSED", (double) sum / postings);
        double cpuMsPerJob = cpuNanos / 1e6 / postings;
        System.out.printf(Locale.ROOT, "process CPU time per job: %.1f ms (all threads, GC included), so about %.0f jobs/s "
                + "when 2 cores are free for it; the wall-clock figure above is what this host gave%n", cpuMsPerJob,
                2000 / cpuMsPerJob);
        System.out.printf(Locale.ROOT, "embedding model load: %d ms (target <= %d ms, %s), %d ms of CPU time%n", loadMs,
                TARGET_LOAD_MS, loadMs <= TARGET_LOAD_MS ? "met" : "MISSED", loadCpuMs);
        return 0;
    }
}
