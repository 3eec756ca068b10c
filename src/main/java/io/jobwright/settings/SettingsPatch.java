package io.jobwright.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jobwright.error.InvalidRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A checked batch of setting changes, as sent to {@code PATCH /api/settings}: any subset of the registry's keys,
 * each with a new value or {@code null} to remove the override. Parsing checks every key and value before anything
 * is stored, so a bad entry rejects the whole batch.
 */
public record SettingsPatch(List<Change<?>> changes) {

    /** One setting's new value; {@code value == null} removes the override. */
    public record Change<T>(Setting<T> setting, T value) {

        static <T> Change<T> of(Setting<T> setting, JsonNode node) {
            return new Change<>(setting, node.isNull() ? null : setting.valueType().parse(node, setting.key()));
        }

        /** The text to store: encrypted for secrets, JSON otherwise; {@code null} for a removal. */
        String stored(SecretBox secrets) {
            if (value == null) {
                return null;
            }
            return setting.secret() ? secrets.encrypt((String) value) : setting.valueType().encode(value);
        }
    }

    public SettingsPatch {
        changes = List.copyOf(changes);
    }

    /**
     * Checks a request body.
     *
     * @throws InvalidRequest naming every unknown key, or the first key whose value has the wrong type or range
     */
    public static SettingsPatch parse(ObjectNode body) {
        List<String> unknown = new ArrayList<>();
        body.fieldNames().forEachRemaining(key -> {
            if (Setting.byKey(key).isEmpty()) {
                unknown.add(key);
            }
        });
        if (!unknown.isEmpty()) {
            throw new InvalidRequest("Unknown setting" + (unknown.size() > 1 ? "s" : "") + ": "
                    + String.join(", ", unknown), Map.of("fields", unknown));
        }
        List<Change<?>> changes = new ArrayList<>();
        body.properties().forEach(entry ->
                changes.add(Change.of(Setting.byKey(entry.getKey()).orElseThrow(), entry.getValue())));
        return new SettingsPatch(changes);
    }
}
