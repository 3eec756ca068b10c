package io.jobwright.auth;

import io.javalin.http.Context;
import io.jobwright.error.Forbidden;
import io.jobwright.web.Envelope;
import io.jobwright.web.Principal;
import io.jobwright.web.Requests;
import io.jobwright.web.RouteModule;
import io.jobwright.web.Routes;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code /api/auth} routes: setup, sign-in and sign-out, status, the current user, a password change, and API
 * tokens. Setup, login
 * and status are public (see the web layer's access filter); the rest need credentials.
 */
public final class AuthRoutes implements RouteModule {

    private static final Set<String> SIGN_IN_FIELDS = Set.of("username", "password");

    private final AuthService auth;

    /** Routes backed by the given service. */
    public AuthRoutes(AuthService auth) {
        this.auth = auth;
    }

    @Override
    public void register(Routes routes) {
        routes.post("/api/auth/setup", this::setup)
                .post("/api/auth/login", this::login)
                .post("/api/auth/logout", this::logout)
                .get("/api/auth/status", this::status)
                .get("/api/auth/me", this::me)
                .post("/api/auth/password", this::changePassword)
                .post("/api/auth/tokens", this::createToken)
                .get("/api/auth/tokens", this::listTokens)
                .delete("/api/auth/tokens/{id}", this::revokeToken);
    }

    private void setup(Context ctx) {
        JsonFields body = JsonFields.read(ctx, SIGN_IN_FIELDS);
        IssuedSession session = auth.setup(body.text("username"), body.text("password"));
        SessionCookies.set(ctx, session);
        Envelope.ok(ctx, 201, sessionBody(session));
    }

    private void login(Context ctx) {
        JsonFields body = JsonFields.read(ctx, SIGN_IN_FIELDS);
        IssuedSession session;
        try {
            session = auth.login(body.text("username"), body.text("password"), ctx.ip());
        } catch (Forbidden refused) {
            // Only the route can set a header; the error envelope itself is still written by the web layer.
            if (refused.details().get("retryAfterSeconds") instanceof Long seconds) {
                ctx.header("Retry-After", seconds.toString());
            }
            throw refused;
        }
        SessionCookies.set(ctx, session);
        Envelope.ok(ctx, sessionBody(session));
    }

    private void logout(Context ctx) {
        PresentedToken.from(ctx).ifPresent(presented -> auth.logout(presented.token()));
        SessionCookies.clear(ctx);
        Envelope.ok(ctx, Map.of("message", "Signed out"));
    }

    private void status(Context ctx) {
        Optional<Principal> principal = auth.authenticate(ctx);
        Envelope.ok(ctx, new AuthStatus(auth.setupRequired(), principal.isPresent(),
                principal.map(Principal::username).orElse(null)));
    }

    private void me(Context ctx) {
        Envelope.ok(ctx, Map.of("user", auth.currentUser(Requests.principal(ctx))));
    }

    private void changePassword(Context ctx) {
        JsonFields body = JsonFields.read(ctx, Set.of("currentPassword", "newPassword"));
        auth.changePassword(Requests.principal(ctx), PresentedToken.from(ctx).map(PresentedToken::token).orElse(null),
                body.text("currentPassword"), body.text("newPassword"));
        Envelope.ok(ctx, Map.of("message", "Password changed; your other sessions are signed out"));
    }

    private void createToken(Context ctx) {
        JsonFields body = JsonFields.read(ctx, Set.of("name"));
        Envelope.ok(ctx, 201, auth.createApiToken(Requests.principal(ctx), body.text("name")));
    }

    private void listTokens(Context ctx) {
        Envelope.ok(ctx, Map.of("tokens", auth.listApiTokens(Requests.principal(ctx))));
    }

    private void revokeToken(Context ctx) {
        Principal principal = Requests.principal(ctx);
        auth.revokeApiToken(principal, ctx.pathParam("id"));
        Envelope.ok(ctx, Map.of("revoked", true));
    }

    private static Map<String, Object> sessionBody(IssuedSession session) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("token", session.token());
        body.put("expiresIn", session.expiresIn());
        body.put("csrfToken", session.csrfToken());
        body.put("user", session.user());
        return body;
    }
}
