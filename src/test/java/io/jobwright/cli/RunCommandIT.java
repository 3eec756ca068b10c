package io.jobwright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jobwright.TestApp;
import io.jobwright.source.fake.FakeBoard;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code java -jar jobwright.jar run} in a real process, on a data directory prepared through the API. */
class RunCommandIT {

    private static final String BOARD = """
            {"jobs": [
              {"id": 1, "title": "Backend Engineer", "company_name": "Acme", "absolute_url": "https://boards.greenhouse.io/acme/jobs/1",
               "location": {"name": "Leeds, United Kingdom"}, "content": "&lt;p&gt;Java, PostgreSQL, Kafka, REST, Docker, Linux.&lt;/p&gt;"},
              {"id": 2, "title": "Office Manager", "company_name": "Acme", "absolute_url": "https://boards.greenhouse.io/acme/jobs/2",
               "location": {"name": "Leeds, United Kingdom"}, "content": "&lt;p&gt;Run the office.&lt;/p&gt;"}
            ]}
            """;

    @TempDir
    Path tmp;
    private final FakeBoard board = new FakeBoard();

    @AfterEach
    void close() {
        board.close();
    }

    @Test
    void run_prints_a_summary_table_and_leaves_the_best_job_ready() throws Exception {
        board.json("/v1/boards/acme/jobs", BOARD);
        Path dataDir = tmp.resolve("data");
        try (TestApp app = TestApp.sqlite(dataDir, Map.of()).withAdmin().withResume()) {
            assertThat(app.call("POST", "/api/sources", Map.of("type", "greenhouse", "name", "acme",
                    "params", Map.of("board", "acme", "baseUrl", board.url()))).status()).isEqualTo(201);
        }

        Result result = run(dataDir, "run", "--source", "acme", "--all-postings", "--top", "1", "--min-score", "10");

        assertThat(result.exit()).as(result.stdout() + result.stderr()).isZero();
        assertThat(result.stdout()).contains("completed").containsPattern("acme\\s+greenhouse\\s+2\\s+0")
                .containsPattern("Imported\\s+2").containsPattern("Processed\\s+1").contains("ready       Backend Engineer @ Acme");
        assertThat(result.stderr()).contains("completed");
        try (TestApp app = TestApp.sqlite(dataDir, Map.of()).withLogin()) {
            assertThat(app.call("GET", "/api/jobs?status=ready", null).data().path("jobs")).hasSize(1);
        }
    }

    @Test
    void bad_options_exit_with_2_and_a_clear_message() throws Exception {
        Result unknownSource = run(tmp.resolve("data"), "run", "--source", "nowhere", "--top", "3");
        assertThat(unknownSource.exit()).isEqualTo(2);
        assertThat(unknownSource.stderr()).contains("nowhere");

        Result badTop = run(tmp.resolve("data"), "run", "--top", "99");
        assertThat(badTop.exit()).isEqualTo(2);
        assertThat(badTop.stderr()).contains("topN").contains("1 to 50");
    }

    private record Result(int exit, String stdout, String stderr) {
    }

    private Result run(Path dataDir, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "--enable-native-access=ALL-UNNAMED", "-jar", Path.of("target", "jobwright.jar")
                .toAbsolutePath().toString()));
        command.addAll(List.of(args));
        Path out = tmp.resolve("out.txt");
        Path err = tmp.resolve("err.txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("JOBWRIGHT_"));
        builder.environment().put("JOBWRIGHT_DATA_DIR", dataDir.toString());
        builder.environment().put("JOBWRIGHT_ALLOW_PRIVATE_FETCH", "true");
        Process process = builder.start();
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).as("the run command finishes").isTrue();
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
