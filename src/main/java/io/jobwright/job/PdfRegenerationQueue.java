package io.jobwright.job;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * The {@code pdf_regeneration_queue} table: jobs whose PDF should be generated again in the background. One row per
 * job, so repeated edits coalesce; rows survive a restart; a claim that is not finished within {@link #CLAIM_TIMEOUT}
 * (its instance died) is taken over. Decides no business rule. Thread-safe.
 */
public final class PdfRegenerationQueue {

    /** How long a claimed row stays with its instance before another may take it. */
    static final Duration CLAIM_TIMEOUT = Duration.ofMinutes(2);

    /** A claimed row: the job, and the enqueue time that says whether it was queued again meanwhile. */
    record Claimed(String jobId, long enqueuedAt, int attempts) {
    }

    private final Jdbi jdbi;

    public PdfRegenerationQueue(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Queues the job, or marks its pending row as queued again. */
    public void enqueue(String jobId, String reason, Instant at) {
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO pdf_regeneration_queue (job_id, reason, enqueued_at, attempts)
                        SELECT :job, :reason, :at, 0 WHERE EXISTS (SELECT 1 FROM jobs WHERE id = :job)
                        ON CONFLICT (job_id) DO UPDATE SET reason = excluded.reason, enqueued_at = excluded.enqueued_at,
                            attempts = 0""")
                .bind("job", jobId).bind("reason", reason).bind("at", at.toEpochMilli()).execute());
    }

    /** Queues many jobs in one transaction. */
    public void enqueueAll(List<String> jobIds, String reason, Instant at) {
        if (jobIds.isEmpty()) {
            return;
        }
        jdbi.useTransaction(h -> {
            var batch = h.prepareBatch("""
                    INSERT INTO pdf_regeneration_queue (job_id, reason, enqueued_at, attempts)
                    VALUES (:job, :reason, :at, 0)
                    ON CONFLICT (job_id) DO UPDATE SET reason = excluded.reason, enqueued_at = excluded.enqueued_at,
                            attempts = 0""");
            for (String id : jobIds) {
                batch.bind("job", id).bind("reason", reason).bind("at", at.toEpochMilli()).add();
            }
            batch.execute();
        });
    }

    /** Claims up to {@code max} rows for {@code owner}, oldest first, taking over abandoned claims. */
    List<Claimed> claim(String owner, int max, Instant now) {
        long stale = now.minus(CLAIM_TIMEOUT).toEpochMilli();
        return jdbi.inTransaction(h -> {
            h.createUpdate("""
                            UPDATE pdf_regeneration_queue SET claimed_by = :owner, claimed_at = :now,
                                attempts = attempts + 1
                            WHERE (claimed_by IS NULL OR claimed_at < :stale) AND enqueued_at <= :now AND job_id IN (
                                SELECT job_id FROM pdf_regeneration_queue
                                WHERE (claimed_by IS NULL OR claimed_at < :stale) AND enqueued_at <= :now
                                ORDER BY enqueued_at LIMIT :max)""")
                    .bind("owner", owner).bind("now", now.toEpochMilli()).bind("stale", stale).bind("max", max)
                    .execute();
            return h.createQuery("""
                            SELECT job_id, enqueued_at, attempts FROM pdf_regeneration_queue
                            WHERE claimed_by = :owner AND claimed_at = :now ORDER BY enqueued_at""")
                    .bind("owner", owner).bind("now", now.toEpochMilli())
                    .map((rs, ctx) -> new Claimed(rs.getString("job_id"), rs.getLong("enqueued_at"), rs.getInt("attempts"))).list();
        });
    }

    /**
     * Ends a claim: the row is deleted when nobody queued the job again since it was claimed; otherwise (or when
     * {@code retry}) it is released for another round.
     */
    void finish(Claimed claimed, String owner, boolean retry) {
        jdbi.useHandle(h -> {
            int deleted = retry ? 0 : h.createUpdate("""
                            DELETE FROM pdf_regeneration_queue
                            WHERE job_id = :job AND enqueued_at = :enqueued AND claimed_by = :owner""")
                    .bind("job", claimed.jobId()).bind("enqueued", claimed.enqueuedAt()).bind("owner", owner)
                    .execute();
            if (deleted == 0) {
                h.createUpdate("""
                                UPDATE pdf_regeneration_queue SET claimed_by = NULL, claimed_at = NULL
                                WHERE job_id = :job AND claimed_by = :owner""")
                        .bind("job", claimed.jobId()).bind("owner", owner).execute();
            }
        });
    }

    /** Releases a claim and puts the row back so it is not claimed before {@code notBefore}. */
    void retryLater(Claimed claimed, String owner, Instant notBefore) {
        jdbi.useHandle(h -> h.createUpdate("""
                        UPDATE pdf_regeneration_queue SET claimed_by = NULL, claimed_at = NULL,
                            enqueued_at = CASE WHEN enqueued_at > :later THEN enqueued_at ELSE :later END
                        WHERE job_id = :job AND claimed_by = :owner""")
                .bind("job", claimed.jobId()).bind("owner", owner).bind("later", notBefore.toEpochMilli()).execute());
    }

    /** Drops a job's row whatever its state, e.g. after it failed too often. */
    void remove(String jobId) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM pdf_regeneration_queue WHERE job_id = :job")
                .bind("job", jobId).execute());
    }

    /** How many jobs are waiting or being regenerated. */
    public int size() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM pdf_regeneration_queue")
                .mapTo(Integer.class).one());
    }
}
