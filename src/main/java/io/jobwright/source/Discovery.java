package io.jobwright.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import io.jobwright.net.FetchFailed;
import io.jobwright.net.SafeFetcher;
import java.net.URI;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * One source's discovery in progress: its parameters, the search, the fetcher to use, and where postings and item
 * errors go. Made by {@link SourceRunner}; used by one source on one thread.
 */
public final class Discovery {

    /** Thrown by {@link #posting} when the source has delivered enough; sources let it pass. */
    public static final class Enough extends RuntimeException {
        Enough() {
            super("enough postings", null, false, false);
        }
    }

    private final SourceParams params;
    private final Search search;
    private final SafeFetcher fetcher;
    private final Consumer<RawPosting> postings;
    private final Consumer<String> itemErrors;
    private final BooleanSupplier cancelled;
    private final boolean listing;
    private int count;
    private volatile String incomplete;

    public Discovery(SourceParams params, Search search, SafeFetcher fetcher, Consumer<RawPosting> postings,
                     Consumer<String> itemErrors, BooleanSupplier cancelled) {
        this(params, search, fetcher, postings, itemErrors, cancelled, false);
    }

    /**
     * @param listing true for a re-check listing ({@link JobSource#listsEveryOpenPosting}): only ids and URLs
     *                matter, so sources skip per-posting detail requests and read every page they can
     */
    public Discovery(SourceParams params, Search search, SafeFetcher fetcher, Consumer<RawPosting> postings,
                     Consumer<String> itemErrors, BooleanSupplier cancelled, boolean listing) {
        this.listing = listing;
        this.params = params;
        this.search = search;
        this.fetcher = fetcher;
        this.postings = postings;
        this.itemErrors = itemErrors;
        this.cancelled = cancelled;
    }

    public SourceParams params() {
        return params;
    }

    public Search search() {
        return search;
    }

    public SafeFetcher fetcher() {
        return fetcher;
    }

    /** Hands over one posting. Throws {@link Enough} once {@link Search#maxItems} were delivered. */
    public void posting(RawPosting posting) {
        if (count >= search.maxItems()) {
            throw new Enough();
        }
        if (posting.sourceJobId() == null || posting.sourceJobId().isBlank()) {
            itemError("a posting without an id was skipped" + (posting.title() == null ? "" : " (" + posting.title() + ")"));
            return;
        }
        if (posting.title() == null || posting.title().isBlank()) {
            itemError("posting " + posting.sourceJobId() + " has no title; skipped");
            return;
        }
        count++;
        postings.accept(posting);
    }

    /** Reports one posting that could not be read; discovery goes on. */
    public void itemError(String reason) {
        itemErrors.accept(reason);
    }

    /** Whether this is a re-check listing rather than a discovery: ids and URLs suffice, details are not wanted. */
    public boolean listing() {
        return listing;
    }

    /**
     * Says the postings delivered are not the source's whole listing (a page limit was reached, fewer postings came
     * than the source's own total): the re-check then expires nothing from this source. Discovery is unaffected.
     */
    public void incomplete(String reason) {
        if (incomplete == null) {
            incomplete = reason;
        }
    }

    /** Why the delivered postings are not the whole listing, or null when the source did not say so. */
    public String incompleteReason() {
        return incomplete;
    }

    /** Whether the run was cancelled or timed out; sources stop between pages when it is. */
    public boolean cancelled() {
        return cancelled.getAsBoolean() || Thread.currentThread().isInterrupted();
    }

    /** Whether more postings are wanted (not cancelled, cap not reached). */
    public boolean wantsMore() {
        return !cancelled() && count < search.maxItems();
    }

    /** How many postings were delivered so far. */
    public int count() {
        return count;
    }

    /**
     * GETs a URL and reads the answer as JSON.
     *
     * @throws FetchFailed when the fetch fails or the answer is not JSON
     */
    public JsonNode getJson(URI uri) {
        return Payloads.json(fetcher.send(SafeFetcher.Request.get(uri, java.util.Map.of("Accept", "application/json"))));
    }

    /**
     * GETs a URL whose JSON answer lists the postings in the top-level array {@code field}, and reads them through
     * {@code reader} as they are parsed ({@link Payloads#eachIn}): for boards that answer with every posting and its
     * description at once.
     *
     * @throws FetchFailed when the fetch fails or the answer is not JSON (postings read before a malformed part stay)
     */
    public void eachIn(URI uri, String field, String what, java.util.function.Function<JsonNode, RawPosting> reader) {
        Payloads.eachIn(fetcher.send(SafeFetcher.Request.get(uri, java.util.Map.of("Accept", "application/json"))),
                field, item -> read(item, what, reader));
    }

    /** GETs a URL and returns its text. */
    public String getText(URI uri) {
        return fetcher.get(uri).text();
    }

    /**
     * Reports each item through {@code reader}; an item that fails becomes an item error, not a source failure. Items
     * of a JSON array are let go as they are read (their places become JSON nulls; the array keeps its size), so a
     * board's whole listing does not stay in memory while its postings are normalised and stored.
     */
    public void each(Iterable<JsonNode> items, String what, java.util.function.Function<JsonNode, RawPosting> reader) {
        if (items instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                JsonNode item = array.get(i);
                array.set(i, NullNode.getInstance());
                read(item, what, reader);
            }
            return;
        }
        for (JsonNode item : items) {
            read(item, what, reader);
        }
    }

    private void read(JsonNode item, String what, java.util.function.Function<JsonNode, RawPosting> reader) {
        RawPosting posting;
        try {
            posting = reader.apply(item);
        } catch (RuntimeException e) {
            itemError("a " + what + " could not be read: " + e.getMessage());
            return;
        }
        if (posting != null) {
            posting(posting);
        }
    }
}
