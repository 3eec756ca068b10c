package io.jobwright.settings;

import io.jobwright.config.Config;
import java.time.Clock;
import org.jdbi.v3.core.Jdbi;

/** STUB: typed settings stored in the database, env defaults, secrets encrypted. */
public final class SettingsService {

    public SettingsService(Jdbi jdbi, SecretBox secrets, Config.LlmConfig llm, Clock clock) {
    }

    /** The current value of a setting: the stored override, else the env fallback, else the default. */
    public <T> T get(Setting<T> setting) {
        return setting.defaultValue();
    }
}
