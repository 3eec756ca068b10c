package io.jobwright.ai.truth;

import io.jobwright.resume.ResumeDates;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lengths of experience a text claims ("8+ years", "over a decade", "seven years", "fünf Jahre", "since 2015") in the
 * languages
 * tailoring writes, and the experience a resume's dated positions add up to. A claimed length is the most common
 * inflation in a tailored summary, and it hides from a plain number check: "ten" is not a number, and a resume full
 * of dates contains most small numbers somewhere.
 */
final class Durations {

    /** One claimed length: how many years, and where in the text it stands. */
    record Claim(double years, String text, int start, int end) {
    }

    private static final Map<String, Integer> WORDS = new HashMap<>();

    static {
        String[][] languages = {
            // English, German, French, Spanish, Dutch, Italian, Portuguese: 1 to 20, then 25 and 30.
            {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"},
            {"ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf",
                "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn", "achtzehn", "neunzehn", "zwanzig"},
            {"un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "treize",
                "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf", "vingt"},
            {"uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce", "trece",
                "catorce", "quince", "dieciséis", "diecisiete", "dieciocho", "diecinueve", "veinte"},
            {"een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf",
                "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien", "twintig"},
            {"uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove", "dieci", "undici", "dodici",
                "tredici", "quattordici", "quindici", "sedici", "diciassette", "diciotto", "diciannove", "venti"},
            {"um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez", "onze", "doze", "treze",
                "catorze", "quinze", "dezesseis", "dezessete", "dezoito", "dezenove", "vinte"},
        };
        for (String[] words : languages) {
            for (int i = 0; i < words.length; i++) {
                WORDS.put(words[i], i + 1);
            }
        }
        for (String one : List.of("a", "an", "eine", "einem", "einen", "une", "una", "uma", "één")) {
            WORDS.put(one, 1);
        }
        WORDS.put("dezasseis", 16);
        WORDS.put("dezassete", 17);
        WORDS.put("dezanove", 19);
        for (String w : List.of("twenty-five", "fünfundzwanzig", "vingt-cinq", "veinticinco", "vijfentwintig",
                "venticinque", "vinte e cinco")) {
            WORDS.put(w, 25);
        }
        for (String w : List.of("thirty", "dreißig", "trente", "treinta", "dertig", "trenta", "trinta")) {
            WORDS.put(w, 30);
        }
    }

    /** A number in digits (may touch its unit: "8yrs") or in words (a word on its own). */
    private static final String AMOUNT = "(?:(\\d{1,2}(?:[.,]\\d)?)\\s*|("
            + String.join("|", WORDS.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
                    .map(Pattern::quote).toList()) + ")\\s+)";
    private static final String YEARS = "(?:years?|yrs?\\.?|jahren?|jahre|ans?|années?|annees?|años?|anos?"
            + "|jaar|jaren|anni|anno)";
    private static final String DECADES = "(?:decades?|jahrzehnten?|jahrzehnte|décennies?|décadas?|decadas?"
            + "|decennia|decennium|decenni|decennio)";
    /** "8 years", "8+ years", "8-plus years", "eight full years", "acht Jahre", "dix ans". */
    private static final Pattern IN_YEARS = Pattern.compile("(?<![\\p{L}\\p{N}])" + AMOUNT
            + "(?:\\+\\s*|-?\\s*plus\\s+)?(?:full\\s+|volle[n]?\\s+)?" + YEARS + "(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern IN_DECADES = Pattern.compile("(?<![\\p{L}\\p{N}])" + AMOUNT + DECADES
            + "(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** "since 2015", "seit 2015", "depuis début 2015": as long as from that year to this one. */
    private static final Pattern SINCE = Pattern.compile("(?<![\\p{L}])(?:since|seit|depuis|desde|sinds|dal|dall'|dai)"
            + "\\s+(?:(?:early|mid|late|anfang|mitte|ende|début|debut|mi|fin|principios\\s+de|finales\\s+de)[\\s-]+)?"
            + "((?:19|20)\\d\\d)(?!\\d)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Durations() {
    }

    /**
     * Every length of time in years the text claims, in order: "8 years" and the like, and "since 2015" as the years
     * from then to {@code thisYear}.
     */
    static List<Claim> in(String text, int thisYear) {
        List<Claim> claims = new ArrayList<>();
        if (text == null) {
            return claims;
        }
        collect(claims, IN_YEARS.matcher(text), 1);
        collect(claims, IN_DECADES.matcher(text), 10);
        Matcher since = SINCE.matcher(text);
        while (since.find()) {
            claims.add(new Claim(Math.max(0, thisYear - Integer.parseInt(since.group(1))), since.group().strip(),
                    since.start(), since.end()));
        }
        claims.sort(Comparator.comparingInt(Claim::start));
        return claims;
    }

    /** The text with every claimed length blanked out, so its number is not checked again as a plain number. */
    static String without(String text, List<Claim> claims) {
        StringBuilder out = new StringBuilder(text);
        for (Claim c : claims) {
            for (int i = c.start(); i < c.end(); i++) {
                out.setCharAt(i, ' ');
            }
        }
        return out.toString();
    }

    private static void collect(List<Claim> claims, Matcher m, int unit) {
        while (m.find()) {
            // A word matched only through Unicode case folding ("ſix" with a long s) is not in the table: no claim.
            Integer word = m.group(1) != null ? null : WORDS.get(m.group(2).toLowerCase(Locale.ROOT));
            if (m.group(1) == null && word == null) {
                continue;
            }
            double value = word != null ? word : Double.parseDouble(m.group(1).replace(',', '.'));
            claims.add(new Claim(value * unit, m.group().strip(), m.start(), m.end()));
        }
    }

    /**
     * Years of experience the dated entries span, overlaps counted once: each entry is {start, end} as written in a
     * resume ({@code 2019}, {@code 2019-03}, {@code 2019-03-15}); an end that is missing or not a date means the
     * entry is ongoing. Entries without a readable start are left out. A year alone counts from its first to its last
     * day, a month likewise, so the figure leans towards the user.
     */
    static double experience(List<String[]> entries, LocalDate today) {
        List<LocalDate[]> spans = new ArrayList<>();
        for (String[] entry : entries) {
            LocalDate start = ResumeDates.firstDay(entry[0]);
            if (start == null || start.isAfter(today)) {
                continue;
            }
            LocalDate end = ResumeDates.lastDay(entry[1]);
            if (end == null || end.isAfter(today)) {
                end = today;
            }
            if (!end.isBefore(start)) {
                spans.add(new LocalDate[] {start, end});
            }
        }
        spans.sort(Comparator.comparing(s -> s[0]));
        long days = 0;
        LocalDate from = null;
        LocalDate to = null;
        for (LocalDate[] s : spans) {
            if (to != null && !s[0].isAfter(to.plusDays(1))) {
                to = s[1].isAfter(to) ? s[1] : to;
                continue;
            }
            if (from != null) {
                days += ChronoUnit.DAYS.between(from, to) + 1;
            }
            from = s[0];
            to = s[1];
        }
        if (from != null) {
            days += ChronoUnit.DAYS.between(from, to) + 1;
        }
        return days / 365.25;
    }
}
