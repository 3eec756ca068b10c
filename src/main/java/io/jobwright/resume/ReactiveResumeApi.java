package io.jobwright.resume;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
 * header): lists the user's resumes and fetches one's document; for the remote renderer it also imports a document as
 * a new resume, downloads a resume's PDF and deletes a resume. The base URL may be given with or without a trailing
 * {@code /api} or {@code /api/openapi}. Failures become our errors: a refused key or unknown id is the user's to fix
 * (400/404), anything else from the server is {@link Upstream}, no answer in time is {@link Timeout}. Thread-safe.
 */
public final class ReactiveResumeApi {

    /** A resume on the server: its id, name and last change as the server reports it. */
    public record Listed(String id, String name, String updatedAt) {
    }

    static final String SERVICE = "Reactive Resume";
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    /** Printing goes through a headless browser on the server, which takes longer than a read. */
    private static final Duration PDF_TIMEOUT = Duration.ofSeconds(90);
    private static final int MAX_RESPONSE_BYTES = 5 * 1024 * 1024;
    private static final int MAX_PDF_BYTES = 20 * 1024 * 1024;
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
        JsonNode body = get(resumePath(id), id);
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

    /**
     * Creates a resume from a v5 document ({@code POST /resumes/import} with {@code {name, data}}) and returns its id.
     * The server answers with the id as a JSON string, or with the created resume (an object with {@code id}).
     */
    public String importResume(String name, JsonNode data) {
        ObjectNode body = JSON.createObjectNode();
        body.put("name", name);
        body.set("data", data);
        byte[] json;
        try {
            json = JSON.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new IllegalStateException("A JSON tree always serializes", e);
        }
        HttpResponse<byte[]> response = send(request("/resumes/import", TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json)), "/resumes/import", "", MAX_RESPONSE_BYTES);
        JsonNode answer = parse(response, "/resumes/import");
        JsonNode id = answer.isTextual() ? answer
                : answer.hasNonNull("id") ? answer.get("id") : answer.path("data").path("id");
        if (!id.isTextual() || id.asText().isBlank()) {
            throw new Upstream(SERVICE, "the import answered without the new resume's id: " + snippet(response.body()));
        }
        return id.asText();
    }

    /**
     * The PDF of a resume ({@code GET /resumes/{id}/pdf}): the server sends the file itself (5.1 and later) or, in
     * older versions, {@code {"url": …}} to download it from.
     *
     * @throws Upstream when what comes back is not a PDF
     */
    public byte[] pdf(String id) {
        String path = resumePath(id) + "/pdf";
        HttpResponse<byte[]> response = send(request(path, PDF_TIMEOUT).header("Accept", "application/pdf, application/json")
                .GET(), path, id, MAX_PDF_BYTES);
        byte[] body = response.body();
        if (isPdf(body)) {
            return body;
        }
        JsonNode answer;
        try {
            answer = JSON.readTree(body);
        } catch (IOException e) {
            answer = JSON.missingNode();
        }
        String url = answer == null ? "" : answer.path("url").asText("");
        if (url.isBlank()) {
            throw new Upstream(SERVICE, "the PDF of resume " + id + " came neither as a PDF nor as a download URL: "
                    + snippet(body));
        }
        URI download;
        try {
            download = URI.create(base).resolve(url.strip());
        } catch (IllegalArgumentException e) {
            throw new Upstream(SERVICE, "the PDF download URL is not a URL: " + snippet(url.getBytes(StandardCharsets.UTF_8)));
        }
        if (!"http".equalsIgnoreCase(download.getScheme()) && !"https".equalsIgnoreCase(download.getScheme())) {
            throw new Upstream(SERVICE, "the PDF download URL is not http(s): " + download.getScheme());
        }
        HttpRequest.Builder fetch = HttpRequest.newBuilder(download).timeout(PDF_TIMEOUT).GET();
        if (sameOrigin(download, URI.create(base))) {
            fetch.header("x-api-key", apiKey);
        }
        byte[] file = send(fetch, download.getPath(), id, MAX_PDF_BYTES).body();
        if (!isPdf(file)) {
            throw new Upstream(SERVICE, "the PDF download of resume " + id + " is not a PDF: " + snippet(file));
        }
        return file;
    }

    /** Deletes a resume ({@code DELETE /resumes/{id}}); one that is already gone counts as deleted. */
    public void delete(String id) {
        String path = resumePath(id);
        try {
            send(request(path, TIMEOUT).DELETE(), path, id, MAX_RESPONSE_BYTES);
        } catch (NotFound gone) {
            // Nothing left to delete.
        }
    }

    private JsonNode get(String path, String id) {
        return parse(send(request(path, TIMEOUT).header("Accept", "application/json").GET(), path, id,
                MAX_RESPONSE_BYTES), path);
    }

    private HttpRequest.Builder request(String path, Duration timeout) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout).header("x-api-key", apiKey);
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder request, String path, String id, int maxBytes) {
        HttpRequest built = request.build();
        HttpResponse<byte[]> response;
        try {
            response = http.send(built, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            throw new Timeout(SERVICE, "no answer from " + base + " within "
                    + built.timeout().orElse(TIMEOUT).toSeconds() + " s");
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
        if (response.body().length > maxBytes) {
            throw new Upstream(SERVICE, "the answer is larger than " + maxBytes / (1024 * 1024) + " MB");
        }
        return response;
    }

    private JsonNode parse(HttpResponse<byte[]> response, String path) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new Upstream(SERVICE, "the answer from " + base + path + " is not JSON");
        }
    }

    private static String resumePath(String id) {
        if (id == null || id.isBlank() || id.length() > 200) {
            throw InvalidRequest.field("id", "must be a Reactive Resume resume id");
        }
        return "/resumes/" + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static boolean isPdf(byte[] body) {
        return body.length >= 5 && body[0] == '%' && body[1] == 'P' && body[2] == 'D' && body[3] == 'F' && body[4] == '-';
    }

    private static boolean sameOrigin(URI a, URI b) {
        return a.getScheme().equalsIgnoreCase(b.getScheme()) && String.valueOf(a.getHost()).equalsIgnoreCase(
                String.valueOf(b.getHost())) && a.getPort() == b.getPort();
    }

    /** {@code https://rxresu.me}, {@code …/api} and {@code …/api/openapi/} all become {@code https://rxresu.me/api/openapi}. */
    public static String apiBase(String baseUrl) {
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
