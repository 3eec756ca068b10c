package io.jobwright.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads salary text ("$120,000 – $150,000 per year", "€60k-80k", "£45 an hour", "60.000 € brutto/Jahr") into
 * min/max/currency/interval, and tidies structured salary fields. Thread-safe.
 */
public final class Salaries {

    private static final Map<String, String> SYMBOLS = Map.ofEntries(Map.entry("$", "USD"), Map.entry("us$", "USD"),
            Map.entry("€", "EUR"), Map.entry("£", "GBP"), Map.entry("¥", "JPY"), Map.entry("₹", "INR"),
            Map.entry("chf", "CHF"), Map.entry("ca$", "CAD"), Map.entry("c$", "CAD"), Map.entry("a$", "AUD"),
            Map.entry("au$", "AUD"), Map.entry("zł", "PLN"), Map.entry("kr", "SEK"));
    private static final Pattern CODE = Pattern.compile("\\b(USD|EUR|GBP|CHF|CAD|AUD|NZD|SEK|NOK|DKK|PLN|CZK|INR|JPY|SGD|BRL|MXN|ZAR|HUF|RON|ILS)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SYMBOL = Pattern.compile("(US\\$|CA\\$|AU\\$|C\\$|A\\$|\\$|€|£|¥|₹|zł)");
    private static final Pattern AMOUNT = Pattern.compile("(\\d{1,3}(?:[.,' ]\\d{3})+|\\d+(?:[.,]\\d+)?)\\s*([kK]|[mM](?![a-z]))?");

    private Salaries() {
    }

    /** The salary in the text, or null when the text names no amount. */
    public static Salary parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = HtmlText.inline(text);
        if (t == null) {
            return null;
        }
        List<Double> amounts = new ArrayList<>();
        Matcher m = AMOUNT.matcher(t);
        while (m.find() && amounts.size() < 2) {
            Double value = amount(m.group(1), m.group(2));
            if (value != null && value > 0) {
                amounts.add(value);
            }
        }
        if (amounts.isEmpty()) {
            return null;
        }
        // "50-60k": the k applies to both ends.
        if (amounts.size() == 2 && amounts.get(0) < 1000 && amounts.get(1) >= 1000 && amounts.get(1) / amounts.get(0) >= 500) {
            amounts.set(0, amounts.get(0) * 1000);
        }
        String currency = currency(t);
        String interval = interval(t);
        if (interval == null) {
            double top = amounts.get(amounts.size() - 1);
            interval = top >= 10_000 ? "year" : top < 300 ? "hour" : null;
        }
        Double min = amounts.get(0);
        Double max = amounts.size() > 1 ? amounts.get(1) : null;
        if (max != null && max < min) {
            Double swap = min;
            min = max;
            max = swap;
        }
        return new Salary(min, max, currency, interval, t);
    }

    /**
     * A salary from structured fields, with the text built when none is given.
     *
     * @return null when neither bound is known
     */
    public static Salary of(Double min, Double max, String currency, String interval, String text) {
        if ((min == null || min <= 0) && (max == null || max <= 0)) {
            return text == null ? null : parse(text);
        }
        String cur = currency == null ? (text == null ? null : currency(text)) : currency.toUpperCase(Locale.ROOT);
        String per = interval(interval == null ? (text == null ? "" : text) : interval);
        String shown = text != null ? HtmlText.inline(text)
                : (cur == null ? "" : cur + " ") + format(min) + (max != null && !max.equals(min) ? " – " + format(max) : "")
                  + (per == null ? "" : " per " + per);
        return new Salary(min != null && min > 0 ? min : null, max != null && max > 0 ? max : null, cur, per, shown.strip());
    }

    /** The ISO 4217 code named in the text, or null. */
    static String currency(String t) {
        Matcher code = CODE.matcher(t);
        if (code.find()) {
            return code.group(1).toUpperCase(Locale.ROOT);
        }
        Matcher symbol = SYMBOL.matcher(t);
        return symbol.find() ? SYMBOLS.get(symbol.group(1).toLowerCase(Locale.ROOT)) : null;
    }

    /** The pay interval a text or interval word names: year, month, week, day or hour; null when none. */
    static String interval(String t) {
        String s = t.toLowerCase(Locale.ROOT);
        if (s.matches("(?s).*(per year|a year|/ ?y(ea)?r|annual|yearly|p\\.a\\.|per annum|/jahr|pro jahr|jährlich|brutto/jahr|\\byear\\b|\\bannum\\b).*")) {
            return "year";
        }
        if (s.matches("(?s).*(per month|a month|/ ?mo(nth)?|monthly|/monat|pro monat|monatlich|\\bmonth\\b).*")) {
            return "month";
        }
        if (s.matches("(?s).*(per week|a week|/ ?w(ee)?k|weekly|\\bweek\\b).*")) {
            return "week";
        }
        if (s.matches("(?s).*(per day|a day|/ ?day|daily|day rate|\\bday\\b).*")) {
            return "day";
        }
        if (s.matches("(?s).*(per hour|an hour|/ ?h(ou)?r|hourly|stunde|\\bhour\\b).*")) {
            return "hour";
        }
        return null;
    }

    private static Double amount(String number, String suffix) {
        String n = number.replace(" ", "").replace("'", "");
        // "60.000" and "60,000" are thousands; "12.50" and "12,5" are decimals.
        if (n.matches("\\d{1,3}([.,]\\d{3})+")) {
            n = n.replaceAll("[.,]", "");
        } else {
            n = n.replace(',', '.');
        }
        try {
            double v = Double.parseDouble(n);
            if (suffix != null) {
                v *= suffix.equalsIgnoreCase("k") ? 1_000 : 1_000_000;
            }
            return v;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String format(Double v) {
        if (v == null) {
            return "";
        }
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%,d", v.longValue()) : String.format(Locale.ROOT, "%,.2f", v);
    }
}
