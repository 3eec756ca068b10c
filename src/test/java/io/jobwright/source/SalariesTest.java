package io.jobwright.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SalariesTest {

    @Test
    void dollar_range_per_year() {
        assertThat(Salaries.parse("$120,000 – $150,000 per year"))
                .isEqualTo(new Salary(120_000.0, 150_000.0, "USD", "year", "$120,000 – $150,000 per year"));
    }

    @Test
    void k_suffix_on_both_ends_or_only_the_last() {
        assertThat(Salaries.parse("$55k - $100k")).extracting(Salary::min, Salary::max, Salary::currency, Salary::interval)
                .containsExactly(55_000.0, 100_000.0, "USD", "year");
        assertThat(Salaries.parse("€60-80k")).extracting(Salary::min, Salary::max, Salary::currency)
                .containsExactly(60_000.0, 80_000.0, "EUR");
    }

    @Test
    void european_thousands_separator_and_german_interval() {
        assertThat(Salaries.parse("60.000 € brutto/Jahr")).extracting(Salary::min, Salary::max, Salary::currency,
                Salary::interval).containsExactly(60_000.0, null, "EUR", "year");
    }

    @Test
    void hourly_rate_with_a_currency_code() {
        assertThat(Salaries.parse("GBP 45.50 an hour")).extracting(Salary::min, Salary::currency, Salary::interval)
                .containsExactly(45.5, "GBP", "hour");
    }

    @Test
    void no_amount_is_no_salary() {
        assertThat(Salaries.parse("Competitive")).isNull();
        assertThat(Salaries.of(0.0, 0.0, "USD", "year", null)).isNull();
    }

    @Test
    void structured_fields_get_a_readable_text() {
        assertThat(Salaries.of(60_000.0, 75_000.0, "eur", "year", null))
                .isEqualTo(new Salary(60_000.0, 75_000.0, "EUR", "year", "EUR 60,000 – 75,000 per year"));
        assertThat(Salaries.of(120_000.0, 200_000.0, "USD", "1 YEAR", null).interval()).isEqualTo("year");
    }
}
