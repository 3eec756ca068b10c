package io.jobwright.pipeline;

import java.time.Duration;
import java.util.function.Supplier;

/** Waits for a condition by asking it again every few milliseconds, failing with a description after a timeout. */
public final class Eventually {

    public static <T> T until(String what, Duration timeout, Supplier<T> value, java.util.function.Predicate<T> done) {
        long deadline = System.nanoTime() + timeout.toNanos();
        T last = value.get();
        while (!done.test(last)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after " + timeout.toSeconds() + " s waiting for " + what
                        + "; last seen: " + last);
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what);
            }
            last = value.get();
        }
        return last;
    }

    private Eventually() {
    }
}
