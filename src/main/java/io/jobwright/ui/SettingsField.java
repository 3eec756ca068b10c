package io.jobwright.ui;

import io.jobwright.settings.Setting;
import java.util.List;

/**
 * One setting as a form field: which setting, its label and hint, and how it is typed in. Settings forms are lists
 * of these, rendered by {@code settings/fields.jte} and read back by {@link SettingsForms}.
 *
 * @param choices the allowed values of a {@link Kind#CHOICE}, each with its label after a {@code |}
 */
public record SettingsField(String key, String label, Kind kind, String hint, List<String> choices) {

    /** How a value is typed in and sent to the settings service. */
    public enum Kind {
        /** One line of text; blank means the default. */
        TEXT,
        /** A web address; blank means the default. */
        URL,
        /** A whole number; blank means the default. */
        NUMBER,
        /** Several lines of text (instructions, templates); blank means the default. */
        LONG_TEXT,
        /** A list, one entry per line (commas also separate). */
        LIST,
        /** One of {@link #choices}. */
        CHOICE,
        /** A checkbox. */
        FLAG,
        /** A secret: never shown back; blank keeps the stored one. */
        SECRET
    }

    public SettingsField {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    static SettingsField of(Setting<?> setting, String label, Kind kind, String hint) {
        return new SettingsField(setting.key(), label, kind, hint, List.of());
    }

    static SettingsField choice(Setting<?> setting, String label, String hint, String... choices) {
        return new SettingsField(setting.key(), label, Kind.CHOICE, hint, List.of(choices));
    }

    /** The value part of a choice ({@code remote|Remote only} → {@code remote}). */
    public static String choiceValue(String choice) {
        int bar = choice.indexOf('|');
        return bar < 0 ? choice : choice.substring(0, bar);
    }

    /** The label part of a choice ({@code remote|Remote only} → {@code Remote only}). */
    public static String choiceLabel(String choice) {
        int bar = choice.indexOf('|');
        return bar < 0 ? choice : choice.substring(bar + 1);
    }

    /** The id of the input, as {@code @template.tag.field} names it. */
    public String inputId() {
        return "f-" + key;
    }
}
