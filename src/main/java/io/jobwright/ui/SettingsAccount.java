package io.jobwright.ui;

import io.javalin.http.Context;
import io.jobwright.auth.AuthService;
import io.jobwright.auth.IssuedApiToken;
import io.jobwright.auth.SessionCookies;
import io.jobwright.error.InvalidRequest;
import io.jobwright.error.JobwrightException;
import io.jobwright.web.Principal;
import io.jobwright.web.Routes;
import java.util.Optional;

/** Settings → Account: change the password, create and revoke API tokens (a new token is shown once). */
final class SettingsAccount {

    private final Pages pages;
    private final AuthService auth;
    private final SettingsSections sections;

    SettingsAccount(Pages pages, AuthService auth, SettingsSections sections) {
        this.pages = pages;
        this.auth = auth;
        this.sections = sections;
    }

    void register(Routes routes) {
        routes.post("/settings/account/password", this::changePassword);
        routes.post("/settings/account/tokens", this::createToken);
        routes.post("/settings/account/tokens/{id}/revoke", this::revokeToken);
    }

    private void changePassword(Context ctx) {
        Optional<Principal> principal = pages.acting(ctx);
        if (principal.isEmpty()) {
            return;
        }
        Form form = sections.baseForm();
        String next = ctx.formParam("newPassword");
        try {
            if (next != null && !next.equals(ctx.formParam("confirmPassword"))) {
                throw InvalidRequest.field("confirmPassword", "the two new passwords differ");
            }
            auth.changePassword(principal.get(), ctx.cookie(SessionCookies.SESSION), ctx.formParam("currentPassword"), next);
            Pages.redirect(ctx, "/settings/account?saved=1");
        } catch (JobwrightException e) {
            Object field = e.details().get("field");
            if (field instanceof String name) {
                form.error(name, SettingsPages.capitalize(e.getMessage().replaceFirst("^" + name + ":? ", "")));
            } else {
                form.message(e.getMessage());
            }
            ctx.status(400);
            sections.show(ctx, "account", form, null);
        }
    }

    private void createToken(Context ctx) {
        Optional<Principal> principal = pages.acting(ctx);
        if (principal.isEmpty()) {
            return;
        }
        Form form = sections.baseForm().value("tokenName", ctx.formParam("tokenName"));
        try {
            IssuedApiToken issued = auth.createApiToken(principal.get(), ctx.formParam("tokenName"));
            // Shown in this response only: the page is not cached and a reload does not show it again.
            ctx.attribute("issuedToken", issued);
            ctx.status(201);
            sections.show(ctx, "account", Form.empty(), "Token created. Copy it now: it is not shown again.");
        } catch (JobwrightException e) {
            Object field = e.details().get("field");
            form.error("tokenName", SettingsPages.capitalize(field == null ? e.getMessage()
                    : e.getMessage().replaceFirst("^" + field + ":? ", "")));
            ctx.status(400);
            sections.show(ctx, "account", form, null);
        }
    }

    private void revokeToken(Context ctx) {
        Optional<Principal> principal = pages.acting(ctx);
        if (principal.isEmpty()) {
            return;
        }
        auth.revokeApiToken(principal.get(), ctx.pathParam("id"));
        Pages.redirect(ctx, "/settings/account?revoked=1");
    }
}
