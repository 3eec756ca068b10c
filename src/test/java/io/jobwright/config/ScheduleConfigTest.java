package io.jobwright.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScheduleConfigTest {

    @TempDir
    Path dataDir;

    Config.ScheduleConfig load(Map<String, String> values) {
        Map<String, String> env = new HashMap<>(values);
        env.put("JOBWRIGHT_DATA_DIR", dataDir.toString());
        return Config.load(env).schedule();
    }

    @Test
    void defaults_are_utc_a_sweep_at_half_past_three_and_no_webhook_secret() {
        Config.ScheduleConfig schedule = load(Map.of());
        assertThat(schedule.zone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(schedule.recheckAt()).isEqualTo(LocalTime.of(3, 30));
        assertThat(schedule.pollInterval()).isEqualTo(Duration.ofSeconds(10));
        assertThat(schedule.webhookSecret()).isNull();
    }

    @Test
    void values_are_read_and_the_secret_never_printed() {
        Config.ScheduleConfig schedule = load(Map.of("JOBWRIGHT_TIMEZONE", "Europe/Berlin",
                "JOBWRIGHT_RECHECK_AT", "off", "JOBWRIGHT_SCHEDULER_POLL_MS", "250",
                "JOBWRIGHT_WEBHOOK_SECRET", "s3cret-value"));
        assertThat(schedule.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(schedule.recheckAt()).isNull();
        assertThat(schedule.pollInterval()).isEqualTo(Duration.ofMillis(250));
        assertThat(schedule.webhookSecret()).isEqualTo("s3cret-value");
        assertThat(schedule.toString()).doesNotContain("s3cret-value").contains("****");
    }

    @Test
    void bad_values_stop_startup_naming_the_variable() {
        assertThatThrownBy(() -> load(Map.of("JOBWRIGHT_TIMEZONE", "Mars/Olympus")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("JOBWRIGHT_TIMEZONE")
                .hasMessageContaining("Mars/Olympus");
        assertThatThrownBy(() -> load(Map.of("JOBWRIGHT_RECHECK_AT", "3am")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("JOBWRIGHT_RECHECK_AT");
        assertThatThrownBy(() -> load(Map.of("JOBWRIGHT_SCHEDULER_POLL_MS", "5")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("JOBWRIGHT_SCHEDULER_POLL_MS");
    }
}
