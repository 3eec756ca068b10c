package io.jobwright.schedule;

import io.jobwright.TestApp;
import java.nio.file.Path;

/** The schedule and webhook contract on SQLite. */
class SqliteScheduleApiIT extends ScheduleApiContract {
    @Override
    TestApp unstarted(Path dataDir) {
        return TestApp.unstarted(dataDir, false);
    }
}
