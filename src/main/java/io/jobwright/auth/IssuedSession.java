package io.jobwright.auth;

/**
 * A new sign-in session. {@code token} is shown only now (only its hash is stored); {@code expiresIn} is in seconds;
 * {@code csrfToken} must accompany unsafe requests made with the session cookie.
 */
public record IssuedSession(String token, long expiresIn, String csrfToken, User user) {
}
