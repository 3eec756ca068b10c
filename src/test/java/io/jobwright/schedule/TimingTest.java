package io.jobwright.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jobwright.error.InvalidRequest;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TimingTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final Instant NOW = Instant.parse("2026-03-02T08:58:00Z");

    @Test
    void daily_fires_later_today_or_else_tomorrow() {
        Timing nine = Timing.daily("09:00", ZoneOffset.UTC);
        assertThat(nine.nextAfter(NOW)).isEqualTo("2026-03-02T09:00:00Z");
        assertThat(nine.nextAfter(Instant.parse("2026-03-02T09:00:00Z"))).isEqualTo("2026-03-03T09:00:00Z");
        assertThat(Timing.daily("7:05", ZoneOffset.UTC).expression()).isEqualTo("07:05");
    }

    @Test
    void daily_keeps_local_time_across_daylight_saving_changes() {
        Timing morning = Timing.daily("08:00", BERLIN);
        // Berlin moves to summer time on 29 March 2026: 08:00 is 07:00 UTC before and 06:00 UTC after.
        assertThat(morning.nextAfter(Instant.parse("2026-03-28T12:00:00Z"))).isEqualTo("2026-03-29T06:00:00Z");
        assertThat(morning.nextAfter(Instant.parse("2026-03-27T12:00:00Z"))).isEqualTo("2026-03-28T07:00:00Z");
    }

    @Test
    void daily_at_a_time_skipped_by_the_clock_change_fires_just_after_it() {
        Timing skipped = Timing.daily("02:30", BERLIN);
        assertThat(skipped.nextAfter(Instant.parse("2026-03-28T12:00:00Z"))).isEqualTo("2026-03-29T01:30:00Z");
    }

    @Test
    void cron_uses_the_five_crontab_fields_in_its_zone() {
        Timing weekdays = Timing.cron("30 7 * * 1-5", BERLIN, NOW);
        assertThat(weekdays.nextAfter(NOW)).isEqualTo("2026-03-03T06:30:00Z");
        assertThat(weekdays.nextAfter(Instant.parse("2026-03-06T07:00:00Z"))).as("Friday to Monday")
                .isEqualTo("2026-03-09T06:30:00Z");
        assertThat(Timing.cron("  0   18 * *  SUN ", ZoneOffset.UTC, NOW).expression()).isEqualTo("0 18 * * SUN");
    }

    @Test
    void bad_or_too_frequent_cron_expressions_are_refused_naming_cron() {
        assertRefused("61 * * * *", "61");
        assertRefused("0 9 * *", "4 parts");
        assertRefused("0 9 * * * *", "6 parts");
        assertRefused("bogus", "1 parts");
        assertRefused("-", "five-field");
        assertRefused("", "five-field");
        assertRefused("*/5 * * * *", "more often than every 10 minutes");
        assertRefused("0,5 9 * * *", "more often than every 10 minutes");
        assertRefused("0 0 30 2 *", "never fires");
        assertThat(Timing.cron("*/10 * * * *", ZoneOffset.UTC, NOW).nextAfter(NOW)).isEqualTo("2026-03-02T09:00:00Z");
    }

    @Test
    void bad_daily_times_and_zones_are_refused() {
        for (String bad : new String[]{"24:00", "9", "09:60", "nine", "09:00:00", ""}) {
            assertThatThrownBy(() -> Timing.daily(bad, ZoneOffset.UTC)).as(bad).isInstanceOf(InvalidRequest.class)
                    .hasMessageStartingWith("daily:");
        }
        assertThatThrownBy(() -> Timing.zone("Mars/Olympus")).isInstanceOf(InvalidRequest.class)
                .hasMessageStartingWith("timezone:").hasMessageContaining("Mars/Olympus");
    }

    static void assertRefused(String cron, String says) {
        assertThatThrownBy(() -> Timing.cron(cron, ZoneOffset.UTC, NOW)).as(cron).isInstanceOf(InvalidRequest.class)
                .hasMessageStartingWith("cron:").hasMessageContaining(says);
    }
}
