package io.jobwright.job;

import static io.jobwright.job.JobStatus.APPLIED;
import static io.jobwright.job.JobStatus.DISCOVERED;
import static io.jobwright.job.JobStatus.EXPIRED;
import static io.jobwright.job.JobStatus.IN_PROGRESS;
import static io.jobwright.job.JobStatus.PROCESSING;
import static io.jobwright.job.JobStatus.READY;
import static io.jobwright.job.JobStatus.SKIPPED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jobwright.error.Conflict;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JobStatusTest {

    private static final Map<JobStatus, Set<JobStatus>> ALLOWED = Map.of(
            DISCOVERED, EnumSet.of(PROCESSING, READY, SKIPPED, APPLIED, EXPIRED),
            PROCESSING, EnumSet.of(READY, DISCOVERED),
            READY, EnumSet.of(SKIPPED, APPLIED, EXPIRED),
            APPLIED, EnumSet.of(IN_PROGRESS, DISCOVERED),
            IN_PROGRESS, EnumSet.of(APPLIED, DISCOVERED),
            SKIPPED, EnumSet.of(DISCOVERED, EXPIRED),
            EXPIRED, EnumSet.of(DISCOVERED));

    @Test
    void every_pair_is_allowed_or_refused_exactly_as_the_table_says() {
        for (JobStatus from : JobStatus.values()) {
            for (JobStatus to : JobStatus.values()) {
                boolean allowed = ALLOWED.get(from).contains(to);
                assertThat(from.canMoveTo(to)).as(from + " -> " + to).isEqualTo(allowed);
                if (!allowed) {
                    assertThatThrownBy(() -> from.check(to)).as(from + " -> " + to).isInstanceOf(Conflict.class)
                            .hasMessageContaining("'" + from.wire() + "'").hasMessageContaining("'" + to.wire() + "'");
                }
            }
        }
    }

    @Test
    void applied_and_in_progress_jobs_never_expire() {
        assertThat(APPLIED.canMoveTo(EXPIRED)).isFalse();
        assertThat(IN_PROGRESS.canMoveTo(EXPIRED)).isFalse();
    }

    @Test
    void wire_names_round_trip() {
        for (JobStatus status : JobStatus.values()) {
            assertThat(JobStatus.parse(status.wire())).contains(status);
        }
        assertThat(JobStatus.IN_PROGRESS.wire()).isEqualTo("in_progress");
        assertThat(JobStatus.parse("nonsense")).isEmpty();
    }

    @Test
    void moving_sets_ready_and_applied_times_only_on_first_entry() {
        java.time.Instant t1 = java.time.Instant.parse("2026-01-01T00:00:00Z");
        java.time.Instant t2 = java.time.Instant.parse("2026-02-01T00:00:00Z");
        Job job = new Job.Builder().id("j").source("manual").title("T").employer("E").status(DISCOVERED).build();
        Job applied = job.moveTo(APPLIED, t1).moveTo(DISCOVERED, t2).moveTo(APPLIED, t2);
        assertThat(applied.appliedAt()).isEqualTo(t1);
        Job processing = job.moveTo(PROCESSING, t1);
        assertThat(processing.processedAt()).isEqualTo(t1);
        assertThat(processing.moveTo(READY, t2).readyAt()).isEqualTo(t2);
    }
}
