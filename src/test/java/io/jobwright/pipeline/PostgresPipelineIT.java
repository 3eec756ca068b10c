package io.jobwright.pipeline;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jobwright.TestApp;
import java.nio.file.Path;

/** The pipeline contract on PostgreSQL; skipped with a notice when JOBWRIGHT_TEST_PG_URL is not set. */
class PostgresPipelineIT extends PipelineContract {
    @Override
    TestApp start(Path dataDir) {
        if (!TestApp.postgresConfigured()) {
            System.out.println("NOTICE: JOBWRIGHT_TEST_PG_URL is not set; skipping the PostgreSQL pipeline tests");
        }
        assumeTrue(TestApp.postgresConfigured(), "JOBWRIGHT_TEST_PG_URL is not set");
        return TestApp.postgres(dataDir, ALLOW_LOOPBACK);
    }
}
