package io.jobwright.ai.truth;

import io.jobwright.ai.offline.PlainText;
import io.jobwright.ai.offline.SkillCatalog;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the checkable claims in a piece of tailored text: employers, job titles, degrees, schools, certifications,
 * skills and numbers. Patterns, not understanding: they lean towards flagging, because a flagged true claim costs the
 * user one sentence while a missed false one can cost them an interview.
 */
final class Claims {

    /** One claim: its kind and the words that make it. */
    record Claim(String kind, String text) {
    }

    private static final String NAME = "[A-Z][\\p{L}\\p{N}&.'+-]*(?:\\s+(?:[A-Z][\\p{L}\\p{N}&.'+-]*|of|&|de|and))*";
    private static final Pattern EMPLOYER_AFTER = Pattern.compile("\\b(?:at|for|with|joined|from)\\s+(" + NAME + ")");
    private static final Pattern EMPLOYER_SUFFIX = Pattern.compile(
            "(" + NAME + ")\\s+(?:Inc\\.?|GmbH|Ltd\\.?|LLC|AG|Corp\\.?|SE|S\\.A\\.|SAS|plc|Co\\.)(?![\\p{L}])");
    private static final Pattern TITLE = Pattern.compile("((?:[A-Z][\\p{L}+#./-]*\\s+){0,3}"
            + "(?:Engineer|Developer|Manager|Director|Designer|Architect|Scientist|Analyst|Consultant|Administrator"
            + "|Officer|Specialist|Programmer|Technician|Intern|President|Lead|Head of\\s+[A-Z][\\p{L}]+))\\b");
    private static final Pattern DEGREE = Pattern.compile("(?<![\\p{L}])(Ph\\.?\\s?D\\.?|Doctorate|MBA|M\\.\\s?Sc\\.?|MSc|"
            + "B\\.\\s?Sc\\.?|BSc|B\\.?\\s?Eng\\.?|M\\.?\\s?Eng\\.?|Bachelor(?:'s)?(?: of \\p{L}+| degree)?|"
            + "Master(?:'s)?(?: of \\p{L}+| degree)?|Diplom[\\p{L}-]*|Licence|Doktor)(?![\\p{L}])");
    private static final Pattern SCHOOL = Pattern.compile("((?:[A-Z][\\p{L}.'-]*\\s+){0,4}"
            + "(?:University|Universität|Université|College|Institute|Polytechnic|Academy|Hochschule)"
            + "(?:\\s+(?:of|for|de)(?:\\s+[A-Z][\\p{L}.'-]*){1,3})?)");
    private static final Pattern CERTIFICATION = Pattern.compile("((?:[A-Z][\\p{L}\\p{N}.+-]*\\s+){0,4}"
            + "(?:Certified|Certification|Certificate)(?:\\s+[A-Z][\\p{L}\\p{N}.+-]*){0,4}"
            + "|\\b(?:PMP|CISSP|CKA|CKAD|CCNA|CCNP|CPA|CFA|ITIL|PRINCE2|CSM|OSCP|CISM)\\b)");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\p{N}])(\\d{1,3}(?:[,.' ]\\d{3})+|\\d+(?:[.,]\\d+)?)\\s*([kKmM](?![\\p{L}]))?");
    /** Capitalised words that start sentences or name skills, not employers. */
    private static final Set<String> NOT_NAMES = Set.of("scale", "speed", "a", "the", "an", "teams", "customers",
            "i", "we", "it", "our", "my");

    private Claims() {
    }

    static String fold(String text) {
        return PlainText.fold(text == null ? "" : text.replaceAll("\\s+", " "));
    }

    static String norm(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}+#]+", " ").strip();
    }

    /** Whether folded text contains the phrase as whole words (punctuation-insensitive). */
    static boolean contains(String folded, String phrase) {
        String p = phrase.strip().toLowerCase(Locale.ROOT);
        if (p.isEmpty()) {
            return true;
        }
        return PlainText.containsTerm(folded, p) || PlainText.containsTerm(" " + norm(folded) + " ", norm(p));
    }

    /** Every number in the text, normalised: {@code 40,000} and {@code 40k} are both {@code 40000}; {@code 35%} is {@code 35}. */
    static Set<String> numbers(String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = NUMBER.matcher(text == null ? "" : text);
        while (m.find()) {
            out.add(number(m.group(1), m.group(2)));
        }
        return out;
    }

    private static String number(String digits, String suffix) {
        String d = digits.replaceAll("[,.' ](\\d{3})(?!\\d)", "$1").replace(',', '.');
        double value = Double.parseDouble(d);
        if (suffix != null) {
            value *= suffix.equalsIgnoreCase("k") ? 1_000 : 1_000_000;
        }
        return number(value);
    }

    /** A value in the form {@link #numbers} gives it: {@code 7.0} is {@code 7}. */
    static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    /** The claims in one sentence or bullet. */
    static List<Claim> in(String text) {
        List<Claim> claims = new ArrayList<>();
        collect(claims, "degree", DEGREE, text);
        collect(claims, "school", SCHOOL, text);
        collect(claims, "certification", CERTIFICATION, text);
        collect(claims, "employer", EMPLOYER_SUFFIX, text);
        collect(claims, "title", TITLE, text);
        Matcher after = EMPLOYER_AFTER.matcher(text);
        while (after.find()) {
            String name = after.group(1).strip();
            if (!NOT_NAMES.contains(name.toLowerCase(Locale.ROOT)) && !isSkill(name)) {
                claims.add(new Claim("employer", name));
            }
        }
        SkillCatalog.mentionedIn(PlainText.fold(text)).forEach(s -> claims.add(new Claim("skill", s)));
        return claims;
    }

    private static boolean isSkill(String name) {
        return !SkillCatalog.canonical(name).equals(name.strip()) || SkillCatalog.mentionedIn(fold(name)).size() > 0
                && fold(name).strip().split("\\s+").length == 1;
    }

    private static void collect(List<Claim> claims, String kind, Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            claims.add(new Claim(kind, m.group(1).strip()));
        }
    }

    /** The text split into sentences, each with its end punctuation. */
    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (String s : text.strip().split("(?<=[.!?])\\s+(?=[\\p{Lu}\\p{N}\"'(])")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }
}
