package io.jobwright.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.jobwright.config.Config;
import io.jobwright.db.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfRegenerationQueueTest {

    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

    @TempDir
    Path dataDir;
    Database database;
    PdfRegenerationQueue queue;
    String jobId;

    @BeforeEach
    void setUp() {
        database = Database.open(new Config.DbConfig(null, null, null), dataDir);
        queue = new PdfRegenerationQueue(database.jdbi());
        JobRepository jobs = new JobRepository(database.jdbi(), Clock.systemUTC());
        jobId = jobs.insert(new Job.Builder().id("job-1").source("manual").title("Engineer").employer("Acme")
                .status(JobStatus.READY).build(), "test").id();
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    @Test
    void repeated_edits_of_one_job_coalesce_into_one_entry() {
        queue.enqueue(jobId, "tailoring_updated", T0);
        queue.enqueue(jobId, "tailoring_updated", T0.plusSeconds(1));
        queue.enqueueAll(java.util.List.of(jobId), "settings_changed", T0.plusSeconds(2));

        assertThat(queue.size()).isEqualTo(1);
    }

    @Test
    void a_job_that_does_not_exist_is_not_queued() {
        queue.enqueue("no-such-job", "tailoring_updated", T0);

        assertThat(queue.size()).isZero();
    }

    @Test
    void queued_work_survives_a_restart() {
        queue.enqueue(jobId, "settings_changed", T0);
        database.close();

        database = Database.open(new Config.DbConfig(null, null, null), dataDir);
        queue = new PdfRegenerationQueue(database.jdbi());

        assertThat(queue.claim("instance-b", 5, T0.plusSeconds(1))).extracting(PdfRegenerationQueue.Claimed::jobId)
                .containsExactly(jobId);
    }

    @Test
    void a_claimed_entry_is_not_claimed_twice_until_its_owner_is_presumed_dead() {
        queue.enqueue(jobId, "settings_changed", T0);
        assertThat(queue.claim("instance-a", 5, T0.plusSeconds(1))).hasSize(1);

        assertThat(queue.claim("instance-b", 5, T0.plusSeconds(2))).isEmpty();
        assertThat(queue.claim("instance-b", 5, T0.plus(PdfRegenerationQueue.CLAIM_TIMEOUT).plusSeconds(2)))
                .hasSize(1);
    }

    @Test
    void an_entry_queued_again_while_being_worked_on_stays_for_another_round() {
        queue.enqueue(jobId, "settings_changed", T0);
        PdfRegenerationQueue.Claimed claimed = queue.claim("a", 1, T0.plusSeconds(1)).getFirst();
        queue.enqueue(jobId, "tailoring_updated", T0.plusSeconds(2));

        queue.finish(claimed, "a", false);

        assertThat(queue.size()).isEqualTo(1);
        assertThat(queue.claim("a", 1, T0.plusSeconds(3))).hasSize(1);
    }

    @Test
    void a_finished_entry_is_removed_and_a_busy_one_waits_before_it_is_claimed_again() {
        queue.enqueue(jobId, "settings_changed", T0);
        PdfRegenerationQueue.Claimed claimed = queue.claim("a", 1, T0.plusSeconds(1)).getFirst();

        queue.retryLater(claimed, "a", T0.plusSeconds(10));
        assertThat(queue.claim("a", 1, T0.plusSeconds(5))).isEmpty();
        PdfRegenerationQueue.Claimed again = queue.claim("a", 1, T0.plusSeconds(11)).getFirst();
        queue.finish(again, "a", false);

        assertThat(queue.size()).isZero();
    }
}
