package io.jobwright.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.status.NopStatusListener;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

class JsonLineEncoderTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final JsonLineEncoder encoder = new JsonLineEncoder();
    private OutputStreamAppender<ILoggingEvent> appender;
    private ch.qos.logback.classic.Logger logger;

    @BeforeEach
    void attach_an_appender_writing_to_memory() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        encoder.setContext(context);
        encoder.start();
        appender = new OutputStreamAppender<>();
        appender.setContext(context);
        appender.setEncoder(encoder);
        appender.setOutputStream(out);
        appender.start();
        logger = context.getLogger("test.encoder");
        logger.setAdditive(false);
        logger.setLevel(Level.DEBUG);
        logger.addAppender(appender);
        MDC.clear();
    }

    @AfterEach
    void detach() {
        logger.detachAppender(appender);
        appender.stop();
        MDC.clear();
    }

    @Test
    void info_line_has_time_level_logger_and_message() throws IOException {
        logger.info("Jobwright listening on port {}", 3001);

        JsonNode line = single();
        assertThat(line.get("ts").asText()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");
        assertThat(line.get("level").asText()).isEqualTo("INFO");
        assertThat(line.get("logger").asText()).isEqualTo("test.encoder");
        assertThat(line.get("msg").asText()).isEqualTo("Jobwright listening on port 3001");
        assertThat(line.size()).isEqualTo(4);
    }

    @Test
    void secret_passed_as_argument_never_reaches_the_output() throws IOException {
        logger.info("x {}", "sk-abc123def456ghi789");
        logger.warn("calling {} with {}", "https://api.example.com", "Bearer abcdef123456");

        assertThat(text()).doesNotContain("sk-abc123", "abcdef123456");
        assertThat(lines()).extracting(line -> line.get("msg").asText()).containsExactly(
                "x [REDACTED]",
                "calling https://api.example.com with Bearer [REDACTED]");
    }

    @Test
    void map_argument_with_a_password_is_masked() throws IOException {
        logger.info("login {}", java.util.Map.of("password", "hunter2"));

        assertThat(single().get("msg").asText()).isEqualTo("login {password=[REDACTED]}");
    }

    @Test
    void correlation_fields_from_the_mdc_sit_at_the_top_level() throws IOException {
        MDC.put(Correlation.REQUEST_ID, "req-1");
        MDC.put(Correlation.JOB_ID, "job-7");
        MDC.put(Correlation.PIPELINE_RUN_ID, "run-3");

        logger.info("scored");

        JsonNode line = single();
        assertThat(line.get("requestId").asText()).isEqualTo("req-1");
        assertThat(line.get("jobId").asText()).isEqualTo("job-7");
        assertThat(line.get("pipelineRunId").asText()).isEqualTo("run-3");
    }

    @Test
    void lines_without_correlation_have_no_correlation_fields() throws IOException {
        logger.info("startup");

        assertThat(single().has("requestId")).isFalse();
    }

    @Test
    void key_value_pairs_become_redacted_meta() throws IOException {
        logger.atInfo().addKeyValue("provider", "openai").addKeyValue("apiKey", "sk-abc123def456ghi789")
                .addKeyValue("attempt", 2).log("LLM retry");

        assertThat(single().get("meta").toString())
                .isEqualTo("{\"provider\":\"openai\",\"apiKey\":\"[REDACTED]\",\"attempt\":2}");
    }

    @Test
    void error_message_and_cause_are_redacted_and_the_stack_kept_short() throws IOException {
        Exception cause = new IOException("SMTP refused ann@example.com");
        logger.error("Mail failed", new IllegalStateException("password=hunter2 rejected", cause));

        JsonNode line = single();
        assertThat(line.get("error").asText()).isEqualTo("java.lang.IllegalStateException: password=[REDACTED] rejected");
        String stack = line.get("stack").asText();
        assertThat(stack).startsWith("\tat io.jobwright.logging.JsonLineEncoderTest.")
                .contains("Caused by: java.io.IOException: SMTP refused [EMAIL]\n")
                .doesNotContain("hunter2", "ann@example.com");
        assertThat(stack.lines().filter(l -> l.startsWith("\tat ")).count()).isLessThanOrEqualTo(12 + 4);
    }

    @Test
    void multi_line_message_stays_one_json_line() throws IOException {
        logger.info("first\nsecond \"quoted\" \u0007 bell");

        assertThat(text()).hasLineCount(1);
        assertThat(single().get("msg").asText()).isEqualTo("first\nsecond \"quoted\" \u0007 bell");
    }

    @Test
    void long_message_is_truncated_at_800_chars() throws IOException {
        logger.info("{}", "y".repeat(900));

        assertThat(single().get("msg").asText()).isEqualTo("y".repeat(800) + "…(truncated 100 chars)");
    }

    @Test
    void every_line_is_valid_json() throws IOException {
        logger.debug("debug {}", 1);
        logger.info("with unicode äöü €");
        logger.warn("tab\tand backslash \\ and {}", (Object) null);
        logger.error("boom", new RuntimeException((String) null));

        List<String> raw = text().lines().toList();
        assertThat(raw).hasSize(4);
        for (String line : raw) {
            assertThat(JSON.readTree(line).isObject()).as(line).isTrue();
        }
        assertThat(lines().get(3).get("error").asText()).isEqualTo("java.lang.RuntimeException");
    }

    @Test
    void text_format_writes_one_redacted_line_per_event() {
        encoder.setFormat("text");
        MDC.put(Correlation.REQUEST_ID, "req-9");

        logger.info("token {}\nnext", "sk-abc123def456ghi789");

        assertThat(text()).endsWith(" INFO test.encoder - token [REDACTED]\\nnext requestId=req-9\n")
                .hasLineCount(1);
    }

    @Test
    void unknown_format_falls_back_to_json() throws IOException {
        encoder.setFormat("yaml");

        logger.info("hello");

        assertThat(single().get("msg").asText()).isEqualTo("hello");
    }

    @Test
    void logback_startup_status_is_silenced() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();

        assertThat(context.getStatusManager().getCopyOfStatusListenerList())
                .hasAtLeastOneElementOfType(NopStatusListener.class);
    }

    @Test
    void jetty_javalin_and_jul_warnings_reach_stdout_as_json_lines() throws IOException {
        PrintStream original = System.out;
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
        try {
            LoggerFactory.getLogger("org.eclipse.jetty.server.HttpChannel").warn("jetty {}", "sk-abc123def456ghi789");
            LoggerFactory.getLogger("io.javalin.Javalin").warn("javalin warning");
            LoggerFactory.getLogger("org.eclipse.jetty.server.Server").info("jetty info is below the threshold");
            java.util.logging.Logger.getLogger("com.example.jul").log(java.util.logging.Level.WARNING,
                    "jul {0} for ann@example.com", "warning");
        } finally {
            System.setOut(original);
        }

        List<JsonNode> lines = parse(stdout.toString(StandardCharsets.UTF_8));
        assertThat(lines).extracting(line -> line.get("logger").asText() + " " + line.get("level").asText() + " "
                + line.get("msg").asText()).containsExactly(
                "org.eclipse.jetty.server.HttpChannel WARN jetty [REDACTED]",
                "io.javalin.Javalin WARN javalin warning",
                "com.example.jul WARN jul warning for [EMAIL]");
    }

    private String text() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private JsonNode single() throws IOException {
        List<JsonNode> lines = lines();
        assertThat(lines).hasSize(1);
        return lines.getFirst();
    }

    private List<JsonNode> lines() {
        return parse(text());
    }

    private static List<JsonNode> parse(String text) {
        return text.lines().map(line -> {
            try {
                return JSON.readTree(line);
            } catch (IOException e) {
                throw new UncheckedIOException("Not a JSON line: " + line, e);
            }
        }).toList();
    }
}
