package io.jobwright.source;

/**
 * What a source said when asked again about one posting it delivered earlier.
 *
 * @param state  open, gone, or unknown when the source could not tell
 * @param reason in words, for the job's history and the sweep's log ("HTTP 404 from boards-api.greenhouse.io")
 */
public record PostingCheck(State state, String reason) {

    /** The answers a re-check can give. */
    public enum State {
        OPEN, GONE, UNKNOWN;

        /** The name used in the database and on the API. */
        public String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The posting is still up. */
    public static PostingCheck open() {
        return new PostingCheck(State.OPEN, null);
    }

    /** The source says the posting is closed or no longer exists. */
    public static PostingCheck gone(String reason) {
        return new PostingCheck(State.GONE, reason);
    }

    /** The source could not tell (it cannot re-check single postings, or it failed to answer). */
    public static PostingCheck unknown(String reason) {
        return new PostingCheck(State.UNKNOWN, reason);
    }
}
