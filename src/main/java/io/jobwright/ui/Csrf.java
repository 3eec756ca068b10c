package io.jobwright.ui;

import io.javalin.http.Context;
import io.jobwright.error.Forbidden;
import io.jobwright.web.Principal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Cross-site request forgery checks for the page routes. A signed-in form echoes the session's CSRF token (hidden
 * field {@code _csrf}, or the {@code X-CSRF-Token} header that htmx sends). The sign-in and setup forms come before
 * any session, so they use a double-submit token: a random value in a {@code SameSite=Strict} cookie that the form
 * must repeat, which another site can neither read nor set.
 */
final class Csrf {

    static final String FIELD = "_csrf";
    static final String HEADER = "X-CSRF-Token";
    private static final String FORM_COOKIE = "jw_form";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Csrf() {
    }

    /** Refuses an unsafe request whose token does not match the session's. */
    static void check(Context ctx, Principal principal) {
        if (principal.via() == Principal.Via.BEARER) {
            return;
        }
        if (!same(principal.csrfToken(), sent(ctx))) {
            throw new Forbidden("This form has expired or came from another site; reload the page and try again");
        }
    }

    /** The double-submit token for a form shown before sign-in; sets its cookie. */
    static String issueForAnonymous(Context ctx) {
        String existing = ctx.cookie(FORM_COOKIE);
        String token = existing != null && existing.length() == 43 ? existing : random();
        ctx.addHeader("Set-Cookie", FORM_COOKIE + "=" + token + "; Path=/; HttpOnly; SameSite=Strict"
                + ("https".equalsIgnoreCase(ctx.scheme()) ? "; Secure" : ""));
        return token;
    }

    /** True when a form posted before sign-in repeats its cookie's token. */
    static boolean validAnonymous(Context ctx) {
        return same(ctx.cookie(FORM_COOKIE), sent(ctx));
    }

    private static String sent(Context ctx) {
        String header = ctx.header(HEADER);
        return header != null ? header : ctx.formParam(FIELD);
    }

    private static boolean same(String expected, String actual) {
        return expected != null && !expected.isEmpty() && actual != null && MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), actual.getBytes(StandardCharsets.UTF_8));
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
