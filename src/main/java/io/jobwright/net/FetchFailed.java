package io.jobwright.net;

/**
 * A server-side fetch that did not produce a usable answer; the message says why in words a user can act on
 * ("HTTP 500 from boards-api.greenhouse.io", "refused: 10.0.0.5 is a private address").
 */
public final class FetchFailed extends RuntimeException {

    /** Why a fetch failed, for callers that answer differently (a refused URL is the caller's fault, a timeout not). */
    public enum Kind {
        /** The URL is not one this server may fetch: a refused address or scheme, a host that does not resolve. */
        REFUSED,
        /** No answer, or the answer stalled, within the time limit. */
        TIMEOUT,
        /** Anything else: an HTTP error status, a broken connection, a body too large, too many redirects. */
        FAILED
    }

    private final int status;
    private final Kind kind;

    public FetchFailed(String message) {
        this(message, 0, null);
    }

    public FetchFailed(String message, int status, Throwable cause) {
        this(message, Kind.FAILED, status, cause);
    }

    public FetchFailed(String message, Kind kind, int status, Throwable cause) {
        super(message, cause, false, false);
        this.status = status;
        this.kind = kind;
    }

    /** Why the fetch failed. */
    public Kind kind() {
        return kind;
    }

    /** The HTTP status that ended the fetch, or 0 when there was none (refused, timeout, too large…). */
    public int status() {
        return status;
    }
}
