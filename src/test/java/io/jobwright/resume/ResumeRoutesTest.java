package io.jobwright.resume;

import static io.jobwright.resume.ResumeFixtures.ALEX;
import static io.jobwright.resume.ResumeFixtures.REACTIVE_RESUME;
import static io.jobwright.resume.ResumeFixtures.bytes;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
                List.of(new ResumeRoutes(service, settings, HttpClient.newHttpClient())));
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
