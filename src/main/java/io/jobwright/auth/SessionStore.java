package io.jobwright.auth;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** The {@code auth_sessions} table: sessions are stored under their token's hash, never the token. Thread-safe. */
final class SessionStore {

    private final Jdbi jdbi;

    SessionStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Stores a new session inside the caller's transaction. */
    void insert(Handle handle, String id, String userId, String tokenHash, String csrfToken, Instant createdAt,
            Instant expiresAt) {
        handle.createUpdate("""
                        INSERT INTO auth_sessions (id, user_id, token_hash, csrf_token, created_at, expires_at)
                        VALUES (:id, :userId, :hash, :csrf, :createdAt, :expiresAt)""")
                .bind("id", id)
                .bind("userId", userId)
                .bind("hash", tokenHash)
                .bind("csrf", csrfToken)
                .bind("createdAt", createdAt)
                .bind("expiresAt", expiresAt)
                .execute();
    }

    /** The live (not revoked, not expired) session stored under this token hash. */
    Optional<Credential> findLive(String tokenHash, Instant now) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT s.id, s.user_id, u.username, s.csrf_token, s.expires_at
                        FROM auth_sessions s JOIN users u ON u.id = s.user_id
                        WHERE s.token_hash = :hash AND s.revoked_at IS NULL AND s.expires_at > :now""")
                .bind("hash", tokenHash)
                .bind("now", now)
                .map((rs, ctx) -> new Credential(Credential.Kind.SESSION, rs.getString("id"), rs.getString("user_id"),
                        rs.getString("username"), rs.getString("csrf_token"),
                        Instant.ofEpochMilli(rs.getLong("expires_at"))))
                .findOne());
    }

    /** Revokes the session stored under this token hash; true when a live session was revoked. */
    boolean revoke(String tokenHash, Instant now) {
        return jdbi.withHandle(handle -> handle.createUpdate(
                        "UPDATE auth_sessions SET revoked_at = :now WHERE token_hash = :hash AND revoked_at IS NULL")
                .bind("hash", tokenHash)
                .bind("now", now)
                .execute()) > 0;
    }

    /** Revokes every live session of the user except the one stored under {@code keepHash}; returns how many. */
    int revokeOthers(String userId, String keepHash, Instant now) {
        return jdbi.withHandle(handle -> handle.createUpdate("""
                        UPDATE auth_sessions SET revoked_at = :now
                        WHERE user_id = :user AND token_hash <> :keep AND revoked_at IS NULL""")
                .bind("user", userId)
                .bind("keep", keepHash)
                .bind("now", now)
                .execute());
    }

    /** Deletes sessions that can never authenticate again; returns how many. */
    int purgeEnded(Instant now) {
        return jdbi.withHandle(handle -> handle.createUpdate(
                        "DELETE FROM auth_sessions WHERE expires_at <= :now OR revoked_at IS NOT NULL")
                .bind("now", now)
                .execute());
    }
}
