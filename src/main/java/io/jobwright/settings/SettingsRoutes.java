package io.jobwright.settings;

import io.jobwright.web.RouteModule;
import io.jobwright.web.Routes;

/** STUB: GET/PATCH /api/settings. */
public final class SettingsRoutes implements RouteModule {
    public SettingsRoutes(SettingsService settings) {
    }

    @Override
    public void register(Routes routes) {
    }
}
