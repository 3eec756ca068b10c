package io.jobwright.ai.truth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DurationsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 31);

    private static List<Double> years(String text) {
        return Durations.in(text, 2026).stream().map(Durations.Claim::years).toList();
    }

    @Test
    void lengths_are_read_in_digits_words_and_the_languages_tailoring_writes() {
        assertThat(years("8+ years in backends, 3 yrs. of Rust, 2.5 years of Go")).containsExactly(8.0, 3.0, 2.5);
        assertThat(years("over a decade, two decades, eleven full years")).containsExactly(10.0, 20.0, 11.0);
        assertThat(years("seit zwölf Jahren, 5 Jahre Java")).containsExactly(12.0, 5.0);
        assertThat(years("dix ans, quince años, negen jaar, dodici anni, vinte e cinco anos"))
                .containsExactly(10.0, 15.0, 9.0, 12.0, 25.0);
    }

    @Test
    void since_a_year_claims_the_years_from_then_to_this_one() {
        assertThat(years("Building backends since 2015; seit Anfang 2020 in Berlin; depuis 2024")).containsExactly(11.0, 6.0, 2.0);
        assertThat(years("from 2015 to 2018, in 2019, since 15 teams")).isEmpty();
    }

    @Test
    void dates_versions_and_words_that_merely_end_alike_are_not_lengths() {
        assertThat(years("In 2019 years of growth")).isEmpty();
        assertThat(years("Java 17 and a plan; werkte aan search; the year's best; two-year roadmap")).isEmpty();
    }

    @Test
    void odd_unicode_that_folds_onto_a_number_word_is_no_claim_and_no_crash() {
        assertThat(years("\u017Fix years, ſeven Jahre")).isEmpty();
        assertThat(years("SIX YEARS, ZEHN JAHRE")).containsExactly(6.0, 10.0);
    }

    @Test
    void blanking_a_length_keeps_every_other_character_in_place() {
        String text = "Led 4 people for 6 years.";

        String blanked = Durations.without(text, Durations.in(text, 2026));

        assertThat(blanked).hasSameSizeAs(text).startsWith("Led 4 people for ").doesNotContain("6");
    }

    @Test
    void experience_counts_overlapping_positions_once_and_ongoing_ones_up_to_today() {
        List<String[]> positions = List.of(
                new String[] {"2016-01", "2018-12"},
                new String[] {"2018-06-15", "2019-12-31"}, // overlaps the first: 2016-01 to 2019-12 is 4 years
                new String[] {"2024", null});               // ongoing: 2024-01-01 to today is 3 years

        assertThat(Durations.experience(positions, TODAY)).isCloseTo(7.0, within(0.01));
    }

    @Test
    void positions_without_a_readable_start_or_starting_later_count_nothing() {
        List<String[]> positions = List.of(
                new String[] {"Spring 2019", "2020"},
                new String[] {"2027-01", null},
                new String[] {"2020-13", "2021"},
                new String[] {"2025-01", "Present"});

        assertThat(Durations.experience(positions, TODAY)).isCloseTo(2.0, within(0.01));
    }
}
