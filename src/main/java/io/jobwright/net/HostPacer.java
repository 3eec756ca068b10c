package io.jobwright.net;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;

/** Spaces requests to one host by a minimum interval, so a run never hammers a board. Thread-safe. */
final class HostPacer {

    private final long intervalNanos;
    private final ConcurrentHashMap<String, Long> nextSlot = new ConcurrentHashMap<>();

    HostPacer(Duration interval) {
        this.intervalNanos = interval.toNanos();
    }

    /** Blocks until this host's next slot; reserves it for the caller. */
    void awaitTurn(String host) {
        if (intervalNanos <= 0) {
            return;
        }
        long now = System.nanoTime();
        long slot = nextSlot.compute(host, (h, next) -> next == null || next - now < 0 ? now + intervalNanos
                : next + intervalNanos) - intervalNanos;
        long wait = slot - now;
        while (wait > 0) {
            LockSupport.parkNanos(wait);
            if (Thread.currentThread().isInterrupted()) {
                throw new FetchFailed("cancelled");
            }
            wait = slot - System.nanoTime();
        }
    }
}
