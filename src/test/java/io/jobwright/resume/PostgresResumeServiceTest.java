package io.jobwright.resume;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jobwright.config.Config;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;

/**
 * {@link ResumeServiceTest} on a fresh schema of the PostgreSQL database named by {@code JOBWRIGHT_TEST_PG_URL};
 * skipped with a notice when that is not set.
 */
class PostgresResumeServiceTest extends ResumeServiceTest {

    private static final String PG_URL_ENV = "JOBWRIGHT_TEST_PG_URL";

    private String schema;

    @BeforeAll
    static void skipWithANoticeWithoutPostgres() {
        String url = System.getenv(PG_URL_ENV);
        boolean configured = url != null && !url.isBlank();
        if (!configured) {
            System.out.println("NOTICE: " + PG_URL_ENV + " is not set; skipping the resume service tests on PostgreSQL.");
        }
        assumeTrue(configured, PG_URL_ENV + " is not set");
    }

    @Override
    Config.DbConfig dbConfig() {
        String url = System.getenv(PG_URL_ENV);
        schema = "jw_resume_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(url, "CREATE SCHEMA " + schema);
        return new Config.DbConfig(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema, null, null);
    }

    @Override
    void dropDatabase() {
        execute(System.getenv(PG_URL_ENV), "DROP SCHEMA " + schema + " CASCADE");
    }

    private static void execute(String url, String sql) {
        try (var connection = DriverManager.getConnection(url); var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot run '" + sql + "' on the test PostgreSQL database: " + e.getMessage(), e);
        }
    }
}
