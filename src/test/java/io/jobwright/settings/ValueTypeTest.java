package io.jobwright.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.jobwright.error.InvalidRequest;
import io.jobwright.web.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValueTypeTest {

    @Test
    void flags_accept_only_json_booleans() {
        assertThat(new ValueType.Flag().parse(json("false"), "k")).isFalse();
        assertRefused(new ValueType.Flag(), "\"true\"", "k: must be true or false");
        assertRefused(new ValueType.Flag(), "1", "k: must be true or false");
    }

    @Test
    void whole_numbers_must_be_integers_within_range() {
        ValueType.WholeNumber type = new ValueType.WholeNumber(0, 100);

        assertThat(type.parse(json("100"), "k")).isEqualTo(100);
        assertRefused(type, "101", "k: must be a whole number from 0 to 100");
        assertRefused(type, "-1", "k: must be a whole number from 0 to 100");
        assertRefused(type, "2.5", "k: must be a whole number from 0 to 100");
        assertRefused(type, "\"3\"", "k: must be a whole number from 0 to 100");
        assertRefused(type, "99999999999", "k: must be a whole number from 0 to 100");
    }

    @Test
    void choices_are_trimmed_and_lower_cased() {
        ValueType.Choice type = new ValueType.Choice(List.of("auto", "a4", "letter"));

        assertThat(type.parse(json("\" A4 \""), "k")).isEqualTo("a4");
        assertRefused(type, "\"b5\"", "k: must be one of auto, a4, letter");
    }

    @Test
    void urls_must_be_absolute_http_or_https() {
        ValueType.WebUrl type = new ValueType.WebUrl();

        assertThat(type.parse(json("\" https://hooks.example.com/x?y=1 \""), "k"))
                .isEqualTo("https://hooks.example.com/x?y=1");
        assertThat(type.parse(json("\"http://127.0.0.1:8080\""), "k")).isEqualTo("http://127.0.0.1:8080");
        for (String bad : List.of("\"ftp://example.com\"", "\"example.com\"", "\"https://\"", "\"http://a b\"", "3")) {
            assertRefused(type, bad, "k: must be an absolute http:// or https:// URL");
        }
    }

    @Test
    void text_is_trimmed_and_must_not_be_blank() {
        ValueType.Text type = new ValueType.Text(5);

        assertThat(type.parse(json("\" gpt4 \""), "k")).isEqualTo("gpt4");
        assertRefused(type, "\"  \"", "k: must be 1–5 characters (send null to reset it)");
        assertRefused(type, "\"gpt-4o\"", "k: must be 1–5 characters (send null to reset it)");
        assertRefused(type, "[]", "k: must be a string");
    }

    @Test
    void secret_sounding_keys_are_named_without_a_colon_so_redaction_leaves_the_reason_readable() {
        assertThatThrownBy(() -> new ValueType.Text(10).parse(json("42"), "webhookSecret"))
                .isInstanceOf(InvalidRequest.class)
                .hasMessage("webhookSecret must be a string")
                .satisfies(e -> assertThat(((InvalidRequest) e).details()).containsEntry("field", "webhookSecret"));
    }

    @Test
    void lists_hold_a_bounded_number_of_non_blank_strings() {
        ValueType.TextList type = new ValueType.TextList(2);

        assertThat(type.parse(json("[\" java \", \"kotlin\"]"), "k")).containsExactly("java", "kotlin");
        assertThat(type.parse(json("[]"), "k")).isEmpty();
        assertRefused(type, "[\"a\", \"b\", \"c\"]", "k: must be a list of at most 2 strings");
        assertRefused(type, "\"java\"", "k: must be a list of at most 2 strings");
        assertRefused(type, "[\"a\", 1]", "k: every item must be a non-blank string of at most 200 characters");
    }

    @Test
    void stored_values_round_trip_through_json_text() {
        ValueType.TextList type = new ValueType.TextList(5);

        String stored = type.encode(List.of("a", "b\"c"));

        assertThat(stored).isEqualTo("[\"a\",\"b\\\"c\"]");
        assertThat(type.decode(stored, "k")).containsExactly("a", "b\"c");
    }

    private static JsonNode json(String text) {
        try {
            return Json.MAPPER.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static void assertRefused(ValueType<?> type, String value, String message) {
        assertThatThrownBy(() -> type.parse(json(value), "k")).isInstanceOf(InvalidRequest.class).hasMessage(message);
    }
}
