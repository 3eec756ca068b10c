package io.jobwright.db;

/**
 * The databases Jobwright runs on. SQL is written to run on both; the few differences are answered here.
 */
public enum Dialect {
    SQLITE,
    POSTGRES;

    /** Picks the dialect from a JDBC URL. */
    public static Dialect of(String jdbcUrl) {
        return jdbcUrl.startsWith("jdbc:postgresql:") ? POSTGRES : SQLITE;
    }

    /**
     * Whether only one Jobwright process can use this database. SQLite lives in the data directory, which one
     * process locks; PostgreSQL may be shared by several instances, so crash recovery must be per instance.
     */
    public boolean singleProcess() {
        return this == SQLITE;
    }
}
