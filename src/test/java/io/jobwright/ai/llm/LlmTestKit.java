package io.jobwright.ai.llm;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jobwright.config.Config;
import io.jobwright.db.Database;
import io.jobwright.settings.SecretBox;
import io.jobwright.settings.SettingsPatch;
import io.jobwright.settings.SettingsService;
import io.jobwright.web.Json;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/** A database, settings pointing at a {@link FakeLlmServer}, and an {@link LlmClient}, for engine tests. */
final class LlmTestKit implements AutoCloseable {

    final FakeLlmServer fake = new FakeLlmServer();
    final Database database;
    final SettingsService settings;
    final LlmUsageLog usage;
    final LlmClient client;

    LlmTestKit(Path dataDir) {
        database = Database.open(new Config.DbConfig(null, null, null), dataDir);
        settings = new SettingsService(database.jdbi(), new SecretBox(dataDir),
                new Config.LlmConfig("openai_compatible", fake.url("/v1"), "gpt-test", null), Clock.systemUTC());
        usage = new LlmUsageLog(database.jdbi(), Clock.systemUTC());
        client = new LlmClient(new LlmConnections(settings), settings, usage, Duration.ofMillis(5), Duration.ofSeconds(2));
    }

    /** Applies a settings patch given as key/value pairs. */
    void set(Map<String, ?> values) {
        settings.update(SettingsPatch.parse((ObjectNode) Json.MAPPER.valueToTree(values)));
    }

    /** The user message of the {@code index}th request the fake received. */
    String prompt(int index) {
        return fake.received().get(index).body().at("/messages/1/content").asText();
    }

    @Override
    public void close() {
        fake.close();
        database.close();
    }
}
