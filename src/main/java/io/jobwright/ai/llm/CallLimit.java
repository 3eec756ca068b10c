package io.jobwright.ai.llm;

import java.util.function.IntSupplier;

/**
 * Bounds how many LLM calls run at once. The bound is read on every acquire, so a changed
 * {@code llmMaxConcurrency} setting applies to the next call without a restart. Thread-safe.
 */
final class CallLimit {

    private final IntSupplier limit;
    private int running;

    CallLimit(IntSupplier limit) {
        this.limit = limit;
    }

    /** Waits for a free slot; throws {@link InterruptedException} when the caller is cancelled meanwhile. */
    synchronized void acquire() throws InterruptedException {
        while (running >= Math.max(1, limit.getAsInt())) {
            wait();
        }
        running++;
    }

    /** Frees the slot taken by {@link #acquire}. */
    synchronized void release() {
        running--;
        notifyAll();
    }
}
