package io.jobwright.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Fills the app with jobs through its public API, the way a user's imports would: each job is a manual import, then
 * 30% are moved on (an uploaded PDF makes a job ready; others are applied or skipped). Several clients import in
 * parallel to keep seeding short. A refused import stops seeding; a refused status change is logged and the job is
 * left out of the discovered pool.
 */
final class Seeder {

    private static final byte[] PDF = TinyPdf.bytes();

    private final URI base;
    private final String token;
    private final int clients;
    private final PostingGenerator postings;
    private final FailureLog failures;

    /** A seeder talking to the app at {@code base} with {@code clients} parallel connections. */
    Seeder(URI base, String token, int clients, PostingGenerator postings, FailureLog failures) {
        this.base = base;
        this.token = token;
        this.clients = clients;
        this.postings = postings;
        this.failures = failures;
    }

    /**
     * Imports {@code count} jobs and moves them to their planned statuses.
     *
     * @throws BenchFailure when an import is refused
     */
    SeededJobs seed(int count) {
        String[] ids = new String[count];
        SeedStatus[] reached = new SeedStatus[count];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicReference<BenchFailure> stop = new AtomicReference<>();
        long began = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                workers.add(pool.submit(() -> {
                    try (BenchClient client = new BenchClient(base, token)) {
                        for (int i = next.getAndIncrement(); i < count && stop.get() == null; i = next.getAndIncrement()) {
                            ids[i] = importJob(client, i);
                            reached[i] = moveOn(client, ids[i], SeedStatus.forIndex(i));
                            progress(done.incrementAndGet(), count, began);
                        }
                    } catch (RuntimeException e) {
                        stop.compareAndSet(null, e instanceof BenchFailure failure ? failure
                                : new BenchFailure("Seeding crashed: " + e));
                    }
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchFailure("Interrupted while seeding");
        } catch (ExecutionException e) {
            throw new BenchFailure("Seeding crashed: " + e.getCause());
        } finally {
            pool.shutdownNow();
        }
        if (stop.get() != null) {
            throw stop.get();
        }
        return summarize(ids, reached, (System.nanoTime() - began) / 1e9);
    }

    private String importJob(BenchClient client, int n) {
        PostingGenerator.Posting posting = postings.posting(n);
        Map<String, Object> job = new LinkedHashMap<>();
        job.put("title", posting.title());
        job.put("employer", posting.employer());
        job.put("jobUrl", posting.jobUrl());
        job.put("location", posting.location());
        job.put("salary", posting.salary());
        job.put("jobDescription", posting.description());
        Reply reply = client.send(client.json("POST", "/api/manual-jobs/import", Map.of("job", job, "skipTailoring", true)));
        if (!reply.ok()) {
            throw new BenchFailure("Import of job " + n + " was refused: " + reply.describe());
        }
        JsonNode id = reply.json().path("data").path("job").path("id");
        if (!id.isTextual() && !id.isNumber()) {
            throw new BenchFailure("Import answered without data.job.id: " + reply.describe());
        }
        return id.asText();
    }

    private SeedStatus moveOn(BenchClient client, String id, SeedStatus planned) {
        HttpRequest request = switch (planned) {
            case DISCOVERED -> null;
            case READY -> client.bytes("/api/jobs/" + id + "/pdf", "application/pdf", PDF);
            case APPLIED -> client.json("POST", "/api/jobs/" + id + "/apply", Map.of());
            case SKIPPED -> client.json("POST", "/api/jobs/" + id + "/skip", Map.of());
        };
        if (request == null) {
            return planned;
        }
        Reply reply = client.send(request);
        if (!reply.ok()) {
            failures.add("seeding (" + planned.name().toLowerCase(Locale.ROOT) + ")", reply);
            return null;
        }
        return planned;
    }

    private static void progress(int done, int count, long began) {
        int step = Math.max(1, count / 10);
        if (done % step == 0 || done == count) {
            double seconds = (System.nanoTime() - began) / 1e9;
            System.err.printf("bench: seeded %,d/%,d jobs (%.0f jobs/s)%n", done, count, done / seconds);
        }
    }

    private static SeededJobs summarize(String[] ids, SeedStatus[] reached, double seconds) {
        List<String> discovered = new ArrayList<>();
        Map<SeedStatus, Integer> counts = new EnumMap<>(SeedStatus.class);
        for (int i = 0; i < ids.length; i++) {
            if (reached[i] != null) {
                counts.merge(reached[i], 1, Integer::sum);
                if (reached[i] == SeedStatus.DISCOVERED) {
                    discovered.add(ids[i]);
                }
            }
        }
        return new SeededJobs(List.of(ids), discovered, counts, Math.round(seconds * 10) / 10.0);
    }
}
