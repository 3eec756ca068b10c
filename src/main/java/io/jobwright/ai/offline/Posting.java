package io.jobwright.ai.offline;

import io.jobwright.ai.JobPosting;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A posting read for the offline engine: plain text split into the sections postings usually have (what you will
 * do, what they require, what is a plus, what they offer), and the catalogue skills each mentions.
 *
 * @param requiredSkills skills named in the requirements (or anywhere, when the posting has no such section)
 * @param preferredSkills skills named only as a plus
 */
record Posting(JobPosting job, String text, String folded, List<String> duties, List<String> requirements,
        List<String> preferred, List<String> offers, List<String> intro, Set<String> requiredSkills,
        Set<String> preferredSkills) {

    enum Section { INTRO, DUTIES, REQUIREMENTS, PREFERRED, OFFERS, OTHER }

    /** Reads a posting. */
    static Posting of(JobPosting job) {
        String text = PlainText.of(job.description());
        List<String> intro = new ArrayList<>();
        List<String> duties = new ArrayList<>();
        List<String> requirements = new ArrayList<>();
        List<String> preferred = new ArrayList<>();
        List<String> offers = new ArrayList<>();
        Section current = Section.INTRO;
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.equals("---")) {
                continue;
            }
            Section heading = heading(line);
            if (heading != null) {
                current = heading;
                continue;
            }
            String item = line.replaceFirst("^([-*•·▪◦]|\\d{1,2}[.)])\\s*", "").strip();
            if (item.isEmpty()) {
                continue;
            }
            switch (current) {
                case INTRO -> intro.add(item);
                case DUTIES -> duties.add(item);
                case REQUIREMENTS -> requirements.add(item);
                case PREFERRED -> preferred.add(item);
                case OFFERS -> offers.add(item);
                case OTHER -> { }
            }
        }
        String folded = PlainText.fold((job.title() == null ? "" : job.title()) + "\n" + text);
        Set<String> required = requirements.isEmpty() && duties.isEmpty()
                ? SkillCatalog.mentionedIn(folded)
                : SkillCatalog.mentionedIn(PlainText.fold(job.title() + "\n" + String.join("\n", requirements)
                        + "\n" + String.join("\n", duties)));
        Set<String> plus = new LinkedHashSet<>(SkillCatalog.mentionedIn(PlainText.fold(String.join("\n", preferred))));
        plus.removeAll(required);
        if (required.isEmpty() && plus.isEmpty()) {
            required = SkillCatalog.mentionedIn(folded);
        }
        return new Posting(job, text, folded, duties, requirements, preferred, offers, intro, required, plus);
    }

    /** All skills the posting names, required first. */
    Set<String> allSkills() {
        Set<String> all = new LinkedHashSet<>(requiredSkills);
        all.addAll(preferredSkills);
        return all;
    }

    /** The section a heading line opens, or {@code null} when the line is not a heading. */
    static Section heading(String line) {
        String l = line.replaceAll("^#+\\s*", "").replaceAll("[*_]", "").strip();
        boolean looksLikeHeading = line.startsWith("#") || (l.endsWith(":") && l.length() <= 80)
                || (l.length() <= 60 && !l.endsWith(".") && l.split("\\s+").length <= 7 && !line.startsWith("-"));
        if (!looksLikeHeading) {
            return null;
        }
        String h = l.toLowerCase(Locale.ROOT).replaceAll(":$", "");
        if (matches(h, "nice to have", "nice-to-have", "bonus", "preferred", "a plus", "pluspunkte", "wünschenswert",
                "un plus", "serait un plus", "would be great", "extra credit", "good to have")) {
            return Section.PREFERRED;
        }
        if (matches(h, "requirement", "qualification", "must have", "must-have", "what you'll need", "what you need",
                "what we're looking for", "what we are looking for", "who you are", "about you", "you have", "you are",
                "your profile", "profil", "was du mitbringst", "was sie mitbringen", "das bringst du mit",
                "skills", "experience", "ce que nous recherchons", "vous êtes", "requis", "ideal candidate")) {
            return Section.REQUIREMENTS;
        }
        if (matches(h, "what we offer", "benefits", "perks", "why join", "we offer", "wir bieten", "what you get",
                "compensation", "avantages", "what's in it", "why you'll love", "ce que nous offrons", "unser angebot",
                "das bieten wir", "pourquoi nous rejoindre", "salary", "pay")) {
            return Section.OFFERS;
        }
        if (matches(h, "what you'll do", "what you will do", "responsibilit", "the role", "your role", "aufgaben",
                "missions", "vos missions", "in this role", "day to day", "day-to-day", "what you'll be doing",
                "your impact", "role overview", "tâches", "deine rolle")) {
            return Section.DUTIES;
        }
        if (matches(h, "about us", "about the company", "who we are", "über uns", "à propos", "our mission",
                "how to apply", "equal opportunity", "process", "recruitment process")) {
            return Section.OTHER;
        }
        return null;
    }

    private static boolean matches(String heading, String... phrases) {
        for (String p : phrases) {
            if (heading.contains(p)) {
                return true;
            }
        }
        return false;
    }

    static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }
}
