package io.jobwright.source;

import io.jobwright.error.InvalidRequest;

/**
 * A kind of job source: a board API, a feed, a careers page or an external program. Implementations are stateless
 * and thread-safe; one instance serves every configured source of its type.
 *
 * <p>{@link #discover} streams postings to the context's sink as it reads them, page by page, so what was read before
 * a failure is kept. A failure of one posting is reported with {@link Discovery#itemError} and the rest go on; a
 * failure of a page ends the source by throwing (usually {@link io.jobwright.net.FetchFailed}) and is recorded as the
 * source's error. Sources check {@link Discovery#cancelled()} between pages.
 */
public interface JobSource {

    /** What this type is and which parameters it takes. */
    SourceType type();

    /**
     * Checks parameters beyond presence (formats, URL shapes), called when a source is saved.
     *
     * @throws InvalidRequest naming {@code params.<name>}
     */
    default void validate(SourceParams params) {
    }

    /** Reads postings for the search and hands each to {@code discovery.posting}. */
    void discover(Discovery discovery);

    /**
     * Asks the source whether one posting it delivered is still open; the nightly re-check expires the job when the
     * answer is {@link PostingCheck.State#GONE}. Types whose API answers for a single posting override this; the
     * default cannot tell. Must answer {@code UNKNOWN}, never {@code GONE}, when the source itself fails.
     */
    default PostingCheck recheck(Recheck recheck) {
        return PostingCheck.unknown("the " + type().name() + " source cannot re-check single postings");
    }

    /**
     * Whether {@link #discover} with no search terms lists every open posting of a source with these parameters, so
     * that a posting missing from a complete listing is gone. The nightly re-check then reads the listing once per
     * source ({@link Discovery#listing()} is true) instead of calling {@link #recheck} per posting. A source that
     * cannot read everything (a page limit, fewer postings than its own total) says so with
     * {@link Discovery#incomplete}; a listing that failed, was cut short or had unreadable items expires nothing.
     * The default is false: absence from a search or a window of recent postings means nothing.
     */
    default boolean listsEveryOpenPosting(SourceParams params) {
        return false;
    }
}
