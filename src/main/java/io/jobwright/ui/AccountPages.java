package io.jobwright.ui;

import io.javalin.http.Context;
import io.jobwright.auth.AuthService;
import io.jobwright.auth.IssuedSession;
import io.jobwright.auth.SessionCookies;
import io.jobwright.error.Forbidden;
import io.jobwright.error.JobwrightException;
import io.jobwright.web.RouteModule;
import io.jobwright.web.Routes;
import java.util.Map;

/** Creating the admin account, signing in and signing out. */
public final class AccountPages implements RouteModule {

    private final Pages pages;
    private final AuthService auth;

    /** Pages backed by the auth service (which also decides who is signed in). */
    public AccountPages(AuthService auth) {
        this.pages = new Pages(auth);
        this.auth = auth;
    }

    @Override
    public void register(Routes routes) {
        routes.get("/", ctx -> {
            if (pages.signedIn(ctx).isPresent()) {
                Pages.redirect(ctx, "/jobs/ready");
            }
        });
        routes.get("/setup", ctx -> showSetup(ctx, Form.empty()))
                .post("/setup", this::setup)
                .get("/login", ctx -> showLogin(ctx, Form.empty().value("next", Pages.safeNext(ctx.queryParam("next")))))
                .post("/login", this::login)
                .post("/logout", this::logout);
    }

    private void showSetup(Context ctx, Form form) {
        if (!pages.setupRequired()) {
            Pages.redirect(ctx, "/login");
            return;
        }
        pages.render(ctx, "account/setup.jte", Map.of("frame", Frame.anonymous("Create your account"),
                "form", form, "formToken", Csrf.issueForAnonymous(ctx)));
    }

    private void setup(Context ctx) {
        String username = ctx.formParam("username");
        Form form = Form.empty().value("username", username);
        if (!Csrf.validAnonymous(ctx)) {
            showSetup(ctx.status(403), form.message(staleForm()));
            return;
        }
        String password = ctx.formParam("password");
        if (password != null && !password.equals(ctx.formParam("confirm"))) {
            showSetup(ctx.status(400), form.error("confirm", "The two passwords differ"));
            return;
        }
        try {
            IssuedSession session = auth.setup(username, password);
            SessionCookies.set(ctx, session);
            Pages.redirect(ctx, "/onboarding");
        } catch (JobwrightException e) {
            showSetup(ctx.status(400), form.refused(e));
        }
    }

    private void showLogin(Context ctx, Form form) {
        if (pages.setupRequired()) {
            Pages.redirect(ctx, "/setup");
            return;
        }
        pages.render(ctx, "account/login.jte", Map.of("frame", Frame.anonymous("Sign in"),
                "form", form, "formToken", Csrf.issueForAnonymous(ctx)));
    }

    private void login(Context ctx) {
        String next = Pages.safeNext(ctx.formParam("next"));
        Form form = Form.empty().value("username", ctx.formParam("username")).value("next", next);
        if (!Csrf.validAnonymous(ctx)) {
            showLogin(ctx.status(403), form.message(staleForm()));
            return;
        }
        try {
            IssuedSession session = auth.login(ctx.formParam("username"), ctx.formParam("password"), ctx.ip());
            SessionCookies.set(ctx, session);
            Pages.redirect(ctx, next);
        } catch (Forbidden e) {
            showLogin(ctx.status(429), form.message(e.getMessage()));
        } catch (JobwrightException e) {
            showLogin(ctx.status(e instanceof io.jobwright.error.Unauthorized ? 401 : 400), form.refused(e));
        }
    }

    private void logout(Context ctx) {
        if (pages.acting(ctx).isEmpty()) {
            return;
        }
        String token = ctx.cookie(SessionCookies.SESSION);
        if (token != null) {
            auth.logout(token);
        }
        SessionCookies.clear(ctx);
        Pages.redirect(ctx, "/login");
    }

    private static String staleForm() {
        return "This form has expired; please submit it again.";
    }
}
