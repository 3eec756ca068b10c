package io.jobwright.pipeline;

import java.time.Instant;

/**
 * A run's live progress, in the shape JobOps clients read from {@code /api/pipeline/progress}: the same object is
 * the snapshot and every server-sent event.
 *
 * @param step {@code idle}, {@code crawling}, {@code importing}, {@code scoring}, {@code selecting},
 *             {@code processing}, {@code completed}, {@code cancelled} or {@code failed}
 */
public record Progress(String runId, String step, String message, String detail, String crawlingSource,
                       int crawlingSourcesCompleted, int crawlingSourcesTotal, int jobsDiscovered, int jobsImported,
                       int jobsToScore, int jobsScored, int jobsExceptional, int jobsProcessed, int totalToProcess,
                       CurrentJob currentJob, String error, Instant startedAt, Instant completedAt) {

    /** The job being worked on. */
    public record CurrentJob(String id, String title, String employer) {
    }

    /** No run yet. */
    public static Progress idle() {
        return new Progress(null, "idle", "Ready", null, null, 0, 0, 0, 0, 0, 0, 0, 0, 0, null, null, null, null);
    }

    Progress step(String next, String text) {
        return new Progress(runId, next, text, null, crawlingSource, crawlingSourcesCompleted, crawlingSourcesTotal,
                jobsDiscovered, jobsImported, jobsToScore, jobsScored, jobsExceptional, jobsProcessed, totalToProcess,
                null, error, startedAt, completedAt);
    }

    Progress crawling(String source, int completed, int total, int discovered) {
        return new Progress(runId, "crawling", "Fetching jobs from sources (" + completed + "/" + total + ")...",
                null, source, completed, total, discovered, jobsImported, jobsToScore, jobsScored, jobsExceptional,
                jobsProcessed, totalToProcess, null, error, startedAt, completedAt);
    }

    Progress imported(int count, String text) {
        return new Progress(runId, step, text, null, crawlingSource, crawlingSourcesCompleted, crawlingSourcesTotal,
                jobsDiscovered, count, jobsToScore, jobsScored, jobsExceptional, jobsProcessed, totalToProcess,
                null, error, startedAt, completedAt);
    }

    Progress scoring(int scored, int total, int exceptional, CurrentJob job) {
        return new Progress(runId, "scoring", "Scoring jobs (" + scored + "/" + total + ")...", null, crawlingSource,
                crawlingSourcesCompleted, crawlingSourcesTotal, jobsDiscovered, jobsImported, total, scored,
                exceptional, jobsProcessed, totalToProcess, job, error, startedAt, completedAt);
    }

    Progress processing(int processed, int total, CurrentJob job) {
        return new Progress(runId, "processing", "Processing job " + Math.min(processed + 1, total) + "/" + total
                + "...", job == null ? null : job.title() + " @ " + job.employer(), crawlingSource,
                crawlingSourcesCompleted, crawlingSourcesTotal, jobsDiscovered, jobsImported, jobsToScore, jobsScored,
                jobsExceptional, processed, total, job, error, startedAt, completedAt);
    }

    Progress finished(String next, String text, String failure, Instant at) {
        return new Progress(runId, next, text, null, null, crawlingSourcesCompleted, crawlingSourcesTotal,
                jobsDiscovered, jobsImported, jobsToScore, jobsScored, jobsExceptional, jobsProcessed, totalToProcess,
                null, failure, startedAt, at);
    }
}
