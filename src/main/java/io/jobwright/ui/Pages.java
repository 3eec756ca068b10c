package io.jobwright.ui;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.jobwright.web.Authenticator;
import io.jobwright.web.Principal;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * Renders the precompiled templates and answers the question every page asks first: who is signed in? A visitor
 * without a session goes to the sign-in page (or to setup before the first account exists) and comes back after.
 * Thread-safe; one instance is shared by every page route.
 */
final class Pages {

    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "frame-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'";

    private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);
    private final Authenticator authenticator;

    Pages(Authenticator authenticator) {
        this.authenticator = authenticator;
    }

    /** Renders {@code template} (a path under {@code src/main/jte}) with {@code params} as the HTML response. */
    void render(Context ctx, String template, Map<String, Object> params) {
        Utf8ByteOutput output = new Utf8ByteOutput();
        templates.render(template, params, output);
        ctx.contentType("text/html; charset=utf-8");
        ctx.header("Cache-Control", "no-store");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("Vary", "HX-Request");
        ctx.result(output.toByteArray());
    }

    /** The signed-in user; otherwise redirects (to setup or sign-in, with the way back) and answers empty. */
    Optional<Principal> signedIn(Context ctx) {
        Optional<Principal> principal = authenticator.authenticate(ctx);
        if (principal.isEmpty()) {
            redirect(ctx, authenticator.setupRequired() ? "/setup"
                    : "/login?next=" + URLEncoder.encode(returnPath(ctx), StandardCharsets.UTF_8));
        }
        return principal;
    }

    /**
     * The signed-in user of a form post or htmx action, after checking its CSRF token; empty after redirecting a
     * visitor without a session to sign-in.
     *
     * @throws io.jobwright.error.Forbidden when the token is missing or wrong
     */
    Optional<Principal> acting(Context ctx) {
        Optional<Principal> principal = signedIn(ctx);
        principal.ifPresent(p -> Csrf.check(ctx, p));
        return principal;
    }

    /** True until the first account exists. */
    boolean setupRequired() {
        return authenticator.setupRequired();
    }

    /** The layout frame for a signed-in page. */
    static Frame frame(String title, Principal principal, String active) {
        return new Frame(title, principal.username(), principal.csrfToken() == null ? "" : principal.csrfToken(), active);
    }

    /** True when htmx made the request (it wants a fragment, not a whole page). */
    static boolean isHtmx(Context ctx) {
        return "true".equals(ctx.header("HX-Request"));
    }

    /** A redirect that htmx follows as a full page load too. */
    static void redirect(Context ctx, String target) {
        if (isHtmx(ctx)) {
            ctx.header("HX-Redirect", target);
            ctx.status(200);
            return;
        }
        ctx.redirect(target, HttpStatus.SEE_OTHER);
    }

    /**
     * A 303 to where an action should show its result. htmx follows it inside the request and swaps the page it
     * lands on in place (a boosted form keeps the workspace and the selection); a plain form post loads it.
     */
    static void seeOther(Context ctx, String target) {
        ctx.redirect(target, HttpStatus.SEE_OTHER);
    }

    /** A same-site path to return to after sign-in; anything else becomes {@code /}. */
    static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")
                || next.chars().anyMatch(c -> c < 0x20 || c == '\\')) {
            return "/";
        }
        return next;
    }

    /** The page the user was on: for htmx, the address bar (not the fragment's URL); for a page load, the request. */
    private static String returnPath(Context ctx) {
        String current = ctx.header("HX-Current-URL");
        if (current != null) {
            try {
                URI uri = URI.create(current);
                return safeNext(uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
            } catch (IllegalArgumentException e) {
                return "/";
            }
        }
        if (!ctx.method().name().equals("GET")) {
            return "/";
        }
        return ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
    }
}
