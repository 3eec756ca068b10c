package io.jobwright.ai.offline;

import io.jobwright.ai.JobPosting;
import java.util.Locale;

/** Where a job is done, as the posting says: remote, hybrid, on site, or not stated. */
enum Workplace {
    REMOTE, HYBRID, ONSITE, UNKNOWN;

    /** The posting's workplace: its structured fields first, then its location and text. */
    static Workplace of(JobPosting job, String folded) {
        String type = job.workFromHomeType() == null ? "" : job.workFromHomeType().toLowerCase(Locale.ROOT);
        if (type.contains("hybrid")) {
            return HYBRID;
        }
        if (type.contains("remote")) {
            return REMOTE;
        }
        if (type.contains("onsite") || type.contains("on-site") || type.contains("office")) {
            return ONSITE;
        }
        if (Boolean.TRUE.equals(job.remote())) {
            return REMOTE;
        }
        String location = PlainText.fold(job.location());
        if (PlainText.containsTerm(location, "hybrid")) {
            return HYBRID;
        }
        if (PlainText.containsTerm(location, "remote")) {
            return REMOTE;
        }
        if (PlainText.containsTerm(folded, "hybrid")) {
            return HYBRID;
        }
        if (PlainText.containsTerm(folded, "fully remote") || PlainText.containsTerm(folded, "remote-first")
                || PlainText.containsTerm(folded, "remote first") || PlainText.containsTerm(folded, "100% remote")
                || PlainText.containsTerm(folded, "work from anywhere") || PlainText.containsTerm(folded, "remote position")
                || PlainText.containsTerm(folded, "remote role") || PlainText.containsTerm(folded, "télétravail")) {
            return REMOTE;
        }
        if (PlainText.containsTerm(folded, "on-site") || PlainText.containsTerm(folded, "onsite")
                || PlainText.containsTerm(folded, "in-person") || PlainText.containsTerm(folded, "in person")
                || PlainText.containsTerm(folded, "in the office") || PlainText.containsTerm(folded, "vor ort")
                || PlainText.containsTerm(folded, "sur site")) {
            return ONSITE;
        }
        return UNKNOWN;
    }

    /** How people write it. */
    String label() {
        return switch (this) {
            case REMOTE -> "Remote";
            case HYBRID -> "Hybrid";
            case ONSITE -> "On site";
            case UNKNOWN -> "Not stated";
        };
    }
}
