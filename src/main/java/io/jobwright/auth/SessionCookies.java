package io.jobwright.auth;

import io.javalin.http.Context;

/**
 * Writes the browser cookies of a session: {@code jw_session} (HttpOnly, the credential) and {@code jw_csrf}
 * (readable by the page's script, which echoes it in {@code X-CSRF-Token}). Both are {@code SameSite=Strict}, and
 * {@code Secure} when the request came over HTTPS; plain HTTP on localhost must keep working.
 */
public final class SessionCookies {

    public static final String SESSION = "jw_session";
    static final String CSRF = "jw_csrf";

    private SessionCookies() {
    }

    /** Sets both cookies for a new session. */
    public static void set(Context ctx, IssuedSession session) {
        ctx.addHeader("Set-Cookie", cookie(ctx, SESSION, session.token(), session.expiresIn(), true));
        ctx.addHeader("Set-Cookie", cookie(ctx, CSRF, session.csrfToken(), session.expiresIn(), false));
    }

    /** Tells the browser to drop both cookies. */
    public static void clear(Context ctx) {
        ctx.addHeader("Set-Cookie", cookie(ctx, SESSION, "", 0, true));
        ctx.addHeader("Set-Cookie", cookie(ctx, CSRF, "", 0, false));
    }

    private static String cookie(Context ctx, String name, String value, long maxAgeSeconds, boolean httpOnly) {
        return name + "=" + value + "; Max-Age=" + maxAgeSeconds + "; Path=/"
                + (httpOnly ? "; HttpOnly" : "") + "; SameSite=Strict"
                + ("https".equalsIgnoreCase(ctx.scheme()) ? "; Secure" : "");
    }
}
