package io.jobwright.ai.offline;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Career levels, read from job titles, level fields and "5+ years" phrases. */
enum Seniority {
    INTERN, JUNIOR, MID, SENIOR, LEAD, EXECUTIVE;

    private static final Pattern YEARS = Pattern.compile(
            "(\\d{1,2})\\s*(?:\\+|plus)?\\s*(?:-\\s*\\d{1,2}\\s*)?(?:years?|yrs|jahre|ans|años)", Pattern.CASE_INSENSITIVE);

    /** The level a title names, or {@code null} when it names none. */
    static Seniority ofTitle(String title) {
        if (title == null) {
            return null;
        }
        String t = PlainText.fold(title);
        if (has(t, "intern", "internship", "werkstudent", "werkstudentin", "werkstudierende", "working student",
                "praktikum", "praktikant", "stage", "stagiaire", "apprentice", "trainee", "student")) {
            return INTERN;
        }
        if (has(t, "vp", "vice president", "director", "head of", "chief", "cto", "ceo", "cfo", "coo", "founder",
                "leiter", "directeur", "directrice")) {
            return EXECUTIVE;
        }
        if (has(t, "lead", "staff", "principal", "manager", "architect", "founding")) {
            return LEAD;
        }
        if (has(t, "senior", "sr", "sr.", "expert", "experienced")) {
            return SENIOR;
        }
        if (has(t, "junior", "jr", "jr.", "entry", "graduate", "associate", "assistant", "new grad")) {
            return JUNIOR;
        }
        return null;
    }

    /** The level a posting asks for: its title, then its level field, then its years of experience. */
    static Seniority ofPosting(String title, String level, String text) {
        Seniority byTitle = ofTitle(title);
        if (byTitle != null) {
            return byTitle;
        }
        Seniority byLevel = ofTitle(level);
        if (byLevel != null) {
            return byLevel;
        }
        if (level != null && level.toLowerCase(Locale.ROOT).contains("mid")) {
            return MID;
        }
        Matcher m = YEARS.matcher(text == null ? "" : text);
        int years = -1;
        while (m.find()) {
            int y = Integer.parseInt(m.group(1));
            if (y <= 20) {
                years = Math.max(years, y);
            }
        }
        return years < 0 ? null : ofYears(years);
    }

    /** The level that many years of experience usually mean. */
    static Seniority ofYears(double years) {
        if (years < 1) {
            return JUNIOR;
        }
        if (years < 4) {
            return MID;
        }
        if (years < 8) {
            return SENIOR;
        }
        return LEAD;
    }

    private static boolean has(String folded, String... words) {
        for (String w : words) {
            if (PlainText.containsTerm(folded, w)) {
                return true;
            }
        }
        return false;
    }
}
