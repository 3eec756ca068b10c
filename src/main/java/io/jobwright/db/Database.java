package io.jobwright.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.jobwright.config.Config;
import io.jobwright.config.ConfigException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Types;
import java.time.Instant;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The connection pool, the migrated schema and the {@link Jdbi} handle the repositories share.
 *
 * <p>Timestamps are stored as epoch milliseconds ({@code BIGINT}) and booleans as {@code 0/1} integers so the same
 * SQL runs on SQLite and PostgreSQL. Thread-safe; close it once at shutdown.
 */
public final class Database implements AutoCloseable {

    public static final String SQLITE_FILE = "jobwright.db";

    private final HikariDataSource pool;
    private final Jdbi jdbi;
    private final Dialect dialect;

    private Database(HikariDataSource pool, Dialect dialect) {
        this.pool = pool;
        this.dialect = dialect;
        this.jdbi = Jdbi.create(pool);
        if (dialect == Dialect.SQLITE) {
            jdbi.setTransactionHandler(new OneWriterAtATime(jdbi.getTransactionHandler()));
        }
        jdbi.registerArgument(new InstantAsMillis());
        jdbi.registerArgument(new BooleanAsInt());
        jdbi.registerColumnMapper(Instant.class, (rs, column, ctx) -> {
            long millis = rs.getLong(column);
            return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
        });
    }

    /** Opens the pool for the configured database and applies pending migrations. */
    public static Database open(Config.DbConfig db, Path dataDir) {
        String url = db.url() != null ? db.url() : "jdbc:sqlite:" + dataDir.resolve(SQLITE_FILE);
        Dialect dialect = Dialect.of(url);
        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName("jobwright-db");
        if (dialect == Dialect.SQLITE) {
            createParent(url);
            SQLiteConfig sqlite = new SQLiteConfig();
            sqlite.setJournalMode(SQLiteConfig.JournalMode.WAL);
            sqlite.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
            sqlite.setBusyTimeout(15_000);
            sqlite.enforceForeignKeys(true);
            // Writers take the lock when their transaction begins, so two writers never deadlock on an upgrade.
            sqlite.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
            SQLiteDataSource source = new SQLiteDataSource(sqlite);
            source.setUrl(url);
            hikari.setDataSource(source);
            hikari.setMaximumPoolSize(8);
        } else {
            hikari.setJdbcUrl(url);
            hikari.setUsername(db.user());
            hikari.setPassword(db.password());
            hikari.setMaximumPoolSize(16);
        }
        hikari.setMinimumIdle(1);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(hikari);
        } catch (RuntimeException e) {
            throw new ConfigException("Cannot connect to the database at " + redact(url) + ": " + e.getMessage());
        }
        try {
            Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        return new Database(pool, dialect);
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public Dialect dialect() {
        return dialect;
    }

    /** The pool itself, for libraries that speak plain JDBC (the background scheduler). */
    public javax.sql.DataSource dataSource() {
        return pool;
    }

    @Override
    public void close() {
        pool.close();
    }

    private static void createParent(String url) {
        String file = url.substring("jdbc:sqlite:".length());
        if (file.startsWith(":memory:") || file.startsWith("file:")) {
            return;
        }
        try {
            Path parent = Path.of(file).toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (java.io.IOException e) {
            throw new ConfigException("Cannot create the directory for " + file + ": " + e.getMessage());
        }
    }

    private static String redact(String url) {
        return url.replaceAll("(?i)password=[^&]*", "password=****");
    }

    private static final class InstantAsMillis extends AbstractArgumentFactory<Instant> {
        InstantAsMillis() {
            super(Types.BIGINT);
        }

        @Override
        protected Argument build(Instant value, ConfigRegistry config) {
            return (position, statement, ctx) -> statement.setLong(position, value.toEpochMilli());
        }
    }

    private static final class BooleanAsInt extends AbstractArgumentFactory<Boolean> {
        BooleanAsInt() {
            super(Types.INTEGER);
        }

        @Override
        protected Argument build(Boolean value, ConfigRegistry config) {
            return (position, statement, ctx) -> statement.setInt(position, value ? 1 : 0);
        }
    }
}
