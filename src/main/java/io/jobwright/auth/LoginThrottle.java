package io.jobwright.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Slows password guessing: after {@value #MAX_FAILURES} failed sign-ins for one username, or from one client address,
 * within {@link #WINDOW}, further attempts for it are refused until the oldest of those failures leaves the window.
 *
 * <p>The counts live in memory only: a restart forgets them, and with several instances on one PostgreSQL each
 * counts its own attempts. That is acceptable for a self-hosted single-user tool; the Argon2 cost of every attempt
 * is the second line of defence. Memory is bounded by {@value #MAX_KEYS} tracked keys. Thread-safe.
 */
final class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final int MAX_KEYS = 10_000;

    private final Clock clock;
    /** In access order, so when the map is full the keys nobody has tried lately are dropped first. */
    private final Map<String, Deque<Instant>> failures = new LinkedHashMap<>(64, 0.75f, true);

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long the caller must wait before trying this username or address again; empty when it may try now. */
    synchronized Optional<Duration> retryAfter(String username, String address) {
        Instant now = clock.instant();
        Duration wait = max(waitFor(userKey(username), now), waitFor(addressKey(address), now));
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    /** Counts a failed attempt against both the username and the address. */
    synchronized void failed(String username, String address) {
        Instant now = clock.instant();
        record(userKey(username), now);
        record(addressKey(address), now);
    }

    /** Forgets the username's failures after a successful sign-in; the address keeps its count. */
    synchronized void succeeded(String username) {
        failures.remove(userKey(username));
    }

    /** How many usernames and addresses are being tracked. */
    synchronized int trackedKeys() {
        return failures.size();
    }

    private Duration waitFor(String key, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Duration.ZERO;
        }
        prune(times, now);
        if (times.size() < MAX_FAILURES) {
            return Duration.ZERO;
        }
        // record() keeps only the latest MAX_FAILURES, so the first is the one whose expiry lifts the block.
        return Duration.between(now, times.peekFirst().plus(WINDOW));
    }

    private void record(String key, Instant now) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        prune(times, now);
        times.addLast(now);
        // Only the latest MAX_FAILURES matter for the decision.
        while (times.size() > MAX_FAILURES) {
            times.removeFirst();
        }
        if (failures.size() > MAX_KEYS) {
            evict(now);
        }
    }

    private void evict(Instant now) {
        failures.values().removeIf(times -> {
            prune(times, now);
            return times.isEmpty();
        });
        Iterator<String> oldest = failures.keySet().iterator();
        while (failures.size() > MAX_KEYS && oldest.hasNext()) {
            oldest.next();
            oldest.remove();
        }
    }

    private static void prune(Deque<Instant> times, Instant now) {
        Instant cutoff = now.minus(WINDOW);
        while (!times.isEmpty() && !times.peekFirst().isAfter(cutoff)) {
            times.removeFirst();
        }
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String userKey(String username) {
        return "user:" + username;
    }

    private static String addressKey(String address) {
        return "ip:" + address;
    }
}
