package io.jobwright.schedule;

import io.jobwright.source.PostingCheck;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/** The expiry sweep's own records: when each posting was last re-checked, and each sweep's counts. Thread-safe. */
public final class ExpiryRepository {

    private final Jdbi jdbi;

    public ExpiryRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** When each re-checked job was last checked, by job id. */
    public Map<String, Instant> checkedAt() {
        Map<String, Instant> at = new HashMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT job_id, checked_at FROM posting_checks")
                .map((rs, ctx) -> Map.entry(rs.getString(1), Instant.ofEpochMilli(rs.getLong(2))))
                .forEach(e -> at.put(e.getKey(), e.getValue())));
        return at;
    }

    /** Records one re-check's answer; a job deleted meanwhile is skipped. */
    public void recordCheck(String jobId, Instant at, PostingCheck check) {
        String reason = check.reason() == null ? null : check.reason().length() > 500
                ? check.reason().substring(0, 500) : check.reason();
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM posting_checks WHERE job_id = :id").bind("id", jobId).execute();
            h.createUpdate("INSERT INTO posting_checks (job_id, checked_at, state, reason) SELECT id, :at, :state,"
                            + " :reason FROM jobs WHERE id = :id")
                    .bind("id", jobId).bind("at", at.toEpochMilli()).bind("state", check.state().wire())
                    .bind("reason", reason).execute();
        });
    }

    /** Stores a finished sweep. */
    public void recordSweep(ExpirySweep sweep) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO expiry_sweeps (id, started_at, finished_at, open_jobs,"
                        + " expired_deadline, rechecked, expired_gone, unknown, errors, note) VALUES (:id, :started,"
                        + " :finished, :open, :deadline, :rechecked, :gone, :unknown, :errors, :note)")
                .bind("id", sweep.id()).bind("started", sweep.startedAt().toEpochMilli())
                .bind("finished", sweep.finishedAt().toEpochMilli()).bind("open", sweep.openJobs())
                .bind("deadline", sweep.expiredByDeadline()).bind("rechecked", sweep.rechecked())
                .bind("gone", sweep.expiredGone()).bind("unknown", sweep.unknown()).bind("errors", sweep.errors())
                .bind("note", sweep.note()).execute());
    }

    /** The latest sweeps, newest first. */
    public List<Map<String, Object>> recentSweeps(int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, started_at, finished_at, open_jobs, expired_deadline,"
                        + " rechecked, expired_gone, unknown, errors, note FROM expiry_sweeps ORDER BY started_at DESC,"
                        + " id DESC LIMIT :limit")
                .bind("limit", limit)
                .map((rs, ctx) -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("id", rs.getString("id"));
                    m.put("startedAt", Instant.ofEpochMilli(rs.getLong("started_at")).toString());
                    m.put("finishedAt", Instant.ofEpochMilli(rs.getLong("finished_at")).toString());
                    m.put("openJobs", rs.getInt("open_jobs"));
                    m.put("expiredByDeadline", rs.getInt("expired_deadline"));
                    m.put("rechecked", rs.getInt("rechecked"));
                    m.put("expiredGone", rs.getInt("expired_gone"));
                    m.put("unknown", rs.getInt("unknown"));
                    m.put("errors", rs.getInt("errors"));
                    m.put("note", rs.getString("note"));
                    return m;
                }).list());
    }
}
