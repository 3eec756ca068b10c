package io.jobwright.web;

/**
 * Who made a request, and how they proved it. Cookie-authenticated requests carry the session's CSRF token, which
 * unsafe requests must echo in {@code X-CSRF-Token}.
 */
public record Principal(String userId, String username, Via via, String csrfToken) {

    /** How the caller authenticated. */
    public enum Via { SESSION_COOKIE, BEARER }
}
