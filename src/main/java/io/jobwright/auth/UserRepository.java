package io.jobwright.auth;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** The {@code users} table and the {@code auth_setup} guard row. Thread-safe. */
final class UserRepository {

    /** A user with the password hash, for sign-in only. */
    record Account(User user, String passwordHash) {
    }

    private final Jdbi jdbi;

    UserRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Whether any account exists. */
    boolean anyUser() {
        return jdbi.withHandle(this::anyUser);
    }

    boolean anyUser(Handle handle) {
        return handle.createQuery("SELECT COUNT(*) FROM users").mapTo(Long.class).one() > 0;
    }

    /**
     * Inserts the first account and the setup guard row inside the caller's transaction; a concurrent setup that
     * committed first makes the guard insert fail.
     */
    void insertFirst(Handle handle, User user, String passwordHash) {
        handle.createUpdate("""
                        INSERT INTO users (id, username, password_hash, created_at, updated_at)
                        VALUES (:id, :username, :hash, :now, :now)""")
                .bind("id", user.id())
                .bind("username", user.username())
                .bind("hash", passwordHash)
                .bind("now", user.createdAt())
                .execute();
        handle.createUpdate("INSERT INTO auth_setup (id, user_id, completed_at) VALUES (1, :id, :now)")
                .bind("id", user.id())
                .bind("now", user.createdAt())
                .execute();
    }

    /** The account with this (normalised) username. */
    Optional<Account> findByUsername(String username) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT id, username, created_at, password_hash FROM users WHERE username = :username")
                .bind("username", username)
                .map((rs, ctx) -> new Account(
                        new User(rs.getString("id"), rs.getString("username"),
                                Instant.ofEpochMilli(rs.getLong("created_at"))),
                        rs.getString("password_hash")))
                .findOne());
    }

    /** The user with this id. */
    Optional<User> findById(String id) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT id, username, created_at FROM users WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> new User(rs.getString("id"), rs.getString("username"),
                        Instant.ofEpochMilli(rs.getLong("created_at"))))
                .findOne());
    }

    /** Replaces the account's password hash; true when the account exists. */
    boolean updatePassword(String id, String passwordHash, Instant now) {
        return jdbi.withHandle(handle -> handle.createUpdate(
                        "UPDATE users SET password_hash = :hash, updated_at = :now WHERE id = :id")
                .bind("id", id)
                .bind("hash", passwordHash)
                .bind("now", now)
                .execute()) > 0;
    }
}
