package io.jobwright.schedule;

import io.jobwright.TestApp;
import java.nio.file.Path;

/** The expiry contract on SQLite. */
class SqliteExpiryIT extends ExpiryContract {
    @Override
    TestApp unstarted(Path dataDir) {
        return TestApp.unstarted(dataDir, false);
    }
}
