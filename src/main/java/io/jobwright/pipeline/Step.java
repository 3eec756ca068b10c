package io.jobwright.pipeline;

import java.util.Locale;

/**
 * The steps of a run, in order. Discovery's postings live only in memory until import stores them, so an interrupted
 * discover or import starts discovery again (dedupe makes that safe); every later step resumes where it stopped.
 */
public enum Step {
    DISCOVER, IMPORT, SCORE, SELECT, PROCESS, DONE;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Step parse(String wire) {
        return wire == null ? null : valueOf(wire.toUpperCase(Locale.ROOT));
    }

    /** The step a run resumes at when {@code finished} was the last one it completed (null: none). */
    static Step resumeAfter(Step finished) {
        if (finished == null || finished == DISCOVER) {
            return DISCOVER;
        }
        return values()[Math.min(finished.ordinal() + 1, DONE.ordinal())];
    }
}
