package io.jobwright.resume;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Formats JSON Resume's ISO-8601 dates ({@code 2020}, {@code 2020-03}, {@code 2020-03-15}) for people, in English:
 * {@code Mar 2020}, and reads them as days. Text that is not such a date (say, "Spring 2019") is kept as written.
 */
public final class ResumeDates {

    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?(?:T.*)?");
    private static final String[] MONTHS = {
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

    private ResumeDates() {
    }

    /** {@code 2020-03} and {@code 2020-03-15} become {@code Mar 2020}; a year stays a year; {@code null} stays null. */
    public static String format(String date) {
        if (date == null || date.isBlank()) {
            return null;
        }
        String trimmed = date.trim();
        Matcher iso = ISO.matcher(trimmed);
        if (!iso.matches()) {
            return trimmed;
        }
        if (iso.group(2) == null) {
            return iso.group(1);
        }
        int month = Integer.parseInt(iso.group(2));
        return month >= 1 && month <= 12 ? MONTHS[month - 1] + " " + iso.group(1) : trimmed;
    }

    /**
     * A date range such as {@code Mar 2020 – Present}: a start without an end is ongoing, equal ends show once, an end
     * alone shows alone, and no dates at all give {@code null}.
     */
    public static String range(String start, String end) {
        String from = format(start);
        String to = format(end);
        if (from == null) {
            return to;
        }
        if (to == null) {
            return from + " – Present";
        }
        return from.equals(to) ? from : from + " – " + to;
    }

    /** The first day a date can mean ({@code 2020-03} → 1 March 2020), or {@code null} when it is not such a date. */
    public static LocalDate firstDay(String date) {
        return day(date, true);
    }

    /** The last day a date can mean ({@code 2020} → 31 December 2020), or {@code null} when it is not such a date. */
    public static LocalDate lastDay(String date) {
        return day(date, false);
    }

    private static LocalDate day(String date, boolean first) {
        Matcher iso = date == null ? null : ISO.matcher(date.trim());
        if (iso == null || !iso.matches()) {
            return null;
        }
        try {
            int year = Integer.parseInt(iso.group(1));
            if (iso.group(2) == null) {
                return first ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 12, 31);
            }
            YearMonth month = YearMonth.of(year, Integer.parseInt(iso.group(2)));
            if (iso.group(3) == null) {
                return first ? month.atDay(1) : month.atEndOfMonth();
            }
            return month.atDay(Integer.parseInt(iso.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
