package io.jobwright.resume;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jobwright.error.InvalidRequest;
import io.jobwright.error.NotFound;
import io.jobwright.error.Timeout;
import io.jobwright.error.Upstream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A client of a Reactive Resume v5 server's API ({@code <base>/api/openapi/…}, authenticated by the {@code x-api-key}
 * header): lists the user's resumes and fetches one's document. The base URL may be given with or without a trailing
 * {@code /api} or {@code /api/openapi}. Failures become our errors: a refused key or unknown id is the user's to fix
 * (400/404), anything else from the server is {@link Upstream}, no answer in time is {@link Timeout}. Thread-safe.
 */
public final class ReactiveResumeApi {

    /** A resume on the server: its id, name and last change as the server reports it. */
    public record Listed(String id, String name, String updatedAt) {
    }

    static final String SERVICE = "Reactive Resume";
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final int MAX_RESPONSE_BYTES = 5 * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final String base;
    private final String apiKey;

    /**
     * A client of the server at {@code baseUrl} using {@code apiKey}.
     *
     * @throws InvalidRequest when either is missing
     */
    public ReactiveResumeApi(HttpClient http, String baseUrl, String apiKey) {
        if (baseUrl == null || baseUrl.isBlank()) {
            throw InvalidRequest.field("rxresumeUrl", "is not set: set the Reactive Resume server's address in the settings");
        }
        if (apiKey == null || apiKey.isBlank()) {
            throw new InvalidRequest("Reactive Resume needs an API key (create one in Reactive Resume under Settings, "
                    + "API Keys) stored in the rxresumeApiKey setting", Map.of("field", "rxresumeApiKey"));
        }
        this.http = http;
        this.base = apiBase(baseUrl);
        this.apiKey = apiKey.strip();
    }

    /** The user's resumes, as the server lists them. */
    public List<Listed> list() {
        JsonNode body = get("/resumes", "");
        JsonNode items = body.isArray() ? body : body.has("items") ? body.get("items") : body.path("data");
        if (!items.isArray()) {
            throw new Upstream(SERVICE, "the resume list is not a JSON array");
        }
        List<Listed> resumes = new ArrayList<>();
        for (JsonNode item : items) {
            if (item.hasNonNull("id")) {
                resumes.add(new Listed(item.get("id").asText(), item.path("name").asText(null),
                        item.path("updatedAt").asText(null)));
            }
        }
        return resumes;
    }

    /**
     * The v5 document of one resume (the {@code data} of {@code GET /resumes/{id}}), as JSON bytes.
     *
     * @throws NotFound when the server has no resume with that id
     */
    public byte[] document(String id) {
        if (id == null || id.isBlank() || id.length() > 200) {
            throw InvalidRequest.field("id", "must be a Reactive Resume resume id");
        }
        JsonNode body = get("/resumes/" + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20"), id);
        JsonNode data = body.path("data");
        if (!data.isObject()) {
            throw new Upstream(SERVICE, "resume " + id + " came without its document (no data object)");
        }
        try {
            return JSON.writeValueAsBytes(data);
        } catch (IOException e) {
            throw new Upstream(SERVICE, "cannot read resume " + id, e);
        }
    }

    private JsonNode get(String path, String id) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(TIMEOUT)
                .header("x-api-key", apiKey)
                .header("Accept", "application/json")
                .GET().build();
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            throw new Timeout(SERVICE, "no answer from " + base + " within " + TIMEOUT.toSeconds() + " s");
        } catch (IOException e) {
            throw new Upstream(SERVICE, "cannot reach " + base + " (" + e.getClass().getSimpleName() + "); check the "
                    + "rxresumeUrl setting", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Upstream(SERVICE, "interrupted while waiting for " + base, e);
        }
        int status = response.statusCode();
        if (status == 401 || status == 403) {
            throw new InvalidRequest("Reactive Resume refused the API key (HTTP " + status + "); check the "
                    + "rxresumeApiKey setting", Map.of("field", "rxresumeApiKey"));
        }
        if (status == 404 && !id.isEmpty()) {
            throw NotFound.of("Reactive Resume resume", id);
        }
        if (status < 200 || status > 299) {
            throw new Upstream(SERVICE, "HTTP " + status + " from " + base + path + ": " + snippet(response.body()));
        }
        if (response.body().length > MAX_RESPONSE_BYTES) {
            throw new Upstream(SERVICE, "the answer is larger than " + MAX_RESPONSE_BYTES / (1024 * 1024) + " MB");
        }
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new Upstream(SERVICE, "the answer from " + base + path + " is not JSON");
        }
    }

    /** {@code https://rxresu.me}, {@code …/api} and {@code …/api/openapi/} all become {@code https://rxresu.me/api/openapi}. */
    static String apiBase(String baseUrl) {
        String base = baseUrl.strip().replaceAll("/+$", "");
        if (base.endsWith("/api/openapi")) {
            base = base.substring(0, base.length() - "/api/openapi".length());
        } else if (base.endsWith("/api")) {
            base = base.substring(0, base.length() - "/api".length());
        }
        return base + "/api/openapi";
    }

    private static String snippet(byte[] body) {
        String text = new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8).strip();
        return text.isEmpty() ? "(empty body)" : text;
    }
}
