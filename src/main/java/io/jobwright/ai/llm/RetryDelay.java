package io.jobwright.ai.llm;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * How long to wait before trying again: full-jitter exponential backoff ({@code random × min(base × 2^n, max)}),
 * never shorter than what the provider's {@code Retry-After} asks for (seconds or an HTTP date).
 */
record RetryDelay(Duration base, Duration max) {

    /** The wait before retry number {@code retry} (0 for the first), given the server's {@code Retry-After}. */
    Duration next(int retry, Optional<Duration> retryAfter, RandomGenerator random) {
        long cap = Math.min(max.toMillis(), base.toMillis() * (1L << Math.min(retry, 20)));
        long jittered = (long) (random.nextDouble() * cap);
        long floor = retryAfter.map(Duration::toMillis).orElse(0L);
        return Duration.ofMillis(Math.max(1, Math.max(jittered, floor)));
    }

    /** Reads a {@code Retry-After} header value; empty when absent or unreadable. */
    static Optional<Duration> parseRetryAfter(String header, Clock clock) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String value = header.strip();
        try {
            return Optional.of(Duration.ofMillis(Math.max(0, (long) (Double.parseDouble(value) * 1000))));
        } catch (NumberFormatException e) {
            try {
                Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration wait = Duration.between(clock.instant(), at);
                return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
            } catch (DateTimeParseException ignored) {
                return Optional.empty();
            }
        }
    }
}
