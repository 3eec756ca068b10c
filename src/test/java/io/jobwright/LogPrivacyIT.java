package io.jobwright;

import static org.assertj.core.api.Assertions.assertThat;

import io.jobwright.web.Json;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What reaches the log: JSON lines with correlation ids, and never a secret the user sent. */
class LogPrivacyIT {

    @TempDir
    Path dataDir;

    @Test
    void secrets_in_requests_never_reach_the_log_and_lines_carry_request_and_job_ids() throws Exception {
        String secret = "sk-proj-" + "Q7w9Z2x4Lm".repeat(3);
        String log = logOf(app -> {
            app.call("PATCH", "/api/settings", Map.of("llmApiKey", secret));
            app.call("POST", "/api/manual-jobs/import", Map.of("job", Map.of("title", "Engineer", "employer", "Acme",
                    "jobDescription", "Contact jane.doe@example.org, password=" + secret), "skipTailoring", true));
            app.call("POST", "/api/manual-jobs/import", Map.of("apiKey", secret, "job", Map.of()));
            app.send("GET", "/api/jobs", null, Map.of("x-request-id", "trace-42"), secret);
        });
        assertThat(log).doesNotContain(secret).doesNotContain(secret.substring(0, 20));
        List<String> lines = log.lines().filter(l -> l.startsWith("{")).toList();
        assertThat(lines).isNotEmpty();
        for (String line : lines) {
            Json.MAPPER.readTree(line);
        }
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("\"requestId\":\"trace-42\""));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("\"jobId\""));
        assertThat(log).doesNotContain("jane.doe@example.org");
    }

    @Test
    void the_jobs_pages_revision_poll_stays_out_of_the_log_unless_it_fails() {
        String log = logOf(app -> {
            assertThat(app.send("GET", "/api/jobs/revision", null, Map.of("x-request-id", "poll-ok"), app.token())
                    .status()).isEqualTo(200);
            assertThat(app.send("GET", "/api/jobs/revision", null, Map.of("x-request-id", "poll-refused"), null)
                    .status()).isEqualTo(401);
            app.send("GET", "/api/jobs", null, Map.of("x-request-id", "list-ok"), app.token());
        });
        assertThat(log).doesNotContain("poll-ok").contains("\"requestId\":\"poll-refused\"", "\"requestId\":\"list-ok\"");
    }

    /** What the app writes to standard output while {@code requests} run against it. */
    private String logOf(java.util.function.Consumer<TestApp> requests) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try (TestApp app = TestApp.sqlite(dataDir).withAdmin()) {
            requests.accept(app);
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
