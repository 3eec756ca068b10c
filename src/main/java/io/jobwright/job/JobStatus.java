package io.jobwright.job;

import io.jobwright.error.Conflict;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A job's place in the workflow, and the one table of moves between places. Every status change in Jobwright asks
 * {@link #check} first; a move the table does not list is a {@link Conflict} naming both statuses.
 */
public enum JobStatus {
    DISCOVERED,
    PROCESSING,
    READY,
    APPLIED,
    IN_PROGRESS,
    SKIPPED,
    EXPIRED;

    /** Every status by its wire name; statuses are read for each row of every list, so without allocating. */
    private static final Map<String, JobStatus> BY_WIRE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(JobStatus::wire, s -> s));

    private final String wire = name().toLowerCase(Locale.ROOT);

    /** The statuses this one may move to. Exhaustive: a new status does not compile until it has a row. */
    public Set<JobStatus> allowedNext() {
        return switch (this) {
            // READY directly from DISCOVERED only when the user uploads their own PDF.
            case DISCOVERED -> EnumSet.of(PROCESSING, READY, SKIPPED, APPLIED, EXPIRED);
            // PROCESSING ends in READY, or back where it came from (always DISCOVERED) on failure.
            case PROCESSING -> EnumSet.of(READY, DISCOVERED);
            case READY -> EnumSet.of(SKIPPED, APPLIED, EXPIRED);
            case APPLIED -> EnumSet.of(IN_PROGRESS, DISCOVERED);
            // Back to APPLIED undoes a move made too early; DISCOVERED reopens it, as for an applied job.
            case IN_PROGRESS -> EnumSet.of(APPLIED, DISCOVERED);
            case SKIPPED -> EnumSet.of(DISCOVERED, EXPIRED);
            case EXPIRED -> EnumSet.of(DISCOVERED);
        };
    }

    /** Whether the table allows moving from this status to {@code next}. */
    public boolean canMoveTo(JobStatus next) {
        return allowedNext().contains(next);
    }

    /**
     * Checks a move against the table.
     *
     * @throws Conflict naming the current and requested status when the move is not allowed
     */
    public void check(JobStatus next) {
        if (!canMoveTo(next)) {
            throw illegal(this, next, null);
        }
    }

    /** The conflict for a move that is not allowed, with an optional hint on what to do instead. */
    public static Conflict illegal(JobStatus from, JobStatus to, String hint) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("currentStatus", from.wire());
        details.put("requestedStatus", to.wire());
        details.put("allowedStatuses", from.allowedNext().stream().map(JobStatus::wire).toList());
        String message = "Cannot move a job from '" + from.wire() + "' to '" + to.wire() + "'"
                + (hint != null ? ": " + hint : "");
        return new Conflict(message, details);
    }

    /** The name used on the wire and in the database: {@code in_progress}. */
    public String wire() {
        return wire;
    }

    /** Parses a wire name; empty when it is not a status. */
    public static Optional<JobStatus> parse(String wire) {
        if (wire == null) {
            return Optional.empty();
        }
        JobStatus exact = BY_WIRE.get(wire);
        return exact != null ? Optional.of(exact)
                : Optional.ofNullable(BY_WIRE.get(wire.trim().toLowerCase(Locale.ROOT)));
    }

    /** All wire names, for error messages. */
    public static String allWire() {
        return Arrays.stream(values()).map(JobStatus::wire).collect(Collectors.joining(", "));
    }
}
