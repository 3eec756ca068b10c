package io.jobwright.settings;

import com.fasterxml.jackson.databind.node.TextNode;
import io.jobwright.config.Config;
import io.jobwright.error.InvalidRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Typed settings: the stored override if there is one, else the environment's default (LLM connection only), else
 * the registry's built-in default. Overrides are read from the database into memory and re-read after every write
 * here, and at most {@link #RELOAD_AFTER} after another instance's write. Secret values are never logged.
 * Thread-safe.
 */
public final class SettingsService {

    static final Duration RELOAD_AFTER = Duration.ofSeconds(30);
    private static final Logger LOG = LoggerFactory.getLogger(SettingsService.class);

    private record Snapshot(Map<String, Object> overrides, Instant loadedAt) {
    }

    private final SettingsRepository repository;
    private final SecretBox secrets;
    private final Clock clock;
    private final Map<String, Object> defaults;
    private volatile Snapshot snapshot;

    /**
     * Reads overrides from the database on first use; {@code llm} supplies the environment's defaults for the LLM
     * connection (an unusable value is logged by key and ignored).
     */
    public SettingsService(Jdbi jdbi, SecretBox secrets, Config.LlmConfig llm, Clock clock) {
        this.repository = new SettingsRepository(jdbi);
        this.secrets = secrets;
        this.clock = clock;
        this.defaults = defaults(llm);
    }

    /** The current value of a setting: the stored override, else the env fallback, else the default. */
    public <T> T get(Setting<T> setting) {
        return override(setting).orElseGet(() -> defaultOf(setting));
    }

    /** The stored override of a setting, if any. */
    public <T> Optional<T> override(Setting<T> setting) {
        return Optional.ofNullable(setting.type().cast(overrides().get(setting.key())));
    }

    /** The value a setting has without an override: the environment's, else the built-in default. */
    public <T> T defaultOf(Setting<T> setting) {
        return setting.type().cast(defaults.get(setting.key()));
    }

    /** Every setting as {@code GET /api/settings} shows it (secrets only as hints). */
    public Map<String, Object> view() {
        return SettingsView.of(this);
    }

    /** Applies a checked batch of changes in one transaction and returns the new {@link #view()}. */
    public Map<String, Object> update(SettingsPatch patch) {
        List<SettingsRepository.Write> writes = patch.changes().stream()
                .map(change -> new SettingsRepository.Write(change.setting().key(), change.stored(secrets),
                        change.setting().secret()))
                .toList();
        try {
            repository.apply(writes, clock.instant());
        } finally {
            snapshot = null;
        }
        LOG.info("Settings updated: {}", writes.stream().map(SettingsRepository.Write::key).toList());
        return view();
    }

    private Map<String, Object> overrides() {
        Snapshot current = snapshot;
        Instant now = clock.instant();
        if (current == null || now.isAfter(current.loadedAt().plus(RELOAD_AFTER))) {
            current = new Snapshot(load(), now);
            snapshot = current;
        }
        return current.overrides();
    }

    private Map<String, Object> load() {
        Map<String, Object> values = new HashMap<>();
        for (SettingsRepository.Row row : repository.all()) {
            Setting.byKey(row.key()).ifPresent(setting -> {
                try {
                    values.put(setting.key(), setting.secret()
                            ? setting.valueType().parse(TextNode.valueOf(secrets.decrypt(row.value())), setting.key())
                            : setting.valueType().decode(row.value(), setting.key()));
                } catch (SecretUnreadable | InvalidRequest e) {
                    // A row we cannot use must not break every feature that reads settings: fall back and say so.
                    LOG.warn("Ignoring the stored value of setting {}: {}; set it again", setting.key(), e.getMessage());
                }
            });
        }
        return Map.copyOf(values);
    }

    private static Map<String, Object> defaults(Config.LlmConfig llm) {
        Map<String, Object> defaults = new HashMap<>();
        for (Setting<?> setting : Setting.all()) {
            defaults.put(setting.key(), setting.defaultValue());
            String fromEnv = llm == null ? null : setting.configDefault().apply(llm);
            if (fromEnv != null) {
                try {
                    defaults.put(setting.key(), setting.valueType().parse(TextNode.valueOf(fromEnv), setting.key()));
                } catch (InvalidRequest e) {
                    LOG.warn("Ignoring the environment's default for setting {}: {}", setting.key(), e.getMessage());
                }
            }
        }
        return defaults;
    }
}
