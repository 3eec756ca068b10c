package io.jobwright;

import com.fasterxml.jackson.databind.JsonNode;
import io.jobwright.config.Config;
import io.jobwright.schedule.RunStarter;
import io.jobwright.web.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The real app on port 0 with a temp data directory, on SQLite or on a fresh schema of the PostgreSQL database named
 * by {@code JOBWRIGHT_TEST_PG_URL}, and a small HTTP client that speaks to it.
 */
public final class TestApp implements AutoCloseable {

    public static final String PG_URL_ENV = "JOBWRIGHT_TEST_PG_URL";
    public static final String PASSWORD = "correct horse battery staple 42";

    private final Path dataDir;
    private final String dbUrl;
    private boolean ownsSchema = true;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String> extraEnv = new HashMap<>();
    private Clock clock = Clock.systemUTC();
    private RunStarter runs;
    private App app;
    private String token;

    private TestApp(Path dataDir, String dbUrl) {
        this.dataDir = dataDir;
        this.dbUrl = dbUrl;
    }

    /** An app on SQLite in {@code dataDir}. */
    public static TestApp sqlite(Path dataDir) {
        return new TestApp(dataDir, null).start();
    }

    /** An app on a new, empty schema of the test PostgreSQL database. */
    public static TestApp postgres(Path dataDir) {
        return new TestApp(dataDir, freshSchema()).start();
    }

    /** An app on SQLite in {@code dataDir} with extra environment ({@code JOBWRIGHT_ALLOW_PRIVATE_FETCH}…). */
    public static TestApp sqlite(Path dataDir, Map<String, String> env) {
        TestApp app = new TestApp(dataDir, null);
        app.extraEnv.putAll(env);
        return app.start();
    }

    /** An app on a new, empty schema of the test PostgreSQL database, with extra environment. */
    public static TestApp postgres(Path dataDir, Map<String, String> env) {
        TestApp app = new TestApp(dataDir, freshSchema());
        app.extraEnv.putAll(env);
        return app.start();
    }

    /**
     * An app not started yet, on SQLite or on a new schema of the test PostgreSQL database: adjust it with the
     * {@code with…} methods, then {@link #start} it.
     */
    public static TestApp unstarted(Path dataDir, boolean postgres) {
        return new TestApp(dataDir, postgres ? freshSchema() : null);
    }

    /**
     * A second app, not started yet, on the same database with its own data directory and the same environment,
     * clock and run starter: another instance of a scaled-out deployment. Closing it leaves the database alone.
     */
    public TestApp sibling(Path otherDataDir) {
        TestApp sibling = new TestApp(otherDataDir, dbUrl);
        sibling.ownsSchema = false;
        sibling.extraEnv.putAll(extraEnv);
        sibling.clock = clock;
        sibling.runs = runs;
        return sibling;
    }

    /** Sets an environment variable for the next start. */
    public TestApp withEnv(String key, String value) {
        extraEnv.put(key, value);
        return this;
    }

    /** The clock the next start uses. */
    public TestApp withClock(Clock clock) {
        this.clock = clock;
        return this;
    }

    /** Where schedules and the webhook start runs, from the next start on. */
    public TestApp withRuns(RunStarter runs) {
        this.runs = runs;
        return this;
    }

    /** Whether a PostgreSQL test database is configured. */
    public static boolean postgresConfigured() {
        String url = System.getenv(PG_URL_ENV);
        return url != null && !url.isBlank();
    }

    /** Starts (or restarts, after {@link #stop}) the app on the same data directory and database. */
    public TestApp start() {
        Map<String, String> env = new HashMap<>();
        env.put("JOBWRIGHT_DATA_DIR", dataDir.toString());
        env.put("JOBWRIGHT_PORT", "0");
        if (dbUrl != null) {
            env.put("JOBWRIGHT_DB_URL", dbUrl);
        }
        env.putAll(extraEnv);
        app = App.start(Config.load(env), clock, runs);
        return this;
    }

    /** Stops the app, keeping its data. */
    public void stop() {
        if (app != null) {
            app.close();
            app = null;
        }
    }

    public App app() {
        return app;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Creates the admin account and keeps its bearer token for later calls. */
    public TestApp withAdmin() {
        Response setup = call("POST", "/api/auth/setup", Map.of("username", "admin", "password", PASSWORD), null);
        if (setup.status() != 201 && setup.status() != 200) {
            throw new IllegalStateException("setup failed: " + setup.status() + " " + setup.text());
        }
        token = setup.json().path("data").path("token").asText();
        return this;
    }

    /** Signs in as the admin created by {@link #withAdmin} (after a restart, or in another process's database). */
    public TestApp withLogin() {
        Response login = call("POST", "/api/auth/login", Map.of("username", "admin", "password", PASSWORD), null);
        if (login.status() != 200) {
            throw new IllegalStateException("login failed: " + login.status() + " " + login.text());
        }
        token = login.json().path("data").path("token").asText();
        return this;
    }

    /** Imports the test resume as the base resume. */
    public TestApp withResume() {
        try {
            byte[] resume = Files.readAllBytes(Path.of("src/test/resources/jobs/resume-ada.json"));
            Response imported = send("POST", "/api/resume/import", resume, Map.of("Content-Type", "application/json"), token);
            if (imported.status() >= 300) {
                throw new IllegalStateException("resume import failed: " + imported.status() + " " + imported.text());
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String token() {
        return token;
    }

    /** A JSON call with the admin's token. */
    public Response call(String method, String path, Object body) {
        return call(method, path, body, token);
    }

    /** A JSON call with the given bearer token (null for none). */
    public Response call(String method, String path, Object body, String bearer) {
        byte[] bytes = body == null ? null : body instanceof String s ? s.getBytes() : Json.write(body).getBytes();
        return send(method, path, bytes, Map.of("Content-Type", "application/json"), bearer);
    }

    /** Any request. */
    public Response send(String method, String path, byte[] body, Map<String, String> headers, String bearer) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Response(response.statusCode(), response.body(), response.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        stop();
        if (dbUrl != null && ownsSchema) {
            dropSchema(dbUrl);
        }
    }

    /** A response: status, raw body, headers, and the body as JSON when it is JSON. */
    public record Response(int status, byte[] body, Map<String, java.util.List<String>> headers) {
        public String text() {
            return new String(body, java.nio.charset.StandardCharsets.UTF_8);
        }

        public JsonNode json() {
            try {
                return Json.MAPPER.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON (" + status + "): " + text(), e);
            }
        }

        /** The envelope's data. */
        public JsonNode data() {
            return json().path("data");
        }

        /** The envelope's error code. */
        public String code() {
            return json().path("error").path("code").asText();
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    private static void dropSchema(String url) {
        String schema = url.substring(url.indexOf("currentSchema=") + "currentSchema=".length());
        try (var connection = DriverManager.getConnection(System.getenv(PG_URL_ENV));
             var statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            System.out.println("NOTICE: could not drop test schema " + schema + ": " + e.getMessage());
        }
    }

    private static String freshSchema() {
        String url = System.getenv(PG_URL_ENV);
        String schema = "jw_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (var connection = DriverManager.getConnection(url); var statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create a test schema in " + url + ": " + e.getMessage(), e);
        }
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }
}
