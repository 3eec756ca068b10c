package io.jobwright.settings;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jobwright.TestApp;
import java.nio.file.Path;

/** The settings API on PostgreSQL; skipped with a notice when JOBWRIGHT_TEST_PG_URL is not set. */
class PostgresSettingsApiIT extends SettingsApiIT {
    private static boolean noticeShown;

    @Override
    TestApp launch(Path dataDir) {
        if (!TestApp.postgresConfigured() && !noticeShown) {
            noticeShown = true;
            System.out.println("NOTICE: JOBWRIGHT_TEST_PG_URL is not set; skipping the PostgreSQL settings API tests");
        }
        assumeTrue(TestApp.postgresConfigured(), "JOBWRIGHT_TEST_PG_URL is not set");
        return TestApp.postgres(dataDir);
    }
}
