package io.jobwright.web;

import io.javalin.http.Context;
import io.jobwright.error.Forbidden;
import io.jobwright.error.Unauthorized;
import java.util.Set;

/**
 * Decides, before any handler runs, whether a request may proceed. Every {@code /api/*} and {@code /pdfs/*} route
 * needs credentials except the few needed to get them; cookie-authenticated unsafe requests also need the CSRF token.
 */
final class AccessFilter {

    static final String PRINCIPAL = "jobwright.principal";
    static final String CSRF_HEADER = "X-CSRF-Token";
    /** Open without a login; the webhook checks its own secret. */
    private static final Set<String> PUBLIC = Set.of(
            "GET /health", "POST /api/auth/setup", "POST /api/auth/login", "GET /api/auth/status",
            "POST /api/webhook/trigger");
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final Authenticator authenticator;

    AccessFilter(Authenticator authenticator) {
        this.authenticator = authenticator;
    }

    void check(Context ctx) {
        String path = ctx.path();
        String method = ctx.method().name();
        if (method.equals("OPTIONS") || PUBLIC.contains(method + " " + path) || !isProtected(path)) {
            return;
        }
        Principal principal = authenticator.authenticate(ctx).orElse(null);
        if (principal == null) {
            throw new Unauthorized(authenticator.setupRequired()
                    ? "Initial setup is required: create the admin account with POST /api/auth/setup"
                    : "Authentication required: send 'Authorization: Bearer <token>' or sign in");
        }
        if (principal.via() == Principal.Via.SESSION_COOKIE && !SAFE_METHODS.contains(method)
                && !principal.csrfToken().equals(ctx.header(CSRF_HEADER))) {
            throw new Forbidden("Missing or wrong " + CSRF_HEADER + " header for a cookie-authenticated request");
        }
        ctx.attribute(PRINCIPAL, principal);
    }

    private static boolean isProtected(String path) {
        return path.startsWith("/api/") || path.equals("/api") || path.startsWith("/pdfs/");
    }
}
