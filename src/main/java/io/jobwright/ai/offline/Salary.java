package io.jobwright.ai.offline;

import io.jobwright.ai.JobPosting;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A salary range found in a posting's fields or text, e.g. {@code $120,000 – $150,000} or {@code 60k-80k €/Jahr}.
 *
 * @param text     the words it was read from, as written
 * @param interval {@code yearly}, {@code monthly} or {@code hourly}
 */
record Salary(Double min, Double max, String currency, String interval, String text) {

    private static final String AMOUNT = "(\\d{1,3}(?:[,.' ]\\d{3})+|\\d+(?:[.,]\\d+)?)\\s*([kK])?";
    private static final String CURRENCY = "([$€£]|usd|eur|gbp|chf|cad|aud)";
    private static final Pattern RANGE = Pattern.compile(CURRENCY + "?\\s?" + AMOUNT + "\\s*" + CURRENCY + "?"
            + "(?:\\s*(?:-|–|—|to|bis|à)\\s*" + CURRENCY + "?\\s?" + AMOUNT + "\\s*" + CURRENCY + "?)?",
            Pattern.CASE_INSENSITIVE);

    /** The posting's salary: its structured fields when present, else the first range in its salary text or body. */
    static Salary of(JobPosting job, String text) {
        if (job.salaryMinAmount() != null || job.salaryMaxAmount() != null) {
            return new Salary(job.salaryMinAmount(), job.salaryMaxAmount(), job.salaryCurrency(),
                    job.salaryInterval() == null ? "yearly" : job.salaryInterval(), job.salary());
        }
        if (job.salary() != null && !job.salary().isBlank()) {
            Salary parsed = parse(job.salary(), false);
            return parsed != null ? parsed : new Salary(null, null, null, "yearly", job.salary());
        }
        for (String line : text.split("\n")) {
            Salary parsed = parse(line, true);
            if (parsed != null) {
                return parsed;
            }
        }
        return null;
    }

    /** A range in one line; {@code needCurrency} refuses bare numbers (a body is full of them). */
    static Salary parse(String line, boolean needCurrency) {
        Matcher m = RANGE.matcher(line);
        while (m.find()) {
            String currency = first(m.group(1), m.group(4), m.group(5), m.group(8));
            double low = amount(m.group(2), m.group(3));
            Double high = m.group(6) == null ? null : amount(m.group(6), m.group(7) != null ? m.group(7) : m.group(3));
            if (m.group(6) != null && m.group(3) != null && m.group(7) == null && high < 1000) {
                high = high * 1000;
            }
            if (currency == null && needCurrency) {
                continue;
            }
            double smallest = high == null ? low : Math.min(low, high);
            String interval = interval(line);
            String after = line.substring(m.end()).stripLeading().toLowerCase(Locale.ROOT);
            if (smallest < 7 || (!interval.equals("hourly") && smallest < 1000) || after.matches("^(m|mm|b|bn|million|billion|mio|mrd)\\b.*")) {
                continue;
            }
            return new Salary(low, high, code(currency), interval, m.group().strip());
        }
        return null;
    }

    /** The top of the range (or its only figure) per year, or {@code null} when there is no figure. */
    Double yearlyTop() {
        Double top = max != null ? max : min;
        if (top == null) {
            return null;
        }
        return switch (interval == null ? "yearly" : interval) {
            case "hourly" -> top * 2080;
            case "daily" -> top * 230;
            case "weekly" -> top * 52;
            case "monthly" -> top * 12;
            default -> top;
        };
    }

    private static String interval(String line) {
        String l = line.toLowerCase(Locale.ROOT);
        if (l.matches("(?s).*(per hour|/hr|/ hr|hourly|an hour|/h\\b|pro stunde|/stunde|de l'heure|par heure).*")) {
            return "hourly";
        }
        if (l.matches("(?s).*(per month|monthly|/month|/mo\\b|pro monat|monatlich|par mois|/mois).*")) {
            return "monthly";
        }
        return "yearly";
    }

    private static double amount(String digits, String k) {
        String d = digits.replaceAll("[,.' ](\\d{3})", "$1").replace(',', '.');
        double value = Double.parseDouble(d);
        return k != null ? value * 1000 : value;
    }

    private static String code(String currency) {
        if (currency == null) {
            return null;
        }
        return switch (currency.toLowerCase(Locale.ROOT)) {
            case "$" -> "USD";
            case "€" -> "EUR";
            case "£" -> "GBP";
            default -> currency.toUpperCase(Locale.ROOT);
        };
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
