package io.jobwright.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.jobwright.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2025-01-01T10:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void four_failures_still_allow_another_attempt() {
        failTimes(4, "alice", "10.0.0.1");

        assertThat(throttle.retryAfter("alice", "10.0.0.1")).isEmpty();
    }

    @Test
    void five_failures_for_a_username_block_it_from_any_address() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("alice", "10.0.0." + i);
            clock.advance(Duration.ofMinutes(1));
        }

        assertThat(throttle.retryAfter("alice", "10.0.0.99")).contains(Duration.ofMinutes(10));
        assertThat(throttle.retryAfter("bob", "10.0.0.99")).isEmpty();
    }

    @Test
    void five_failures_from_an_address_block_every_username_from_it() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("user" + i, "10.0.0.1");
        }

        assertThat(throttle.retryAfter("someone-else", "10.0.0.1")).contains(Duration.ofMinutes(15));
        assertThat(throttle.retryAfter("someone-else", "10.0.0.2")).isEmpty();
    }

    @Test
    void the_block_lifts_when_the_oldest_counted_failure_leaves_the_window() {
        failTimes(5, "alice", "10.0.0.1");

        clock.advance(Duration.ofMinutes(15).minusSeconds(1));
        assertThat(throttle.retryAfter("alice", "10.0.0.1")).contains(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.retryAfter("alice", "10.0.0.1")).isEmpty();
    }

    @Test
    void failures_older_than_the_window_do_not_count() {
        failTimes(4, "alice", "10.0.0.1");
        clock.advance(Duration.ofMinutes(16));
        throttle.failed("alice", "10.0.0.1");

        assertThat(throttle.retryAfter("alice", "10.0.0.1")).isEmpty();
    }

    @Test
    void success_clears_the_username_but_not_the_address() {
        failTimes(4, "alice", "10.0.0.1");
        throttle.succeeded("alice");
        throttle.failed("alice", "10.0.0.1");

        assertThat(throttle.retryAfter("alice", "10.0.0.2")).isEmpty();
        assertThat(throttle.retryAfter("bob", "10.0.0.1")).isPresent();
    }

    @Test
    void memory_stays_bounded_under_many_usernames() {
        for (int i = 0; i < LoginThrottle.MAX_KEYS + 500; i++) {
            throttle.failed("user" + i, "10.0.0.1");
        }

        assertThat(throttle.trackedKeys()).isLessThanOrEqualTo(LoginThrottle.MAX_KEYS);
        assertThat(throttle.retryAfter("anyone", "10.0.0.1")).isPresent();
    }

    private void failTimes(int times, String username, String address) {
        for (int i = 0; i < times; i++) {
            throttle.failed(username, address);
        }
    }
}
