package io.jobwright.job;

import io.jobwright.error.JobwrightException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps ready jobs' generated PDFs current in the background. When the base resume, the theme, the paper or the
 * heading language changes (the {@link RenderKey}), every ready job whose generated PDF went stale is put in the
 * durable {@link PdfRegenerationQueue}; an edit of a ready job's tailoring queues that job (see
 * {@link JobService#patch}). A few workers drain the queue; while a job waits its PDF shows as {@code stale}, while
 * it renders as {@code regenerating}. Uploaded PDFs are never touched. Queued rows survive a restart and are picked
 * up at the next start. Thread-safe.
 */
public final class RegenerateStalePdfs implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RegenerateStalePdfs.class);
    /** Even without a render key change, look for stale PDFs this often (another instance may have changed things). */
    private static final Duration FULL_SCAN_EVERY = Duration.ofSeconds(60);
    private static final Duration RETRY_AFTER = Duration.ofSeconds(5);
    private static final int MAX_ATTEMPTS = 3;

    private final JobRepository jobs;
    private final PdfRegenerationQueue queue;
    private final PdfGeneration generation;
    private final String instanceId;
    private final Clock clock;
    private final int workers;
    private final ExecutorService pool;
    private final AtomicInteger running = new AtomicInteger();
    private volatile String lastKey;
    private volatile long lastScanNanos;

    /** Regenerates with {@code workers} threads at most (a few: rendering is CPU-bound). */
    public RegenerateStalePdfs(JobRepository jobs, PdfRegenerationQueue queue, PdfGeneration generation,
                               String instanceId, Clock clock, int workers) {
        this.jobs = jobs;
        this.queue = queue;
        this.generation = generation;
        this.instanceId = instanceId;
        this.clock = clock;
        this.workers = workers;
        this.pool = Executors.newFixedThreadPool(workers, Thread.ofPlatform().name("jobwright-pdf-", 0)
                .daemon(true).factory());
    }

    /** Queues every ready job whose generated PDF is stale; returns how many were queued. */
    public int enqueueStale(String reason) {
        List<String> stale = jobs.readyWithGeneratedPdf().stream().filter(generation::staleReady).map(Job::id).toList();
        queue.enqueueAll(stale, reason, clock.instant());
        if (!stale.isEmpty()) {
            LOG.info("Queued {} stale PDFs for regeneration ({})", stale.size(), reason);
        }
        return stale.size();
    }

    /**
     * One round, run every second or so: queue stale PDFs if the render key changed (or at the first round, or
     * every {@link #FULL_SCAN_EVERY}), then start workers while there is queued work.
     */
    public void tick() {
        try {
            String key = generation.renderKey().current();
            long now = System.nanoTime();
            if (!key.equals(lastKey) || now - lastScanNanos > FULL_SCAN_EVERY.toNanos()) {
                enqueueStale(lastKey == null ? "startup" : key.equals(lastKey) ? "scan" : "settings_or_resume_changed");
                lastKey = key;
                lastScanNanos = now;
            }
            while (running.get() < workers && queue.size() > 0) {
                running.incrementAndGet();
                pool.execute(this::drain);
            }
        } catch (RuntimeException e) {
            LOG.warn("PDF regeneration round failed: {}", e.getMessage());
        }
    }

    /** Claims and regenerates queued jobs one at a time until none is ready to claim. */
    private void drain() {
        String owner = instanceId + "#" + Thread.currentThread().getName();
        try {
            while (!Thread.currentThread().isInterrupted()) {
                List<PdfRegenerationQueue.Claimed> claimed = queue.claim(owner, 1, clock.instant());
                if (claimed.isEmpty()) {
                    return;
                }
                process(claimed.getFirst(), owner);
            }
        } catch (RuntimeException e) {
            LOG.warn("PDF regeneration worker stopped: {}", e.getMessage());
        } finally {
            running.decrementAndGet();
        }
    }

    private void process(PdfRegenerationQueue.Claimed claimed, String owner) {
        try {
            switch (generation.regenerate(claimed.jobId())) {
                case DONE, NOT_NEEDED -> queue.finish(claimed, owner, false);
                case BUSY -> queue.retryLater(claimed, owner, clock.instant().plus(RETRY_AFTER));
            }
        } catch (JobwrightException | IllegalStateException e) {
            if (claimed.attempts() >= MAX_ATTEMPTS) {
                LOG.warn("Giving up regenerating the PDF of job {} after {} attempts: {}", claimed.jobId(),
                        claimed.attempts(), e.getMessage());
                queue.remove(claimed.jobId());
            } else {
                queue.retryLater(claimed, owner, clock.instant().plus(RETRY_AFTER.multipliedBy(claimed.attempts())));
            }
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
