package io.jobwright.net;

/**
 * A server-side fetch that did not produce a usable answer; the message says why in words a user can act on
 * ("HTTP 500 from boards-api.greenhouse.io", "refused: 10.0.0.5 is a private address").
 */
public final class FetchFailed extends RuntimeException {

    private final int status;

    public FetchFailed(String message) {
        this(message, 0, null);
    }

    public FetchFailed(String message, int status, Throwable cause) {
        super(message, cause, false, false);
        this.status = status;
    }

    /** The HTTP status that ended the fetch, or 0 when there was none (refused, timeout, too large…). */
    public int status() {
        return status;
    }
}
