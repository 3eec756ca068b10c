package io.jobwright.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.sse.SseClient;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Where features register their HTTP routes. It forwards to Javalin and remembers each (method, path), so the
 * OpenAPI test can prove that every route is described.
 */
public final class Routes {

    /** One registered route, with Javalin's path syntax ({@code /api/jobs/{id}}). */
    public record Route(String method, String path) {
    }

    private final RoutesConfig javalin;
    private final List<Route> registered = new ArrayList<>();

    Routes(RoutesConfig javalin) {
        this.javalin = javalin;
    }

    public Routes get(String path, Handler handler) {
        return add(HandlerType.GET, path, handler);
    }

    public Routes post(String path, Handler handler) {
        return add(HandlerType.POST, path, handler);
    }

    public Routes put(String path, Handler handler) {
        return add(HandlerType.PUT, path, handler);
    }

    public Routes patch(String path, Handler handler) {
        return add(HandlerType.PATCH, path, handler);
    }

    public Routes delete(String path, Handler handler) {
        return add(HandlerType.DELETE, path, handler);
    }

    /** A server-sent-events GET route. */
    public Routes sse(String path, Consumer<SseClient> client) {
        registered.add(new Route("GET", path));
        javalin.sse(path, client);
        return this;
    }

    /** Every route registered so far. */
    public List<Route> registered() {
        return List.copyOf(registered);
    }

    private Routes add(HandlerType type, String path, Handler handler) {
        registered.add(new Route(type.name(), path));
        javalin.addHttpHandler(type, path, handler);
        return this;
    }
}
