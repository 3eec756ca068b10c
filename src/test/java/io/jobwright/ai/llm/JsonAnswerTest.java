package io.jobwright.ai.llm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonAnswerTest {

    @Test
    void reads_a_plain_object() {
        assertThat(JsonAnswer.parse("{\"a\": 1}")).hasValueSatisfying(n -> assertThat(n.path("a").asInt()).isEqualTo(1));
    }

    @Test
    void drops_fences_and_text_around_the_object() {
        assertThat(JsonAnswer.parse("```json\n{\"a\": {\"b\": 2}}\n```")).isPresent();
        assertThat(JsonAnswer.parse("Here you go: {\"a\": 1} Hope that helps!")).isPresent();
    }

    @Test
    void does_not_complete_half_an_object_or_accept_other_values() {
        assertThat(JsonAnswer.parse("{\"a\": 1, \"b\": ")).isEmpty();
        assertThat(JsonAnswer.parse("[1, 2]")).isEmpty();
        assertThat(JsonAnswer.parse("no json here")).isEmpty();
        assertThat(JsonAnswer.parse("")).isEmpty();
    }
}
