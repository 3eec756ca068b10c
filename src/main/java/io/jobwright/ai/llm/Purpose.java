package io.jobwright.ai.llm;

import java.util.Locale;
import java.util.Optional;

/** What an LLM call is for; each purpose may use its own connection, else the default one. */
public enum Purpose {
    SCORING("scoring"),
    TAILORING("tailoring"),
    PROJECT_SELECTION("projectSelection"),
    GHOSTWRITER("ghostwriter"),
    DEFAULT("default");

    private final String key;

    Purpose(String key) {
        this.key = key;
    }

    /** The name used in settings ({@code llmPurposeOverrides}) and in the usage log. */
    public String key() {
        return key;
    }

    /** The purpose with this settings name, ignoring case. */
    public static Optional<Purpose> byKey(String key) {
        for (Purpose purpose : values()) {
            if (purpose.key.toLowerCase(Locale.ROOT).equals(key == null ? "" : key.toLowerCase(Locale.ROOT))) {
                return Optional.of(purpose);
            }
        }
        return Optional.empty();
    }
}
