package io.jobwright.logging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StdoutJsonIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void a_cold_start_writes_only_redacted_json_lines_to_stdout() throws Exception {
        Path stdout = tmp.resolve("stdout.txt");
        Path stderr = tmp.resolve("stderr.txt");
        ProcessBuilder child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                StdoutSample.class.getName(), tmp.resolve("data").toString())
                .redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile());
        child.environment().remove("JOBWRIGHT_LOG_FORMAT");
        child.environment().remove("JOBWRIGHT_LOG_LEVEL");
        Process process = child.start();
        assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("child finished").isTrue();
        assertThat(process.exitValue()).as(Files.readString(stderr)).isZero();

        String output = Files.readString(stdout, StandardCharsets.UTF_8);
        List<JsonNode> lines = parse(output);
        assertThat(output).doesNotContain("|-INFO", "sk-abc123", "ann@example.com");
        assertThat(lines).allSatisfy(line -> assertThat(line.has("ts") && line.has("level") && line.has("logger")
                && line.has("msg")).as(line.toString()).isTrue());
        List<String> messages = lines.stream().map(line -> line.get("msg").asText()).toList();
        assertThat(messages).anySatisfy(msg -> assertThat(msg).startsWith("Jobwright listening on"))
                .anySatisfy(msg -> assertThat(msg).matches(
                        "HTTP request completed method=GET path=/api/jobs status=401 durationMs=\\d+"))
                .contains("jetty warning for [REDACTED]", "javalin warning", "renderer failure for [EMAIL]");
        assertThat(lines).filteredOn(line -> line.get("logger").asText().equals("io.jobwright.http"))
                .allSatisfy(line -> assertThat(line.path("requestId").asText()).isNotBlank());
    }

    private static List<JsonNode> parse(String output) throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : output.split("\n")) {
            assertThat(line).as("blank line on stdout").isNotBlank();
            JsonNode node = JSON.readTree(line);
            assertThat(node.isObject()).as(line).isTrue();
            lines.add(node);
        }
        return lines;
    }
}
