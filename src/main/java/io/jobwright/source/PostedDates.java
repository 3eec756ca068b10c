package io.jobwright.source;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the many ways sources write a date: ISO dates and instants (with or without zone), epoch seconds or
 * milliseconds, RFC 1123 (RSS), "yyyy-MM-dd HH:mm:ss", and relative phrases ("Posted Today", "Posted 3 Days Ago",
 * "Posted 30+ Days Ago"). Thread-safe.
 */
public final class PostedDates {

    private static final Pattern DAYS_AGO = Pattern.compile("(\\d+)\\+?\\s*(day|days|week|weeks|month|months|hour|hours)\\s+ago");

    private PostedDates() {
    }

    /** The date (UTC) the text names, or null. */
    public static LocalDate parse(String text, Clock clock) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        if (t.matches("\\d{9,13}(\\.\\d+)?")) {
            long n = (long) Double.parseDouble(t);
            Instant at = n > 100_000_000_000L ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
            return at.atZone(ZoneOffset.UTC).toLocalDate();
        }
        try {
            return OffsetDateTime.parse(t).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
        } catch (DateTimeParseException ignored) {
            // next format
        }
        try {
            return ZonedDateTime.parse(t, DateTimeFormatter.RFC_1123_DATE_TIME).withZoneSameInstant(ZoneOffset.UTC).toLocalDate();
        } catch (DateTimeParseException ignored) {
            // next format
        }
        Matcher iso = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})").matcher(t);
        if (iso.find()) {
            try {
                return LocalDate.parse(iso.group(1));
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        String lower = t.toLowerCase(Locale.ROOT);
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        if (lower.contains("today") || lower.contains("just posted")) {
            return today;
        }
        if (lower.contains("yesterday")) {
            return today.minusDays(1);
        }
        Matcher ago = DAYS_AGO.matcher(lower);
        if (ago.find()) {
            int n = Integer.parseInt(ago.group(1));
            String unit = ago.group(2);
            return unit.startsWith("hour") ? today : unit.startsWith("week") ? today.minusWeeks(n)
                    : unit.startsWith("month") ? today.minusMonths(n) : today.minusDays(n);
        }
        for (String pattern : new String[]{"d MMM yyyy", "MMM d, yyyy", "MMMM d, yyyy", "d MMMM yyyy", "dd.MM.yyyy", "MM/dd/yyyy"}) {
            try {
                return LocalDate.parse(t, DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH));
            } catch (DateTimeParseException ignored) {
                // next format
            }
        }
        return null;
    }
}
