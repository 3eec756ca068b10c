package io.jobwright.settings;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The shape of {@code GET /api/settings}: {@code key: {value, default, override}} for each ordinary setting, and for
 * each secret only {@code keyHint} and {@code keyConfigured}. The hint is the first four characters and an ellipsis,
 * or just the ellipsis for secrets shorter than eight characters, where four would give away too much.
 */
final class SettingsView {

    static final int HINT_CHARS = 4;
    static final int HINT_MIN_LENGTH = 8;

    private SettingsView() {
    }

    static Map<String, Object> of(SettingsService settings) {
        Map<String, Object> view = new LinkedHashMap<>();
        for (Setting<?> setting : Setting.all()) {
            if (setting.secret()) {
                String secret = (String) settings.get(setting);
                view.put(setting.key() + "Hint", hint(secret));
                view.put(setting.key() + "Configured", secret != null);
            } else {
                view.put(setting.key(), entry(settings, setting));
            }
        }
        return view;
    }

    static String hint(String secret) {
        if (secret == null) {
            return null;
        }
        if (secret.length() < HINT_MIN_LENGTH) {
            return "…";
        }
        return secret.substring(0, secret.offsetByCodePoints(0, HINT_CHARS)) + "…";
    }

    private static <T> Map<String, Object> entry(SettingsService settings, Setting<T> setting) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("value", settings.get(setting));
        entry.put("default", settings.defaultOf(setting));
        entry.put("override", settings.override(setting).orElse(null));
        return entry;
    }
}
