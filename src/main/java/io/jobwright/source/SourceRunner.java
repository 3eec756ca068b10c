package io.jobwright.source;

import io.jobwright.error.JobwrightException;
import io.jobwright.net.FetchFailed;
import io.jobwright.net.SafeFetcher;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one source to completion, failure, cancellation or its time limit, and reports what it read: a failing source
 * keeps the postings it delivered before failing, and its error says why. Thread-safe.
 */
public final class SourceRunner {

    private static final Logger LOG = LoggerFactory.getLogger(SourceRunner.class);
    private static final int MAX_ITEM_ERRORS = 50;

    /**
     * What one source delivered.
     *
     * @param error        why the source stopped early, or null when it finished
     * @param itemErrors   postings that could not be read (at most 50 kept; {@code itemErrorCount} counts all)
     */
    public record Outcome(List<RawPosting> postings, List<String> itemErrors, int itemErrorCount, String error,
                          long millis) {
        public boolean ok() {
            return error == null;
        }
    }

    private final SafeFetcher fetcher;

    public SourceRunner(SafeFetcher fetcher) {
        this.fetcher = fetcher;
    }

    /** The fetcher sources use. */
    public SafeFetcher fetcher() {
        return fetcher;
    }

    /**
     * Runs {@code source} on its own virtual thread for at most {@code timeout}; stops it early when
     * {@code cancelled} turns true.
     */
    public Outcome run(JobSource source, SourceParams params, Search search, Duration timeout, BooleanSupplier cancelled) {
        return execute(source, params, search, timeout, cancelled, false, null).outcome();
    }

    /**
     * As {@link #run(JobSource, SourceParams, Search, Duration, BooleanSupplier)}, handing each posting to
     * {@code sink} on the source's thread as it is read instead of collecting them: the outcome's postings are
     * empty. The sink may be called after this returns when a source ignores its stop; it should drop those.
     */
    public Outcome run(JobSource source, SourceParams params, Search search, Duration timeout, BooleanSupplier cancelled,
                       Consumer<RawPosting> sink) {
        return execute(source, params, search, timeout, cancelled, false, sink).outcome();
    }

    /**
     * Reads a source's whole listing for the re-check ({@link Discovery#listing()}): every posting, no search terms,
     * at most {@code cap}. The second value is why the source said its listing is incomplete, or null.
     */
    public Execution listing(JobSource source, SourceParams params, int cap, Duration timeout) {
        return execute(source, params, new Search(List.of(), null, cap), timeout, () -> false, true, null);
    }

    /** A run's outcome and, for a listing, why the source said it was incomplete (null when it did not). */
    public record Execution(Outcome outcome, String incomplete) {
    }

    private Execution execute(JobSource source, SourceParams params, Search search, Duration timeout,
                              BooleanSupplier cancelled, boolean listing, Consumer<RawPosting> sink) {
        long began = System.nanoTime();
        List<RawPosting> postings = Collections.synchronizedList(new ArrayList<>());
        List<String> itemErrors = Collections.synchronizedList(new ArrayList<>());
        int[] itemErrorCount = {0};
        String[] error = {null};
        boolean[] stop = {false};
        Discovery discovery = new Discovery(params, search, fetcher, sink != null ? sink : postings::add, reason -> {
            synchronized (itemErrors) {
                itemErrorCount[0]++;
                if (itemErrors.size() < MAX_ITEM_ERRORS) {
                    itemErrors.add(reason);
                }
            }
        }, () -> stop[0] || cancelled.getAsBoolean(), listing);
        Thread worker = Thread.ofVirtual().name("source-" + source.type().name()).start(() -> {
            try {
                source.discover(discovery);
            } catch (Discovery.Enough e) {
                // The cap was reached: a normal end.
            } catch (FetchFailed | JobwrightException e) {
                error[0] = e.getMessage();
            } catch (RuntimeException e) {
                LOG.warn("Source {} failed unexpectedly", source.type().name(), e);
                error[0] = "unexpected error: " + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")");
            } catch (OutOfMemoryError e) {
                // What this source read is garbage once its thread ends; the run and the other sources go on, and
                // the run says what happened rather than reporting a quiet zero.
                LOG.error("Source {} ran out of memory after {} postings", source.type().name(), discovery.count());
                error[0] = "ran out of memory after " + discovery.count() + " postings (a very large board? raise "
                        + "-Xmx in bin/jvm.options)";
            } catch (Error e) {
                LOG.error("Source {} failed", source.type().name(), e);
                error[0] = "failed: " + e;
            }
        });
        try {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!worker.join(Duration.ofMillis(200))) {
                if (cancelled.getAsBoolean() || System.nanoTime() > deadline) {
                    boolean timedOut = !cancelled.getAsBoolean();
                    stop[0] = true;
                    worker.interrupt();
                    worker.join(Duration.ofSeconds(5));
                    error[0] = timedOut ? "timed out after " + timeout.toSeconds() + " s" : "cancelled";
                    break;
                }
            }
        } catch (InterruptedException e) {
            stop[0] = true;
            worker.interrupt();
            Thread.currentThread().interrupt();
            error[0] = "cancelled";
        }
        if (error[0] == null && cancelled.getAsBoolean()) {
            error[0] = "cancelled";
        }
        synchronized (postings) {
            synchronized (itemErrors) {
                return new Execution(new Outcome(List.copyOf(postings), List.copyOf(itemErrors), itemErrorCount[0],
                        error[0], (System.nanoTime() - began) / 1_000_000), discovery.incompleteReason());
            }
        }
    }
}
