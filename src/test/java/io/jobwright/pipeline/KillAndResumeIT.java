package io.jobwright.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jobwright.TestApp;
import io.jobwright.source.fake.FakeBoard;
import io.jobwright.web.Json;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run in a real {@code java -jar jobwright.jar} process killed with SIGKILL mid-discovery, then a second app
 * instance started on the same data directory: the run resumes there and finishes, and no job is left processing.
 */
class KillAndResumeIT {

    private static final Path JAR = Path.of("target", "jobwright.jar");

    @TempDir
    Path tmp;
    private final FakeBoard board = new FakeBoard();
    private final HttpClient http = HttpClient.newHttpClient();
    private Process child;
    private TestApp second;

    @AfterEach
    void cleanUp() {
        if (child != null) {
            child.destroyForcibly();
        }
        if (second != null) {
            second.close();
        }
        board.close();
        http.close();
    }

    @Test
    void a_run_killed_with_sigkill_resumes_in_the_next_instance_and_finishes() throws Exception {
        assertThat(JAR).as("the jar is built by mvn package before the integration tests").exists();
        board.json("/v1/boards/acme/jobs", Boards.ACME_GREENHOUSE);
        board.hang("/v1/boards/slow/jobs");
        Path dataDir = tmp.resolve("data");
        int port = freePort();
        child = spawn(dataDir, port);
        URI base = URI.create("http://127.0.0.1:" + port);
        Eventually.until("the child app to answer /health", Duration.ofSeconds(90), () -> status(base, "/health"),
                s -> s == 200);
        String token = send(base, "POST", "/api/auth/setup", Json.write(Map.of("username", "admin",
                "password", TestApp.PASSWORD)), null).path("data").path("token").asText();
        send(base, "POST", "/api/resume/import", Files.readString(Path.of("src/test/resources/jobs/resume-ada.json")), token);
        for (String name : List.of("acme", "slow")) {
            send(base, "POST", "/api/sources", Json.write(Map.of("type", "greenhouse", "name", name,
                    "params", Map.of("board", name, "baseUrl", board.url()))), token);
        }
        String runId = send(base, "POST", "/api/pipeline/run", Json.write(Map.of("searchTerms", List.of(), "topN", 1,
                "minSuitabilityScore", 0)), token).path("data").path("pipelineRunId").asText();
        Eventually.until("the healthy board to be read while the slow one hangs", Duration.ofSeconds(60),
                () -> send(base, "GET", "/api/pipeline/progress/snapshot", null, token).path("data"),
                p -> p.path("crawlingSourcesCompleted").asInt() >= 1
                        && board.requests().stream().anyMatch(r -> r.contains("/v1/boards/slow/jobs")));

        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(137);
        board.json("/v1/boards/slow/jobs", Boards.greenhouse("Slowco", 2));
        second = TestApp.sqlite(dataDir, PipelineContract.ALLOW_LOOPBACK).withLogin();

        JsonNode run = Eventually.until("the resumed run to end", Duration.ofMinutes(2),
                () -> second.call("GET", "/api/pipeline/runs/" + runId, null).data(),
                r -> !r.path("status").asText().equals("running"));
        assertThat(run.path("status").asText()).as(run.toString()).isEqualTo("completed");
        assertThat(run.path("attempts").asInt()).isEqualTo(2);
        JsonNode jobs = second.call("GET", "/api/jobs", null).data().path("jobs");
        List<String> statuses = new ArrayList<>();
        jobs.forEach(j -> statuses.add(j.path("status").asText()));
        assertThat(statuses).hasSize(5).doesNotContain("processing");
        assertThat(statuses.stream().filter("ready"::equals)).hasSize(1);
    }

    private Process spawn(Path dataDir, int port) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-jar", JAR.toAbsolutePath().toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(key -> key.startsWith("JOBWRIGHT_"));
        env.put("JOBWRIGHT_DATA_DIR", dataDir.toString());
        env.put("JOBWRIGHT_PORT", Integer.toString(port));
        env.put("JOBWRIGHT_HOST", "127.0.0.1");
        env.put("JOBWRIGHT_ALLOW_PRIVATE_FETCH", "true");
        return builder.start();
    }

    private int status(URI base, String path) {
        try {
            return http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException notYet) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private JsonNode send(URI base, String method, String path, String body, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isBetween(200, 299);
            return Json.MAPPER.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError(method + " " + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted");
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
