package io.jobwright.logging;

import io.jobwright.App;
import io.jobwright.config.Config;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.slf4j.LoggerFactory;

/**
 * Run in a child JVM by {@link StdoutJsonIT}: starts the real app, makes a few requests, and logs through Jetty's,
 * Javalin's and java.util.logging's loggers, so the parent can check what reaches stdout from a cold start.
 */
public final class StdoutSample {

    private StdoutSample() {
    }

    /** Expects the data directory as its only argument. */
    public static void main(String[] args) throws Exception {
        try (App app = App.start(Config.load(Map.of("JOBWRIGHT_DATA_DIR", args[0], "JOBWRIGHT_PORT", "0")))) {
            HttpClient http = HttpClient.newHttpClient();
            for (String path : new String[] {"/health", "/api/jobs", "/api/openapi.json?token=sk-abc123def456ghi789"}) {
                http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
                        HttpResponse.BodyHandlers.discarding());
            }
            LoggerFactory.getLogger("org.eclipse.jetty.server.HttpChannel").warn("jetty warning for {}",
                    "sk-abc123def456ghi789");
            LoggerFactory.getLogger("io.javalin.Javalin").warn("javalin warning");
            java.util.logging.Logger.getLogger("com.openhtmltopdf.load").severe("renderer failure for ann@example.com");
        }
    }
}
