package io.jobwright.source;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.BooleanSupplier;

/**
 * Discovery from configured sources: runs them in parallel (at most {@value #PARALLEL} at a time, each within its
 * time limit), then imports what they delivered through {@link PostingImporter}. A failing source costs only its own
 * postings after the failure.
 */
public final class DiscoveryService {

    static final int PARALLEL = 4;
    /** Normalised chunks that may wait for the import thread at once. */
    private static final int QUEUED_CHUNKS = 4;
    /** How long one source may take in a run. */
    public static final Duration SOURCE_TIMEOUT = Duration.ofMinutes(5);

    private final Sources sources;
    private final SourceRunner runner;
    private final PostingImporter importer;

    public DiscoveryService(Sources sources, SourceRunner runner, PostingImporter importer) {
        this.sources = sources;
        this.runner = runner;
        this.importer = importer;
    }

    /** Told how discovery goes, for progress; called from the sources' threads. */
    public interface Listener {
        /** One source finished (or failed, or was cancelled). */
        void sourceFinished(DiscoveryRun.SourceResult result);

        /** Every source is done; the {@code postings} they delivered are being normalised, filtered and stored. */
        default void importing(int postings) {
        }
    }

    /**
     * Runs the sources and imports their postings, telling {@code listener} how it goes. Cancelling stops the sources
     * between pages; what they read until then is still imported.
     */
    public DiscoveryRun discover(List<SourceConfig> configs, Search search, Filters filters, Duration timeout,
                                 BooleanSupplier cancelled, Listener listener) {
        Semaphore slots = new Semaphore(PARALLEL);
        Map<String, String> terms = new LinkedHashMap<>();
        for (SourceConfig config : configs) {
            String sourceTerms = sources.get(config.type()).type().terms();
            if (sourceTerms != null) {
                terms.put(config.type(), sourceTerms);
            }
        }
        PostingImporter.Session session = importer.begin(filters, terms);
        List<Future<?>> fetches = new ArrayList<>();
        List<Future<?>> imports = java.util.Collections.synchronizedList(new ArrayList<>());
        int[] delivered = {0};
        // Each source normalises its postings as it reads them (in parallel, on its own thread); one platform thread
        // filters, dedupes and stores each chunk as it comes, overlapping the sources' fetching. Raw postings are
        // dropped once normalised, and SQLite's native lock wait never pins a virtual thread's carrier.
        // At most a few normalised chunks wait for the import thread: when storing is the slower part, the sources
        // wait for it instead of piling their postings up in memory.
        Semaphore queued = new Semaphore(QUEUED_CHUNKS);
        ExecutorService importThread = Executors.newSingleThreadExecutor(Thread.ofPlatform()
                .name("discovery-import").daemon(true).factory());
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (SourceConfig config : configs) {
                JobSource source = sources.get(config.type());
                fetches.add(pool.submit(() -> {
                    PostingImporter.Session.Stream stream = session.stream(config, prepared -> {
                        queued.acquireUninterruptibly();
                        imports.add(importThread.submit(() -> {
                            try {
                                session.add(prepared);
                            } finally {
                                queued.release();
                            }
                        }));
                    });
                    slots.acquire();
                    SourceRunner.Outcome outcome;
                    try {
                        outcome = cancelled.getAsBoolean()
                                ? new SourceRunner.Outcome(List.of(), List.of(), 0, "cancelled", 0)
                                : runner.run(source, config.all(), search, timeout, cancelled, stream);
                    } finally {
                        slots.release();
                    }
                    DiscoveryRun.SourceResult result = stream.finish(outcome);
                    synchronized (delivered) {
                        delivered[0] += result.postings();
                    }
                    listener.sourceFinished(result);
                    return null;
                }));
            }
            for (Future<?> f : fetches) {
                f.get();
            }
            synchronized (delivered) {
                listener.importing(delivered[0]);
            }
            for (Future<?> f : List.copyOf(imports)) {
                f.get();
            }
            return session.finish(configs.stream().map(SourceConfig::id).toList());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("discovery interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("a source or its import crashed: " + e.getCause(), e.getCause());
        } finally {
            importThread.shutdownNow();
        }
    }

    /** Runs the sources without a progress listener. */
    public DiscoveryRun discover(List<SourceConfig> configs, Search search, Filters filters) {
        return discover(configs, search, filters, SOURCE_TIMEOUT, () -> false, r -> { });
    }
}
