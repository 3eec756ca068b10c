package io.jobwright.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Remembers recently checked credentials by token hash, so authenticating a request usually costs a SHA-256 and a
 * map lookup rather than a database query. Entries live {@link #TTL} and at most {@value #MAX_ENTRIES} are kept
 * (least recently used go first).
 *
 * <p>A logout or revocation in this process removes the entry at once. With several instances on one PostgreSQL,
 * another instance may keep accepting a revoked credential for up to {@link #TTL}. Thread-safe.
 */
final class CredentialCache {

    static final Duration TTL = Duration.ofSeconds(30);
    static final int MAX_ENTRIES = 1024;

    private record Cached(Credential credential, Instant loadedAt) {
    }

    private final Map<String, Cached> entries = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Cached> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    /** The cached credential for this token hash, when it was loaded recently and has not expired. */
    synchronized Optional<Credential> get(String tokenHash, Instant now) {
        Cached entry = entries.get(tokenHash);
        if (entry == null) {
            return Optional.empty();
        }
        if (now.isAfter(entry.loadedAt().plus(TTL)) || entry.credential().expiredAt(now)) {
            entries.remove(tokenHash);
            return Optional.empty();
        }
        return Optional.of(entry.credential());
    }

    synchronized void put(String tokenHash, Credential credential, Instant now) {
        entries.put(tokenHash, new Cached(credential, now));
    }

    /** Forgets the credential stored under this token hash. */
    synchronized void remove(String tokenHash) {
        entries.remove(tokenHash);
    }

    /** Forgets the session or API token with this row id, whatever token hash it is cached under. */
    synchronized void removeById(String id) {
        entries.values().removeIf(entry -> entry.credential().id().equals(id));
    }

    /** Forgets every cached credential (after a password change, so revoked sessions stop working at once here). */
    synchronized void clear() {
        entries.clear();
    }
}
