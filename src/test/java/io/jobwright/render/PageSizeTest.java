package io.jobwright.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageSizeTest {

    @Test
    void the_us_and_canada_get_letter_and_everyone_else_a4() {
        assertThat(PageSize.forRegion("US")).isEqualTo(PageSize.LETTER);
        assertThat(PageSize.forRegion("en-CA")).isEqualTo(PageSize.LETTER);
        assertThat(PageSize.forRegion("de-DE")).isEqualTo(PageSize.A4);
        assertThat(PageSize.forRegion("GB")).isEqualTo(PageSize.A4);
        assertThat(PageSize.forRegion(null)).isEqualTo(PageSize.A4);
    }

    @Test
    void languages_are_found_by_code_or_locale() {
        assertThat(Language.of("de-DE")).contains(Language.DE);
        assertThat(Language.of("fr")).contains(Language.FR);
        assertThat(Language.of("es_ES")).contains(Language.ES);
        assertThat(Language.of("ja-JP")).isEmpty();
    }
}
