package io.jobwright.ui;

import io.jobwright.job.Job;
import io.jobwright.job.ListingField;
import java.time.Duration;
import java.time.Instant;

/**
 * One row of the jobs list, already formatted for display.
 *
 * @param freshness the PDF's state: missing, uploaded, current, stale or regenerating
 * @param age       how long ago the job was discovered: "3d"
 * @param previouslyApplied whether a job much like it (same employer, same or contained title) was applied to in
 *                  the last 30 days
 */
public record JobRow(String id, String title, String employer, String location, Integer score, String source,
                     String status, String age, String freshness, String salary, boolean remote,
                     boolean previouslyApplied, String outcome) {

    /** The row for {@code job}, its age counted to {@code now}. */
    static JobRow of(Job job, String freshness, Instant now, boolean previouslyApplied) {
        Double score = job.suitabilityScore();
        Object remote = job.listing(ListingField.IS_REMOTE);
        return new JobRow(job.id(), job.title(), job.employer(), (String) job.listing(ListingField.LOCATION),
                score == null ? null : (int) Math.round(score), job.source(), job.status().wire(),
                age(job.discoveredAt(), now), freshness, (String) job.listing(ListingField.SALARY),
                Boolean.TRUE.equals(remote), previouslyApplied, job.outcome());
    }

    /** "now", "5h", "3d", "7w": short enough for a narrow column. */
    static String age(Instant since, Instant now) {
        if (since == null) {
            return "";
        }
        Duration d = Duration.between(since, now);
        if (d.toHours() < 1) {
            return "now";
        }
        if (d.toDays() < 1) {
            return d.toHours() + "h";
        }
        if (d.toDays() < 14) {
            return d.toDays() + "d";
        }
        return d.toDays() / 7 + "w";
    }
}
