package io.jobwright.job;

import io.jobwright.db.Dialect;
import io.jobwright.error.Conflict;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Returns jobs whose PDF work was interrupted (a crash, a kill, a lost instance) to where they were: a
 * {@code processing} job goes back to the status it came from, a flagged ready job keeps its old PDF.
 *
 * <p>On SQLite only this process can own work (the data directory is locked), so every claim found at startup is
 * stale. On a shared PostgreSQL other instances may be working, so only claims whose heartbeat is older than
 * {@link #STALE_AFTER} are released, at startup and on each sweep.
 */
public final class RevertStaleProcessing {

    static final Duration STALE_AFTER = Duration.ofSeconds(45);
    private static final Logger LOG = LoggerFactory.getLogger(RevertStaleProcessing.class);

    private final JobRepository jobs;
    private final Dialect dialect;
    private final String instanceId;
    private final Clock clock;

    public RevertStaleProcessing(JobRepository jobs, Dialect dialect, String instanceId, Clock clock) {
        this.jobs = jobs;
        this.dialect = dialect;
        this.instanceId = instanceId;
        this.clock = clock;
    }

    /** Releases interrupted work before the server accepts requests. */
    public void atStartup() {
        revert(dialect.singleProcess());
    }

    /** Releases claims whose owner stopped sending heartbeats. */
    public void sweep() {
        try {
            revert(false);
        } catch (RuntimeException e) {
            LOG.warn("Sweeping stale PDF work failed: {}", e.getMessage());
        }
    }

    private void revert(boolean everything) {
        Instant staleBefore = clock.instant().minus(STALE_AFTER);
        for (Job job : jobs.findWithWorkInFlight()) {
            boolean mine = instanceId.equals(job.workOwner());
            boolean stale = job.workHeartbeatAt() == null || job.workHeartbeatAt().isBefore(staleBefore);
            if (mine || !(everything || stale)) {
                continue;
            }
            try {
                Job back = jobs.update(PdfGeneration.released(job, clock.instant()), job.updatedAt(), job.status(),
                        "interrupted pdf work reverted");
                LOG.info("Reverted interrupted PDF work on job {}: now {}", job.id(), back.status().wire());
            } catch (Conflict raced) {
                // Its owner finished or someone edited it meanwhile; nothing is stuck.
            }
        }
    }
}
