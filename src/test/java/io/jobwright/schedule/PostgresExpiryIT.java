package io.jobwright.schedule;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jobwright.TestApp;
import java.nio.file.Path;

/** The expiry contract on PostgreSQL; skipped with a notice when JOBWRIGHT_TEST_PG_URL is not set. */
class PostgresExpiryIT extends ExpiryContract {
    @Override
    TestApp unstarted(Path dataDir) {
        if (!TestApp.postgresConfigured()) {
            System.out.println("NOTICE: JOBWRIGHT_TEST_PG_URL is not set; skipping the PostgreSQL expiry tests");
        }
        assumeTrue(TestApp.postgresConfigured(), "JOBWRIGHT_TEST_PG_URL is not set");
        return TestApp.unstarted(dataDir, true);
    }
}
