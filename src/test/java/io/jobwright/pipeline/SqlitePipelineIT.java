package io.jobwright.pipeline;

import io.jobwright.TestApp;
import java.nio.file.Path;

/** The pipeline contract on SQLite. */
class SqlitePipelineIT extends PipelineContract {
    @Override
    TestApp start(Path dataDir) {
        return TestApp.sqlite(dataDir, ALLOW_LOOPBACK);
    }
}
