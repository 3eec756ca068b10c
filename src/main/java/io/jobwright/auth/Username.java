package io.jobwright.auth;

import io.jobwright.error.InvalidRequest;
import java.util.Locale;

/** A username as stored: trimmed and lower-cased, 1–120 characters, so "Alice " and "alice" are one account. */
record Username(String value) {

    static final int MAX_LENGTH = 120;

    Username {
        if (value.isEmpty() || value.length() > MAX_LENGTH) {
            throw InvalidRequest.field("username", "must be 1–" + MAX_LENGTH + " characters");
        }
    }

    /** Normalises user input; throws {@link InvalidRequest} naming {@code username} when it is empty or too long. */
    static Username of(String raw) {
        return new Username(raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT));
    }
}
