package io.jobwright.job;

import io.jobwright.TestApp;
import java.nio.file.Path;

/** The job API contract on the embedded SQLite database. */
class SqliteJobApiIT extends JobApiContract {
    @Override
    TestApp start(Path dataDir) {
        return TestApp.sqlite(dataDir);
    }
}
