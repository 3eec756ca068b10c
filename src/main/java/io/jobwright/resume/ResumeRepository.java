package io.jobwright.resume;

import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * The {@code resumes} table: one row per imported revision, never updated or deleted. The document is stored as the
 * JSON that {@link JsonResumeWriter} produces; parsing it is the service's business. Thread-safe.
 */
final class ResumeRepository {

    /** A stored row, document still as text. */
    record Row(int revision, String document, String sourceFormat, Instant createdAt) {
    }

    private static final int INSERT_ATTEMPTS = 10;
    private static final RowMapper<Row> ROW = (rs, ctx) -> new Row(rs.getInt("revision"), rs.getString("document"),
            rs.getString("source_format"), Instant.ofEpochMilli(rs.getLong("created_at")));

    private final Jdbi jdbi;

    ResumeRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Stores a new revision numbered one past the highest so far, and returns its number. */
    int insertNext(String document, String sourceFormat, Instant createdAt) {
        for (int attempt = 1; ; attempt++) {
            try {
                return jdbi.inTransaction(handle -> {
                    int next = handle.createQuery("SELECT COALESCE(MAX(revision), 0) + 1 FROM resumes")
                            .mapTo(Integer.class).one();
                    handle.createUpdate("""
                            INSERT INTO resumes (revision, document, source_format, created_at)
                            VALUES (:revision, :document, :sourceFormat, :createdAt)""")
                            .bind("revision", next)
                            .bind("document", document)
                            .bind("sourceFormat", sourceFormat)
                            .bind("createdAt", createdAt.toEpochMilli())
                            .execute();
                    return next;
                });
            } catch (UnableToExecuteStatementException e) {
                // Two PostgreSQL instances importing at once can pick the same number; the loser takes the next one.
                if (attempt >= INSERT_ATTEMPTS || !isDuplicateKey(e)) {
                    throw e;
                }
            }
        }
    }

    /** The highest revision, 0 when there is none. */
    int latestRevision() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT COALESCE(MAX(revision), 0) FROM resumes")
                .mapTo(Integer.class).one());
    }

    /** The row with the highest revision. */
    Optional<Row> latest() {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT revision, document, source_format, created_at FROM resumes
                        ORDER BY revision DESC LIMIT 1""")
                .map(ROW)
                .findOne());
    }

    /** Every revision's number, source format and time, newest first, without the documents. */
    java.util.List<Row> listWithoutDocuments() {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT revision, '' AS document, source_format, created_at FROM resumes
                        ORDER BY revision DESC""")
                .map(ROW)
                .list());
    }

    /** The row of one revision. */
    Optional<Row> find(int revision) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT revision, document, source_format, created_at FROM resumes
                        WHERE revision = :revision""")
                .bind("revision", revision)
                .map(ROW)
                .findOne());
    }

    private static boolean isDuplicateKey(UnableToExecuteStatementException e) {
        return e.getCause() instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23");
    }
}
