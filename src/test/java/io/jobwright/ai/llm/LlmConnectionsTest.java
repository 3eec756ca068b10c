package io.jobwright.ai.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LlmConnectionsTest {

    @TempDir
    Path dataDir;
    private LlmTestKit kit;
    private LlmConnections connections;

    @BeforeEach
    void open() {
        kit = new LlmTestKit(dataDir);
        connections = new LlmConnections(kit.settings);
    }

    @AfterEach
    void close() {
        kit.close();
    }

    @Test
    void every_purpose_uses_the_default_connection_without_overrides() {
        kit.set(Map.of("llmProvider", "openai", "model", "gpt-4o-mini", "llmApiKey", "sk-default-123456"));

        LlmConnection scoring = connections.forPurpose(Purpose.SCORING).orElseThrow();

        assertThat(scoring.provider()).isEqualTo(Provider.OPENAI);
        assertThat(scoring.model()).isEqualTo("gpt-4o-mini");
        assertThat(scoring.apiKey()).isEqualTo("sk-default-123456");
        assertThat(scoring.toString()).doesNotContain("sk-default");
    }

    @Test
    void a_purpose_override_replaces_what_it_names_and_never_gets_another_vendors_key() {
        kit.set(Map.of("llmProvider", "openai", "model", "gpt-4o-mini", "llmApiKey", "sk-default-123456",
                "llmPurposeOverrides", Map.of(
                        "scoring", Map.of("provider", "ollama", "baseUrl", "http://127.0.0.1:11434/v1", "model", "llama3"),
                        "tailoring", Map.of("model", "gpt-4o"),
                        "projectSelection", Map.of("provider", "anthropic", "model", "claude-x"))));

        LlmConnection scoring = connections.forPurpose(Purpose.SCORING).orElseThrow();
        LlmConnection tailoring = connections.forPurpose(Purpose.TAILORING).orElseThrow();
        LlmConnection projects = connections.forPurpose(Purpose.PROJECT_SELECTION).orElseThrow();

        assertThat(scoring.provider()).isEqualTo(Provider.OLLAMA);
        assertThat(scoring.baseUrl()).isEqualTo("http://127.0.0.1:11434/v1");
        assertThat(tailoring.model()).isEqualTo("gpt-4o");
        assertThat(tailoring.apiKey()).isEqualTo("sk-default-123456");
        assertThat(projects.provider()).isEqualTo(Provider.ANTHROPIC);
        assertThat(projects.apiKey()).isNull();
        assertThat(projects.baseUrl()).isEqualTo("https://api.anthropic.com");
    }

    @Test
    void offline_means_no_connection() {
        kit.set(Map.of("llmProvider", "offline"));

        assertThat(connections.forPurpose(Purpose.SCORING)).isEmpty();
        assertThat(connections.configured(Purpose.DEFAULT)).isFalse();
    }
}
