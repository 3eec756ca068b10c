package io.jobwright.schedule;

import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.schedule.CronSchedule;
import com.github.kagkarlsson.scheduler.task.schedule.CronStyle;
import io.jobwright.error.InvalidRequest;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * When a schedule fires: every day at a time of day, or whenever a five-field cron expression
 * ({@code minute hour day-of-month month day-of-week}, as in crontab) matches, in a time zone. Valid by
 * construction: the factories refuse what would never fire or fire more often than every {@link #MIN_GAP}.
 */
public record Timing(Kind kind, String expression, ZoneId zone) {

    /** The shortest time allowed between two firings: a schedule must not hammer the job boards. */
    public static final Duration MIN_GAP = Duration.ofMinutes(10);
    private static final Pattern DAILY = Pattern.compile("([01]?\\d|2[0-3]):[0-5]\\d");
    /** A firing this far away is cron-utils' way of saying "never" (31 February and the like). */
    private static final Duration NEVER = Duration.ofDays(4 * 366 + 1);

    /** The two ways to say when. */
    public enum Kind {
        DAILY, CRON;

        /** The name on the API and in the database. */
        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * Every day at {@code time} ({@code HH:MM}) in {@code zone}.
     *
     * @throws InvalidRequest naming {@code daily}
     */
    public static Timing daily(String time, ZoneId zone) {
        if (time == null || !DAILY.matcher(time.trim()).matches()) {
            throw InvalidRequest.field("daily", "must be a time of day HH:MM such as 07:30, got '" + time + "'");
        }
        LocalTime parsed = LocalTime.parse(time.trim().length() == 4 ? "0" + time.trim() : time.trim());
        return new Timing(Kind.DAILY, parsed.toString(), zone);
    }

    /**
     * Whenever the five-field cron expression matches, in {@code zone}.
     *
     * @throws InvalidRequest naming {@code cron} and saying what is wrong with the expression
     */
    public static Timing cron(String expression, ZoneId zone, Instant now) {
        String text = expression == null ? "" : expression.trim().replaceAll("\\s+", " ");
        if (text.isEmpty() || text.equals("-")) {
            throw InvalidRequest.field("cron", "must be a five-field cron expression such as '0 7 * * 1-5'");
        }
        if (text.length() > 200) {
            throw InvalidRequest.field("cron", "must be at most 200 characters");
        }
        Timing timing = new Timing(Kind.CRON, text, zone);
        Instant first;
        try {
            first = timing.nextAfter(now);
        } catch (IllegalArgumentException e) {
            throw InvalidRequest.field("cron", "'" + text + "' is not a valid cron expression (minute hour "
                    + "day-of-month month day-of-week): " + e.getMessage());
        }
        if (first.isAfter(now.plus(NEVER))) {
            throw InvalidRequest.field("cron", "'" + text + "' never fires");
        }
        Instant previous = first;
        for (int i = 0; i < 50; i++) {
            Instant next = timing.nextAfter(previous);
            if (Duration.between(previous, next).compareTo(MIN_GAP) < 0) {
                throw InvalidRequest.field("cron", "'" + text + "' fires more often than every "
                        + MIN_GAP.toMinutes() + " minutes; runs hit the job boards, so space them out");
            }
            previous = next;
        }
        return timing;
    }

    /**
     * Parses a time zone name.
     *
     * @throws InvalidRequest naming {@code timezone}
     */
    public static ZoneId zone(String name) {
        try {
            return ZoneId.of(name.trim());
        } catch (DateTimeException e) {
            throw InvalidRequest.field("timezone", "must be a time zone such as UTC or Europe/Berlin, got '" + name + "'");
        }
    }

    /** Restores a timing read back from the database, where it was stored valid. */
    static Timing stored(String kind, String expression, String zone) {
        return new Timing(Kind.valueOf(kind.toUpperCase(Locale.ROOT)), expression, ZoneId.of(zone));
    }

    /** The first firing strictly after {@code after}. */
    public Instant nextAfter(Instant after) {
        return switch (kind) {
            case DAILY -> nextDaily(after);
            case CRON -> new CronSchedule(expression, zone, CronStyle.UNIX)
                    .getNextExecutionTime(ExecutionComplete.simulatedSuccess(after));
        };
    }

    private Instant nextDaily(Instant after) {
        LocalTime time = LocalTime.parse(expression);
        LocalDate day = LocalDate.ofInstant(after, zone);
        Instant candidate = ZonedDateTime.of(day, time, zone).toInstant();
        while (!candidate.isAfter(after)) {
            day = day.plusDays(1);
            candidate = ZonedDateTime.of(day, time, zone).toInstant();
        }
        return candidate;
    }
}
