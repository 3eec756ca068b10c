package io.jobwright.auth;

import com.fasterxml.jackson.databind.JsonNode;
import io.jobwright.web.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

/** A small HTTP client for the integration tests: sends JSON, returns status, headers and the parsed envelope. */
public final class ApiClient {

    /** One response. */
    public record Reply(int status, HttpResponse<String> raw, JsonNode json) {

        public JsonNode data() {
            return json.get("data");
        }

        public String errorCode() {
            return json.path("error").path("code").asText();
        }

        public String errorMessage() {
            return json.path("error").path("message").asText();
        }

        public String body() {
            return raw.body();
        }

        public List<String> headers(String name) {
            return raw.headers().allValues(name);
        }

        /** The value of a cookie this response sets, or null. */
        public String cookie(String name) {
            return headers("Set-Cookie").stream()
                    .filter(header -> header.startsWith(name + "="))
                    .map(header -> header.substring(name.length() + 1, header.indexOf(';')))
                    .findFirst().orElse(null);
        }
    }

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    public ApiClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** Sends a request; {@code headers} are name/value pairs. */
    public Reply send(String method, String path, String jsonBody, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(jsonBody));
        if (jsonBody != null) {
            request.header("Content-Type", "application/json");
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            JsonNode json = body.isEmpty() ? Json.MAPPER.createObjectNode() : Json.MAPPER.readTree(body);
            return new Reply(response.statusCode(), response, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends with a bearer token. */
    public Reply as(String token, String method, String path, String jsonBody) {
        return send(method, path, jsonBody, "Authorization", "Bearer " + token);
    }

    /** Runs initial setup and returns the bearer token. */
    public String setUp(String username, String password) {
        Reply reply = send("POST", "/api/auth/setup",
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
        if (reply.status() != 201) {
            throw new IllegalStateException("Setup failed: " + reply.body());
        }
        return reply.data().get("token").asText();
    }
}
