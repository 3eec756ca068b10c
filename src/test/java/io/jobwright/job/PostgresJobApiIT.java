package io.jobwright.job;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jobwright.TestApp;
import java.nio.file.Path;

/** The job API contract on PostgreSQL; skipped with a notice when JOBWRIGHT_TEST_PG_URL is not set. */
class PostgresJobApiIT extends JobApiContract {
    @Override
    TestApp start(Path dataDir) {
        if (!TestApp.postgresConfigured()) {
            System.out.println("NOTICE: JOBWRIGHT_TEST_PG_URL is not set; skipping the PostgreSQL job API tests");
        }
        assumeTrue(TestApp.postgresConfigured(), "JOBWRIGHT_TEST_PG_URL is not set");
        return TestApp.postgres(dataDir);
    }
}
