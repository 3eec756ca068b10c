package io.jobwright.resume;

import static io.jobwright.resume.ResumeFixtures.ALEX;
import static io.jobwright.resume.ResumeFixtures.REACTIVE_RESUME;
import static io.jobwright.resume.ResumeFixtures.bytes;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jobwright.settings.SettingsPatch;
import io.javalin.http.Context;
import io.jobwright.config.Config;
import io.jobwright.db.Database;
import io.jobwright.settings.SecretBox;
import io.jobwright.settings.SettingsService;
import io.jobwright.web.Authenticator;
import io.jobwright.web.HttpServer;
import io.jobwright.web.Principal;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The resume routes on a real server over HTTP, with a stand-in authenticator that lets every request in. */
class ResumeRoutesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    private Database database;
    private SettingsService settings;
    private HttpServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        database = Database.open(new Config.DbConfig(null, null, null), dataDir);
        Clock clock = Clock.fixed(Instant.parse("2026-03-01T09:30:00Z"), ZoneOffset.UTC);
        ResumeService service = new ResumeService(database.jdbi(), clock);
        settings = new SettingsService(database.jdbi(), new SecretBox(dataDir), null, clock);
        server = HttpServer.start(new Config.WebConfig("127.0.0.1", 0, Config.WebConfig.DEFAULT_MAX_BODY,
                Config.WebConfig.DEFAULT_MAX_UPLOAD), new LetEveryoneIn(),
                List.of(new ResumeRoutes(service, settings, HttpClient::newHttpClient)));
    }

    @AfterEach
    void stop() {
        server.stop();
        database.close();
    }

    @Test
    void before_an_import_the_resume_is_not_found_with_a_hint() throws Exception {
        HttpResponse<String> response = get("/api/resume");

        assertThat(response.statusCode()).isEqualTo(404);
        JsonNode error = JSON.readTree(response.body()).path("error");
        assertThat(error.path("code").asText()).isEqualTo("NOT_FOUND");
        assertThat(error.path("message").asText())
                .isEqualTo("No base resume yet: import one with POST /api/resume/import");
    }

    @Test
    void importing_a_json_resume_body_answers_201_with_the_stored_revision() throws Exception {
        HttpResponse<String> response = post("/api/resume/import", "application/json", bytes(ALEX));

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode data = JSON.readTree(response.body()).path("data");
        assertThat(data.path("revision").asInt()).isEqualTo(1);
        assertThat(data.path("createdAt").asText()).isEqualTo("2026-03-01T09:30:00Z");
        assertThat(data.path("resume").path("basics").path("name").asText()).isEqualTo("Alex Rivera");
        assertThat(data.path("resume").path("work").get(0).path("id").asText()).startsWith("work-");
        assertThat(data.path("resume").path("work").get(0).path("highlights").get(0).path("text").asText())
                .startsWith("Cut parcel routing latency");

        JsonNode current = JSON.readTree(get("/api/resume").body()).path("data");
        assertThat(current.path("revision").asInt()).isEqualTo(1);
        assertThat(current.path("resume")).isEqualTo(data.path("resume"));
    }

    @Test
    void a_body_without_a_json_content_type_is_imported_too() throws Exception {
        HttpResponse<String> response = post("/api/resume/import", "text/plain", bytes(ALEX));

        assertThat(response.statusCode()).isEqualTo(201);
    }

    @Test
    void a_multipart_upload_with_one_file_is_imported() throws Exception {
        String boundary = "jobwright-test-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"resume.json\"\r\n"
                + "Content-Type: application/json\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(bytes(ALEX));
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> response = post("/api/resume/import", "multipart/form-data; boundary=" + boundary,
                body.toByteArray());

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(JSON.readTree(response.body()).path("data").path("resume").path("basics").path("name").asText())
                .isEqualTo("Alex Rivera");
    }

    @Test
    void projects_are_listed_with_ids_dates_and_base_visibility() throws Exception {
        post("/api/resume/import", "application/json", bytes(ALEX));

        JsonNode projects = JSON.readTree(get("/api/resume/projects").body()).path("data").path("projects");

        assertThat(projects).hasSize(3);
        assertThat(projects.get(0).toString()).isEqualTo("{\"id\":\"proj-routekit\",\"name\":\"RouteKit\","
                + "\"description\":\"Open-source Java library for vehicle routing with time windows.\","
                + "\"date\":\"Jan 2020 – Present\",\"isVisibleInBase\":true}");
        assertThat(projects.get(2).path("isVisibleInBase").asBoolean()).isFalse();
    }

    @Test
    void a_wrongly_typed_field_is_a_400_naming_its_path_and_nothing_is_stored() throws Exception {
        byte[] document = """
                {"basics": {"name": "Jo"}, "skills": [{"name": "A"}, {"name": "B"}, {"name": "C", "keywords": "x"}]}"""
                .getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response = post("/api/resume/import", "application/json", document);

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = JSON.readTree(response.body()).path("error");
        assertThat(error.path("code").asText()).isEqualTo("INVALID_REQUEST");
        assertThat(error.path("message").asText()).isEqualTo("skills[2].keywords: must be an array of strings");
        assertThat(get("/api/resume").statusCode()).isEqualTo(404);
    }

    @Test
    void malformed_json_is_a_400() throws Exception {
        HttpResponse<String> response = post("/api/resume/import", "application/json",
                "{\"basics\": ".getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).path("error").path("message").asText()).startsWith("Malformed JSON");
    }

    @Test
    void a_reactive_resume_export_is_recognised_and_imported() throws Exception {
        HttpResponse<String> response = post("/api/resume/import", "application/json", bytes(REACTIVE_RESUME));

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode data = JSON.readTree(response.body()).path("data");
        assertThat(data.path("sourceFormat").asText()).isEqualTo("rxresume-v4");
        assertThat(data.path("resume").path("basics").path("label").asText()).isEqualTo("Designer");
    }

    @Test
    void an_edit_keeps_item_and_bullet_ids_and_becomes_a_new_revision() throws Exception {
        JsonNode imported = JSON.readTree(post("/api/resume/import", "application/json", bytes(ALEX)).body());
        ObjectNode resume = (ObjectNode) imported.path("data").path("resume");
        ((ObjectNode) resume.path("basics")).put("label", "Principal Engineer");
        ObjectNode firstBullet = (ObjectNode) resume.path("work").get(0).path("highlights").get(0);
        String bulletId = firstBullet.path("id").asText();
        firstBullet.put("text", "Cut routing latency by 60%");

        HttpResponse<String> response = put("/api/resume", resume.toString().getBytes(StandardCharsets.UTF_8), "\"1\"");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode data = JSON.readTree(response.body()).path("data");
        assertThat(data.path("revision").asInt()).isEqualTo(2);
        assertThat(data.path("sourceFormat").asText()).isEqualTo("edit");
        assertThat(data.path("resume").path("basics").path("label").asText()).isEqualTo("Principal Engineer");
        JsonNode bullet = data.path("resume").path("work").get(0).path("highlights").get(0);
        assertThat(bullet.path("id").asText()).isEqualTo(bulletId);
        assertThat(bullet.path("text").asText()).isEqualTo("Cut routing latency by 60%");
        assertThat(data.path("resume").path("work").get(0).path("id"))
                .isEqualTo(imported.path("data").path("resume").path("work").get(0).path("id"));
    }

    @Test
    void an_edit_with_a_wrong_type_is_a_400_naming_the_json_path_and_stores_nothing() throws Exception {
        post("/api/resume/import", "application/json", bytes(ALEX));

        HttpResponse<String> response = put("/api/resume",
                "{\"basics\": {\"name\": \"Alex\"}, \"work\": [{\"name\": \"A\"}, {\"name\": \"B\", \"highlights\": [\"ok\", true]}]}"
                        .getBytes(StandardCharsets.UTF_8), null);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).path("error").path("message").asText())
                .isEqualTo("work[1].highlights[1]: must be a string or an object");
        assertThat(JSON.readTree(get("/api/resume").body()).path("data").path("revision").asInt()).isEqualTo(1);
    }

    @Test
    void an_edit_without_a_name_is_refused() throws Exception {
        HttpResponse<String> response = put("/api/resume", "{\"basics\": {\"name\": \"  \"}}".getBytes(StandardCharsets.UTF_8), null);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).path("error").path("message").asText()).startsWith("basics.name: is required");
    }

    @Test
    void an_edit_based_on_an_old_revision_is_a_409() throws Exception {
        post("/api/resume/import", "application/json", bytes(ALEX));
        post("/api/resume/import", "application/json", bytes(ALEX));

        HttpResponse<String> response = put("/api/resume", bytes(ALEX), "\"1\"");

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(response.body()).path("error").path("details").path("currentRevision").asInt()).isEqualTo(2);
    }

    @Test
    void revisions_are_listed_viewable_and_restorable() throws Exception {
        post("/api/resume/import", "application/json", bytes(ALEX));
        post("/api/resume/import", "application/json", bytes(REACTIVE_RESUME));

        JsonNode list = JSON.readTree(get("/api/resume/revisions").body()).path("data");
        assertThat(list.path("currentRevision").asInt()).isEqualTo(2);
        assertThat(list.path("revisions").get(0).path("sourceFormat").asText()).isEqualTo("rxresume-v4");
        assertThat(list.path("revisions").get(1).path("sourceFormat").asText()).isEqualTo("json-resume");
        assertThat(list.path("revisions").get(1).path("current").asBoolean()).isFalse();

        JsonNode first = JSON.readTree(get("/api/resume/revisions/1").body()).path("data");
        assertThat(first.path("resume").path("basics").path("name").asText()).isEqualTo("Alex Rivera");

        HttpResponse<String> restored = post("/api/resume/revisions/1/restore", "application/json", new byte[0]);
        assertThat(restored.statusCode()).isEqualTo(201);
        JsonNode current = JSON.readTree(get("/api/resume").body()).path("data");
        assertThat(current.path("revision").asInt()).isEqualTo(3);
        assertThat(current.path("sourceFormat").asText()).isEqualTo("restore");
        assertThat(current.path("resume")).isEqualTo(first.path("resume"));

        assertThat(get("/api/resume/revisions/9").statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(get("/api/resume/revisions/abc").body()).path("error").path("message").asText())
                .startsWith("revision: must be a revision number");
    }

    @Test
    void the_json_resume_export_has_plain_string_highlights_and_imports_back_equal() throws Exception {
        JsonNode stored = JSON.readTree(post("/api/resume/import", "application/json", bytes(ALEX)).body())
                .path("data").path("resume");

        HttpResponse<String> export = get("/api/resume/export?format=jsonresume");

        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"Alex_Rivera_resume.json\"");
        JsonNode document = JSON.readTree(export.body());
        assertThat(document.path("work").get(0).path("highlights").get(0).isTextual()).isTrue();
        JsonNode reimported = JSON.readTree(post("/api/resume/import", "application/json",
                export.body().getBytes(StandardCharsets.UTF_8)).body()).path("data").path("resume");
        assertThat(reimported).isEqualTo(stored);
    }

    @Test
    void the_reactive_resume_v5_export_imports_back_equal() throws Exception {
        JsonNode stored = JSON.readTree(post("/api/resume/import", "application/json", bytes(ALEX)).body())
                .path("data").path("resume");

        HttpResponse<String> export = get("/api/resume/export?format=rxresume-v5");

        assertThat(export.statusCode()).isEqualTo(200);
        JsonNode document = JSON.readTree(export.body());
        assertThat(document.path("sections").path("experience").path("items").get(0).path("description").asText())
                .contains("<li>");
        JsonNode back = JSON.readTree(post("/api/resume/import", "application/json",
                export.body().getBytes(StandardCharsets.UTF_8)).body()).path("data");
        assertThat(back.path("sourceFormat").asText()).isEqualTo("rxresume-v5");
        assertThat(back.path("resume")).isEqualTo(stored);
    }

    @Test
    void unknown_formats_are_400s_naming_the_parameter() throws Exception {
        post("/api/resume/import", "application/json", bytes(ALEX));

        assertThat(JSON.readTree(get("/api/resume/export?format=docx").body()).path("error").path("message").asText())
                .isEqualTo("format: must be one of jsonresume, rxresume-v4, rxresume-v5, got 'docx'");
        assertThat(post("/api/resume/import?format=pdf", "application/json", bytes(ALEX)).statusCode()).isEqualTo(400);
    }

    @Test
    void a_reactive_resume_description_with_scripts_is_imported_with_the_markup_stripped() throws Exception {
        HttpResponse<String> response = post("/api/resume/import", "application/json", bytes(ResumeFixtures.RXRESUME_V5));

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.body()).doesNotContain("<script", "cookie", "evil.example", "onmouseover", "<p>");
        assertThat(JSON.readTree(response.body()).path("data").path("resume").path("basics").path("summary").asText())
                .isEqualTo("Builds batch and streaming pipelines.");
    }

    @Test
    void a_javascript_link_is_a_400_naming_its_field() throws Exception {
        HttpResponse<String> response = post("/api/resume/import", "application/json",
                "{\"basics\": {\"name\": \"Jo\", \"profiles\": [{\"network\": \"X\", \"url\": \"javascript:alert(1)\"}]}}"
                        .getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).path("error").path("message").asText())
                .startsWith("basics.profiles[0].url: must be a web address");
    }

    @Test
    void foreign_json_and_corrupt_files_are_400s_that_say_what_is_wrong() throws Exception {
        HttpResponse<String> foreign = post("/api/resume/import", "application/json",
                "{\"invoice\": 7, \"lines\": []}".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> pdf = post("/api/resume/import", "application/pdf",
                "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1));

        assertThat(foreign.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(foreign.body()).path("error").path("message").asText())
                .startsWith("This JSON is not a resume Jobwright can read");
        assertThat(pdf.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(pdf.body()).path("error").path("message").asText()).startsWith("This is a PDF");
        assertThat(get("/api/resume").statusCode()).isEqualTo(404);
    }

    @Test
    void a_20_mb_upload_is_a_400_and_stores_nothing() throws Exception {
        byte[] huge = new byte[20 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) ' ');

        HttpResponse<String> raw = post("/api/resume/import", "application/json", huge);
        HttpResponse<String> multipart = post("/api/resume/import", "multipart/form-data; boundary=b",
                multipart("b", huge));

        assertThat(raw.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(raw.body()).path("error").path("code").asText()).isEqualTo("INVALID_REQUEST");
        assertThat(multipart.statusCode()).isEqualTo(400);
        assertThat(get("/api/resume").statusCode()).isEqualTo(404);
    }

    @Test
    void the_project_catalogue_shows_the_selection_settings() throws Exception {
        post("/api/resume/import", "application/json", bytes(ALEX));
        settings.update(SettingsPatch.parse((ObjectNode) JSON.readTree(
                "{\"resumeLockedProjectIds\": [\"proj-routekit\"], \"resumeAiSelectableProjectIds\": [\"a\", \"b\"], "
                        + "\"resumeMaxProjects\": 2}")));

        JsonNode selection = JSON.readTree(get("/api/resume/projects").body()).path("data").path("selection");

        assertThat(selection.toString())
                .isEqualTo("{\"lockedIds\":[\"proj-routekit\"],\"aiSelectableIds\":[\"a\",\"b\"],\"maxProjects\":2}");
    }

    @Test
    void resumes_on_a_reactive_resume_server_are_listed_and_imported_with_the_api_key() throws Exception {
        try (FakeReactiveResume rr = new FakeReactiveResume("rr-key-1234567")) {
            settings.update(SettingsPatch.parse((ObjectNode) JSON.readTree("{\"rxresumeUrl\": \"" + rr.url() + "/api\", "
                    + "\"rxresumeApiKey\": \"rr-key-1234567\"}")));

            JsonNode list = JSON.readTree(get("/api/resume/rxresume/resumes").body()).path("data").path("resumes");
            assertThat(list.toString()).isEqualTo(
                    "[{\"id\":\"r-1\",\"name\":\"Data CV\",\"updatedAt\":\"2026-02-01T10:00:00.000Z\"}]");

            HttpResponse<String> imported = post("/api/resume/rxresume/resumes/r-1/import", "application/json", new byte[0]);
            assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
            JsonNode data = JSON.readTree(imported.body()).path("data");
            assertThat(data.path("sourceFormat").asText()).isEqualTo("rxresume-api");
            assertThat(data.path("resume").path("basics").path("name").asText()).isEqualTo("Maja Nowak");
            assertThat(rr.apiKeysSeen()).containsOnly("rr-key-1234567");

            assertThat(post("/api/resume/rxresume/resumes/nope/import", "application/json", new byte[0]).statusCode())
                    .isEqualTo(404);
            settings.update(SettingsPatch.parse((ObjectNode) JSON.readTree("{\"rxresumeApiKey\": \"wrong-key-999\"}")));
            HttpResponse<String> refused = get("/api/resume/rxresume/resumes");
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(JSON.readTree(refused.body()).path("error").path("message").asText())
                    .startsWith("Reactive Resume refused the API key (HTTP 401)");
        }
    }

    @Test
    void without_an_api_key_the_reactive_resume_routes_say_what_to_set() throws Exception {
        HttpResponse<String> response = get("/api/resume/rxresume/resumes");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).path("error").path("message").asText())
                .startsWith("Reactive Resume needs an API key");
    }

    private static byte[] multipart(String boundary, byte[] content) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"r.json\"\r\n"
                + "Content-Type: application/json\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    /** A Reactive Resume v5 server on loopback: the list and get-by-id routes of its OpenAPI, behind x-api-key. */
    private static final class FakeReactiveResume implements AutoCloseable {
        private final com.sun.net.httpserver.HttpServer server;
        private final java.util.List<String> keys = new java.util.concurrent.CopyOnWriteArrayList<>();

        FakeReactiveResume(String apiKey) throws IOException {
            server = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/api/openapi/resumes", exchange -> {
                String key = exchange.getRequestHeaders().getFirst("x-api-key");
                keys.add(String.valueOf(key));
                String path = exchange.getRequestURI().getPath();
                int status;
                String body;
                if (!apiKey.equals(key)) {
                    status = 401;
                    body = "{\"message\":\"Unauthorized\"}";
                } else if (path.equals("/api/openapi/resumes")) {
                    status = 200;
                    body = "[{\"id\":\"r-1\",\"name\":\"Data CV\",\"slug\":\"data-cv\",\"tags\":[],\"isPublic\":false,"
                            + "\"isLocked\":false,\"createdAt\":\"2026-01-01T10:00:00.000Z\","
                            + "\"updatedAt\":\"2026-02-01T10:00:00.000Z\"}]";
                } else if (path.equals("/api/openapi/resumes/r-1")) {
                    status = 200;
                    body = "{\"id\":\"r-1\",\"name\":\"Data CV\",\"slug\":\"data-cv\",\"tags\":[],\"isPublic\":false,"
                            + "\"isLocked\":false,\"hasPassword\":false,\"data\":"
                            + new String(bytes(ResumeFixtures.RXRESUME_V5), StandardCharsets.UTF_8) + "}";
                } else {
                    status = 404;
                    body = "{\"message\":\"Resume not found\"}";
                }
                byte[] out = body.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(status, out.length);
                exchange.getResponseBody().write(out);
                exchange.close();
            });
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        java.util.List<String> apiKeysSeen() {
            return keys;
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    private HttpResponse<String> put(String path, byte[] body, String ifMatch) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String contentType, byte[] body)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    /** Treats every request as the admin's bearer-token request: these tests are about resumes, not access. */
    private static final class LetEveryoneIn implements Authenticator {
        @Override
        public Optional<Principal> authenticate(Context ctx) {
            return Optional.of(new Principal("admin", "admin", Principal.Via.BEARER, ""));
        }

        @Override
        public boolean setupRequired() {
            return false;
        }
    }
}
