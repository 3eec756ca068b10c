package io.jobwright.settings;

import io.javalin.http.Context;
import io.jobwright.web.Envelope;
import io.jobwright.web.Requests;
import io.jobwright.web.RouteModule;
import io.jobwright.web.Routes;

/** {@code GET /api/settings} (every setting, secrets as hints) and {@code PATCH /api/settings} (change any subset). */
public final class SettingsRoutes implements RouteModule {

    private final SettingsService settings;

    /** Routes backed by the given service. */
    public SettingsRoutes(SettingsService settings) {
        this.settings = settings;
    }

    @Override
    public void register(Routes routes) {
        routes.get("/api/settings", this::show)
                .patch("/api/settings", this::update);
    }

    private void show(Context ctx) {
        Envelope.ok(ctx, settings.view());
    }

    private void update(Context ctx) {
        Envelope.ok(ctx, settings.update(SettingsPatch.parse(Requests.object(ctx))));
    }
}
