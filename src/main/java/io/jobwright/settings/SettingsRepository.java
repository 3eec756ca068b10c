package io.jobwright.settings;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** The {@code settings} table: one row per overridden setting, its value as text (secrets already encrypted). */
final class SettingsRepository {

    /** One stored override. */
    record Row(String key, String value, boolean secret) {
    }

    /** One change to apply: a new stored value, or {@code value == null} to delete the override. */
    record Write(String key, String value, boolean secret) {
    }

    private final Jdbi jdbi;

    SettingsRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Every stored override. */
    List<Row> all() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT setting_key, value, secret FROM settings")
                .map((rs, ctx) -> new Row(rs.getString("setting_key"), rs.getString("value"), rs.getInt("secret") == 1))
                .list());
    }

    /** Applies all writes in one transaction: either every change is stored or none is. */
    void apply(List<Write> writes, Instant now) {
        jdbi.useTransaction(handle -> {
            for (Write write : writes) {
                if (write.value() == null) {
                    handle.createUpdate("DELETE FROM settings WHERE setting_key = :key")
                            .bind("key", write.key())
                            .execute();
                } else {
                    handle.createUpdate("""
                                    INSERT INTO settings (setting_key, value, secret, updated_at)
                                    VALUES (:key, :value, :secret, :now)
                                    ON CONFLICT (setting_key) DO UPDATE
                                    SET value = excluded.value, secret = excluded.secret, updated_at = excluded.updated_at""")
                            .bind("key", write.key())
                            .bind("value", write.value())
                            .bind("secret", write.secret() ? 1 : 0)
                            .bind("now", now)
                            .execute();
                }
            }
        });
    }
}
