package io.jobwright.cli.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * One HTTP/1.1 client of the app under test, holding its own keep-alive connection, like one browser tab. Requests
 * carry the bearer token when one is set. Safe to use from one thread at a time; give each client thread its own.
 */
final class BenchClient implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http;
    private final URI base;
    private final String token;

    /** A client of the app at {@code base} (e.g. {@code http://127.0.0.1:4123}), authenticated when token is not null. */
    BenchClient(URI base, String token) {
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        this.base = base;
        this.token = token;
    }

    /** A GET of {@code pathAndQuery}. */
    HttpRequest get(String pathAndQuery) {
        return request(pathAndQuery).GET().build();
    }

    /** A request with {@code body} written as JSON. */
    HttpRequest json(String method, String pathAndQuery, Object body) {
        try {
            return request(pathAndQuery)
                    .header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)))
                    .build();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write request body as JSON", e);
        }
    }

    /** A POST of raw bytes with the given content type. */
    HttpRequest bytes(String pathAndQuery, String contentType, byte[] body) {
        return request(pathAndQuery)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
    }

    /** Sends a request and waits for the whole response; transport failures become a reply with status -1. */
    Reply send(HttpRequest request) {
        String target = request.uri().getRawPath() + (request.uri().getRawQuery() == null ? "" : "?" + request.uri().getRawQuery());
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(request.method(), target, response.statusCode(), response.body());
        } catch (IOException e) {
            return new Reply(request.method(), target, -1, String.valueOf(e).getBytes(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Reply(request.method(), target, -1, "interrupted".getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Drops the connection and the client's threads. */
    @Override
    public void close() {
        http.shutdownNow();
    }

    private HttpRequest.Builder request(String pathAndQuery) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(pathAndQuery)).timeout(REQUEST_TIMEOUT);
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }
}
