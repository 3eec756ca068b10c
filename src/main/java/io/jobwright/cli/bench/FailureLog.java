package io.jobwright.cli.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts failed requests and keeps the first few descriptions to print; safe to share between client threads. */
final class FailureLog {

    private static final int KEPT = 10;

    private final AtomicInteger count = new AtomicInteger();
    private final List<String> first = new ArrayList<>();

    /** Records one failure, described as where it happened and what came back. */
    void add(String where, Reply reply) {
        if (count.incrementAndGet() <= KEPT) {
            synchronized (first) {
                first.add(where + ": " + reply.describe());
            }
        }
    }

    /** How many failures were recorded. */
    int count() {
        return count.get();
    }

    /** The first few failures, in the order they were recorded. */
    List<String> first() {
        synchronized (first) {
            return List.copyOf(first);
        }
    }
}
