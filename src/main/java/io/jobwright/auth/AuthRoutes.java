package io.jobwright.auth;

import io.jobwright.web.RouteModule;
import io.jobwright.web.Routes;

/** STUB: /api/auth routes. */
public final class AuthRoutes implements RouteModule {
    public AuthRoutes(AuthService auth) {
    }

    @Override
    public void register(Routes routes) {
    }
}
