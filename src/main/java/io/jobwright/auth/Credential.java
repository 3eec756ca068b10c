package io.jobwright.auth;

import java.time.Instant;

/**
 * What a valid bearer token or session cookie stands for: a session or an API token of one user.
 *
 * @param id         the session's or API token's row id
 * @param csrfToken  the session's CSRF token; empty for API tokens, which are never sent as cookies
 * @param expiresAt  when a session ends; {@code null} for API tokens, which last until revoked
 */
record Credential(Kind kind, String id, String userId, String username, String csrfToken, Instant expiresAt) {

    /** Which table the credential came from. */
    enum Kind { SESSION, API_TOKEN }

    boolean expiredAt(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }
}
