package io.jobwright.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.Jdbi;

/**
 * The {@code api_tokens} table: tokens are stored under their hash with a short recognisable prefix. Thread-safe.
 *
 * <p>{@code last_used_at} is written at most once per {@link #TOUCH_INTERVAL} per token, so a script polling the
 * API does not turn every read into a write.
 */
final class ApiTokenStore {

    static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    private final Jdbi jdbi;
    private final Map<String, Instant> lastTouched = new ConcurrentHashMap<>();

    ApiTokenStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Stores a new token. */
    void insert(String id, String userId, String name, String tokenHash, String prefix, Instant createdAt) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO api_tokens (id, user_id, name, token_hash, token_prefix, created_at)
                        VALUES (:id, :userId, :name, :hash, :prefix, :createdAt)""")
                .bind("id", id)
                .bind("userId", userId)
                .bind("name", name)
                .bind("hash", tokenHash)
                .bind("prefix", prefix)
                .bind("createdAt", createdAt)
                .execute());
    }

    /** The unrevoked token stored under this hash. */
    Optional<Credential> findLive(String tokenHash) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT t.id, t.user_id, u.username
                        FROM api_tokens t JOIN users u ON u.id = t.user_id
                        WHERE t.token_hash = :hash AND t.revoked_at IS NULL""")
                .bind("hash", tokenHash)
                .map((rs, ctx) -> new Credential(Credential.Kind.API_TOKEN, rs.getString("id"), rs.getString("user_id"),
                        rs.getString("username"), "", null))
                .findOne());
    }

    /** The user's unrevoked tokens, oldest first. */
    List<ApiToken> listLive(String userId) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT id, name, token_prefix, created_at, last_used_at FROM api_tokens
                        WHERE user_id = :userId AND revoked_at IS NULL ORDER BY created_at, id""")
                .bind("userId", userId)
                .map((rs, ctx) -> {
                    long lastUsed = rs.getLong("last_used_at");
                    return new ApiToken(rs.getString("id"), rs.getString("name"), rs.getString("token_prefix"),
                            Instant.ofEpochMilli(rs.getLong("created_at")),
                            rs.wasNull() ? null : Instant.ofEpochMilli(lastUsed));
                })
                .list());
    }

    /** Revokes one of the user's tokens; false when it does not exist, is someone else's or is already revoked. */
    boolean revoke(String userId, String id, Instant now) {
        lastTouched.remove(id);
        return jdbi.withHandle(handle -> handle.createUpdate("""
                        UPDATE api_tokens SET revoked_at = :now
                        WHERE id = :id AND user_id = :userId AND revoked_at IS NULL""")
                .bind("id", id)
                .bind("userId", userId)
                .bind("now", now)
                .execute()) > 0;
    }

    /** Records a use of the token, unless one was recorded less than a minute ago by this process. */
    void touch(String id, Instant now) {
        Instant previous = lastTouched.get(id);
        if (previous != null && Duration.between(previous, now).compareTo(TOUCH_INTERVAL) < 0) {
            return;
        }
        lastTouched.put(id, now);
        jdbi.useHandle(handle -> handle.createUpdate("UPDATE api_tokens SET last_used_at = :now WHERE id = :id")
                .bind("id", id)
                .bind("now", now)
                .execute());
    }
}
