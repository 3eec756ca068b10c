package io.jobwright.web;

/** A feature's HTTP surface: it registers its routes once, at startup. */
@FunctionalInterface
public interface RouteModule {
    void register(Routes routes);
}
