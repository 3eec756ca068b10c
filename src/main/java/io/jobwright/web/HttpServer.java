package io.jobwright.web;

import io.javalin.Javalin;
import io.jobwright.config.Config;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The Javalin server: request ids, access control, error mapping, an access log line per request, and the routes
 * of every feature. Start it with {@link #start}, ask for {@link #port}, {@link #stop} it.
 */
public final class HttpServer {

    private static final Logger ACCESS = LoggerFactory.getLogger("io.jobwright.http");
    /**
     * Jetty sizes some padded arrays by how many object references fit in a cache line. Unless told, it asks the
     * JVM through the platform MBean server, which starts JMX and registers every platform MXBean: about 250
     * classes and a tenth of a second of every start, for a padding hint. 64-byte lines over 4-byte (compressed)
     * references, as on every heap below 32 GB, make 16.
     */
    private static final String REFERENCES_PER_CACHE_LINE = "org.eclipse.jetty.util.referencesPerCacheLine";

    private static final String POLL = "jobwright.poll";

    private final Javalin javalin;
    private final List<Routes.Route> routes;

    private HttpServer(Javalin javalin, List<Routes.Route> routes) {
        this.javalin = javalin;
        this.routes = routes;
    }

    /** Builds and starts the server on the configured host and port (0 picks a free port). */
    public static HttpServer start(Config.WebConfig web, Authenticator authenticator, List<RouteModule> modules) {
        if (System.getProperty(REFERENCES_PER_CACHE_LINE) == null) {
            System.setProperty(REFERENCES_PER_CACHE_LINE, "16");
        }
        AccessFilter access = new AccessFilter(authenticator);
        Requests.maxBodyBytes(web.maxBodyBytes());
        Routes[] holder = new Routes[1];
        Javalin javalin = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            // Platform threads on purpose: SQLite waits for its write lock inside native code, which pins a virtual
            // thread to its carrier. With as many carriers as cores, a few waiting writers starve the one holding
            // the lock and every request stalls until the busy timeout.
            config.concurrency.useVirtualThreads = false;
            config.http.maxRequestSize = Math.max(web.maxBodyBytes(), web.maxUploadBytes());
            config.http.generateEtags = false;
            config.jetty.host = web.host();
            config.jetty.port = web.port();
            config.router.ignoreTrailingSlashes = true;
            config.routes.before(ctx -> {
                ctx.attribute("jobwright.startNanos", System.nanoTime());
                RequestContext.begin(ctx);
                access.check(ctx);
            });
            config.routes.after(HttpServer::logCompleted);
            ErrorMapping.register(config.routes);
            Routes routes = new Routes(config.routes);
            routes.get("/health", ctx -> pollAnswer(ctx).json(java.util.Map.of("status", "ok",
                    "timestamp", java.time.Instant.now().toString())));
            modules.forEach(module -> module.register(routes));
            holder[0] = routes;
        });
        javalin.start();
        return new HttpServer(javalin, holder[0].registered());
    }

    /**
     * Marks a request as a poll (health checks, the jobs page's revision check every few seconds): answered with 200
     * it stays out of the access log, which would otherwise fill with them; refused or failing, it is logged.
     */
    public static io.javalin.http.Context pollAnswer(io.javalin.http.Context ctx) {
        ctx.attribute(POLL, true);
        return ctx;
    }

    public int port() {
        return javalin.port();
    }

    /** Every route the features registered. */
    public List<Routes.Route> routes() {
        return routes;
    }

    public void stop() {
        javalin.stop();
    }

    private static void logCompleted(io.javalin.http.Context ctx) {
        Long start = ctx.attribute("jobwright.startNanos");
        long millis = start == null ? -1 : (System.nanoTime() - start) / 1_000_000;
        if (!(Boolean.TRUE.equals(ctx.attribute(POLL)) && ctx.statusCode() == 200)) {
            ACCESS.info("HTTP request completed method={} path={} status={} durationMs={}",
                    ctx.method(), ctx.path(), ctx.statusCode(), millis);
        }
        MDC.clear();
    }
}
