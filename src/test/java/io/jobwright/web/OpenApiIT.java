package io.jobwright.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jobwright.App;
import io.jobwright.config.Config;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenApiIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    @TempDir
    static Path tmp;

    private static App app;
    private static HttpClient http;
    private static String token;

    @BeforeAll
    static void start_the_app_and_create_the_admin() throws Exception {
        app = App.start(Config.load(Map.of("JOBWRIGHT_DATA_DIR", tmp.toString(), "JOBWRIGHT_PORT", "0")));
        http = HttpClient.newHttpClient();
        HttpResponse<String> setup = http.send(HttpRequest.newBuilder(uri("/api/auth/setup"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"admin\",\"password\":\"correct horse battery 42\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(setup.statusCode()).as(setup.body()).isEqualTo(201);
        token = JSON.readTree(setup.body()).path("data").path("token").asText();
        assertThat(token).isNotBlank();
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void spec_is_served_raw_as_json_to_an_authenticated_caller() throws Exception {
        HttpResponse<String> response = getSpec("Bearer " + token);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/json"));
        JsonNode spec = JSON.readTree(response.body());
        assertThat(spec.path("openapi").asText()).startsWith("3.1.");
        assertThat(spec.has("ok")).as("not wrapped in the envelope").isFalse();
    }

    @Test
    void spec_requires_authentication() throws Exception {
        HttpResponse<String> response = getSpec(null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(response.body()).path("error").path("code").asText()).isEqualTo("UNAUTHORIZED");
    }

    @Test
    void every_registered_route_is_described_in_the_spec() throws Exception {
        Set<String> described = describedOperations();

        Set<String> missing = new TreeSet<>(registeredRoutes());
        missing.removeAll(described);
        assertThat(missing).as("routes the server registers but openapi.json does not describe").isEmpty();
    }

    @Test
    void spec_describes_no_route_the_server_lacks() throws Exception {
        Set<String> extra = describedOperations();
        extra.removeAll(registeredRoutes());

        assertThat(extra).as("operations in openapi.json that the server does not register").isEmpty();
    }

    private static Set<String> registeredRoutes() {
        Set<String> routes = new TreeSet<>();
        for (var route : app.routes()) {
            if (isApi(route.path())) {
                routes.add(route.method().toUpperCase(Locale.ROOT) + " " + route.path());
            }
        }
        return routes;
    }

    /** The web app's HTML pages and their assets are for browsers, not part of the described API. */
    private static boolean isApi(String path) {
        return path.startsWith("/api/") || path.startsWith("/pdfs/") || path.equals("/health");
    }

    private static Set<String> describedOperations() throws IOException, InterruptedException {
        HttpResponse<String> response = getSpec("Bearer " + token);
        assertThat(response.statusCode()).isEqualTo(200);
        Set<String> operations = new TreeSet<>();
        JsonNode paths = JSON.readTree(response.body()).path("paths");
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            path.getValue().fieldNames().forEachRemaining(method -> {
                if (HTTP_METHODS.contains(method)) {
                    operations.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
                }
            });
        }
        return operations;
    }

    private static HttpResponse<String> getSpec(String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/openapi.json")).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + app.port() + path);
    }
}
