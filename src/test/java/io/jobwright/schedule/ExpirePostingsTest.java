package io.jobwright.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ExpirePostingsTest {

    @Test
    void deadlines_are_read_from_iso_dates_and_date_times_only() {
        assertThat(ExpirePostings.deadline("2026-03-09")).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(ExpirePostings.deadline(" 2026-03-09T23:59:00Z")).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(ExpirePostings.deadline("2026-03-09T10:00:00+02:00")).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(ExpirePostings.deadline("end of March")).isNull();
        assertThat(ExpirePostings.deadline("09/03/2026")).isNull();
        assertThat(ExpirePostings.deadline("2026-02-30")).isNull();
        assertThat(ExpirePostings.deadline(null)).isNull();
    }
}
