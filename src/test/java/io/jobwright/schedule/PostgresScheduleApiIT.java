package io.jobwright.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.jobwright.TestApp;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The schedule and webhook contract on PostgreSQL; skipped with a notice when JOBWRIGHT_TEST_PG_URL is not set. */
class PostgresScheduleApiIT extends ScheduleApiContract {
    @Override
    TestApp unstarted(Path dataDir) {
        if (!TestApp.postgresConfigured()) {
            System.out.println("NOTICE: JOBWRIGHT_TEST_PG_URL is not set; skipping the PostgreSQL schedule tests");
        }
        assumeTrue(TestApp.postgresConfigured(), "JOBWRIGHT_TEST_PG_URL is not set");
        return TestApp.unstarted(dataDir, true);
    }

    @Test
    void two_instances_on_one_database_fire_each_schedule_once(@TempDir Path secondDataDir) throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ids.add(createDaily("Shared " + i, "09:00", Map.of("n", i)));
        }
        try (TestApp second = app.sibling(secondDataDir).start()) {
            clock.set(Instant.parse("2026-03-02T09:00:30Z"));

            Set<Integer> fired = new HashSet<>();
            for (int i = 0; i < ids.size(); i++) {
                JsonNode settings = runs.nextStart(WAIT);
                assertThat(settings).as("schedule firing " + i).isNotNull();
                assertThat(fired.add(settings.path("n").asInt())).as("fired twice: " + settings).isTrue();
            }
            for (String id : ids) {
                Await.until(WAIT, () -> schedule(id), s -> s.path("nextRunAt").asText().equals("2026-03-03T09:00:00Z"));
            }
            assertThat(runs.pending()).as("no schedule fired on both instances").isZero();
        }
    }
}
