package io.jobwright.ai.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RetryDelayTest {

    private final RetryDelay delays = new RetryDelay(Duration.ofMillis(500), Duration.ofSeconds(30));
    private final Clock clock = Clock.fixed(Instant.parse("2025-03-01T09:00:00Z"), ZoneOffset.UTC);

    @Test
    void waits_grow_exponentially_within_the_cap_and_are_jittered() {
        SplittableRandom random = new SplittableRandom(7);
        for (int retry = 0; retry < 12; retry++) {
            long cap = Math.min(30_000, 500L << retry);
            Duration wait = delays.next(retry, Optional.empty(), random);
            assertThat(wait.toMillis()).isBetween(1L, cap);
        }
    }

    @Test
    void retry_after_is_a_floor() {
        Duration wait = delays.next(0, Optional.of(Duration.ofSeconds(4)), new SplittableRandom(1));

        assertThat(wait).isEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void retry_after_reads_seconds_and_http_dates() {
        assertThat(RetryDelay.parseRetryAfter("7", clock)).contains(Duration.ofSeconds(7));
        assertThat(RetryDelay.parseRetryAfter("Sat, 01 Mar 2025 09:00:20 GMT", clock)).contains(Duration.ofSeconds(20));
        assertThat(RetryDelay.parseRetryAfter("Sat, 01 Mar 2025 08:00:00 GMT", clock)).contains(Duration.ZERO);
        assertThat(RetryDelay.parseRetryAfter("soon", clock)).isEmpty();
        assertThat(RetryDelay.parseRetryAfter(null, clock)).isEmpty();
    }
}
