package io.jobwright.auth;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jobwright.TestApp;
import java.nio.file.Path;

/** The auth API on PostgreSQL; skipped with a notice when JOBWRIGHT_TEST_PG_URL is not set. */
class PostgresAuthApiIT extends AuthApiIT {
    private static boolean noticeShown;

    @Override
    TestApp launch(Path dataDir) {
        if (!TestApp.postgresConfigured() && !noticeShown) {
            noticeShown = true;
            System.out.println("NOTICE: JOBWRIGHT_TEST_PG_URL is not set; skipping the PostgreSQL auth API tests");
        }
        assumeTrue(TestApp.postgresConfigured(), "JOBWRIGHT_TEST_PG_URL is not set");
        return TestApp.postgres(dataDir);
    }
}
