package io.jobwright.pipeline;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pushes the run's progress to its subscribers (the server-sent-event clients): the current progress when one
 * subscribes, then every change, and a heartbeat comment every {@link #HEARTBEAT}. Changes made by this instance are
 * pushed at once; a run executing on another instance is seen by reading its row every {@link #POLL}. One daemon
 * thread serves every subscriber. Thread-safe.
 */
public final class ProgressFeed implements AutoCloseable {

    static final Duration HEARTBEAT = Duration.ofSeconds(30);
    static final Duration POLL = Duration.ofMillis(500);
    private static final Logger LOG = LoggerFactory.getLogger(ProgressFeed.class);

    /** Where events go; each call returns false once the subscriber has gone away. */
    public interface Subscriber {
        /** Sends one event's data. */
        boolean data(String json);

        /** Sends a comment line (the heartbeat). */
        boolean comment(String text);

        /** The feed closed (the server is stopping): no more events will come. */
        void closed();
    }

    private final Supplier<Progress> current;
    private final Map<Subscriber, String> lastSent = new ConcurrentHashMap<>();
    private final Object signal = new Object();
    private long version;
    private Thread thread;
    private volatile boolean closed;

    ProgressFeed(Supplier<Progress> current) {
        this.current = current;
    }

    /** Adds a subscriber; it receives the current progress right away. */
    public void subscribe(Subscriber subscriber) {
        if (closed) {
            subscriber.closed();
            return;
        }
        lastSent.put(subscriber, "");
        synchronized (signal) {
            if (thread == null && !closed) {
                thread = Thread.ofPlatform().name("pipeline-progress").daemon(true).start(this::loop);
            }
        }
        wake();
    }

    /** Removes a subscriber. */
    public void unsubscribe(Subscriber subscriber) {
        lastSent.remove(subscriber);
    }

    /** Told of every change by the run; wakes the sender and anyone waiting. */
    void changed(Progress progress) {
        wake();
    }

    /** Waits until the next change, at most {@code timeout}. */
    void awaitChange(Duration timeout) throws InterruptedException {
        synchronized (signal) {
            long seen = version;
            long deadline = System.nanoTime() + timeout.toNanos();
            while (version == seen && !closed) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                signal.wait(Math.max(1, left / 1_000_000));
            }
        }
    }

    private void wake() {
        synchronized (signal) {
            version++;
            signal.notifyAll();
        }
    }

    private void loop() {
        long lastBeat = System.nanoTime();
        while (!closed) {
            try {
                awaitChange(POLL);
                if (lastSent.isEmpty()) {
                    continue;
                }
                String json = PipelineRepository.write(current.get());
                boolean beat = System.nanoTime() - lastBeat >= HEARTBEAT.toNanos();
                if (beat) {
                    lastBeat = System.nanoTime();
                }
                lastSent.forEach((subscriber, sent) -> {
                    boolean alive = true;
                    if (!json.equals(sent)) {
                        alive = subscriber.data(json);
                        lastSent.replace(subscriber, json);
                    }
                    if (alive && beat) {
                        alive = subscriber.comment("heartbeat");
                    }
                    if (!alive) {
                        lastSent.remove(subscriber);
                    }
                });
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.warn("Sending pipeline progress failed: {}", e.getMessage());
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        wake();
        lastSent.keySet().forEach(Subscriber::closed);
        lastSent.clear();
    }
}
