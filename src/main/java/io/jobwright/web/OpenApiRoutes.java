package io.jobwright.web;

/** STUB: serves /api/openapi.json. */
public final class OpenApiRoutes implements RouteModule {
    @Override
    public void register(Routes routes) {
    }
}
