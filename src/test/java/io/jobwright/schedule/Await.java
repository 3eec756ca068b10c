package io.jobwright.schedule;

import java.time.Duration;
import java.util.function.Supplier;

/** Waits for a condition the app reaches in the background, checking it often, failing with what was last seen. */
final class Await {

    private Await() {
    }

    /** Returns the first value {@code check} answers that {@code done} accepts, or fails after {@code timeout}. */
    static <T> T until(Duration timeout, Supplier<T> check, java.util.function.Predicate<T> done) {
        long deadline = System.nanoTime() + timeout.toNanos();
        T last = check.get();
        while (!done.test(last)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Condition not reached within " + timeout.toSeconds() + " s; last seen: " + last);
            }
            java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
            last = check.get();
        }
        return last;
    }
}
