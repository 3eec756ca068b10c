package io.jobwright.ai.offline;

import io.jobwright.resume.Resume;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the offline engine knows of the user from their base resume: the skills they name (canonical names), the
 * titles they held, their level, and the text the embedding model reads. Built once per resume.
 *
 * @param skills     every skill the resume names: skill groups, their keywords, project keywords (canonical names)
 * @param titles     the headline and every position held, most recent first
 * @param folded     all resume text, folded for term matching
 * @param summaryText the text whose embedding stands for the whole profile
 * @param titleText  the text whose embedding stands for the roles the user holds
 */
record Profile(Set<String> skills, List<String> titles, Seniority level, String folded, String summaryText,
        String titleText) {

    private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})(?:-(\\d{1,2}))?");

    /** Reads a resume; {@code today} closes ongoing positions when counting years of experience. */
    static Profile of(Resume resume, LocalDate today) {
        Set<String> skills = new LinkedHashSet<>();
        for (Resume.Skill s : resume.skillItems()) {
            if (!s.visible()) {
                continue;
            }
            if (s.keywords().isEmpty() && s.name() != null) {
                skills.add(SkillCatalog.canonical(s.name()));
            }
            s.keywords().forEach(k -> skills.add(SkillCatalog.canonical(k)));
        }
        resume.projectItems().forEach(p -> p.keywords().forEach(k -> skills.add(SkillCatalog.canonical(k))));
        List<String> titles = new ArrayList<>();
        if (resume.headline() != null) {
            titles.add(resume.headline());
        }
        StringBuilder text = new StringBuilder();
        append(text, resume.headline());
        append(text, resume.summary());
        double months = 0;
        for (Resume.Work w : resume.work()) {
            if (w.position() != null) {
                titles.add(w.position());
            }
            append(text, w.position());
            append(text, w.summary());
            w.highlights().forEach(h -> append(text, h.text()));
            months += months(w.startDate(), w.endDate(), today);
        }
        for (Resume.Project p : resume.projectItems()) {
            append(text, p.name());
            append(text, p.description());
            p.highlights().forEach(h -> append(text, h.text()));
        }
        resume.education().forEach(e -> append(text, e.area()));
        resume.certificates().forEach(c -> append(text, c.name()));
        String skillLine = String.join(", ", skills);
        append(text, skillLine);

        Seniority byTitle = titles.isEmpty() ? null : Seniority.ofTitle(titles.size() > 1 ? titles.get(1) : titles.get(0));
        Seniority byYears = resume.work().isEmpty() ? null : Seniority.ofYears(months / 12.0);
        Seniority level = byTitle != null && byYears != null ? (byTitle.ordinal() > byYears.ordinal() ? byTitle : byYears)
                : byTitle != null ? byTitle : byYears != null ? byYears : Seniority.MID;

        String summary = String.join(". ", nonNull(resume.headline(), resume.summary(), skillLine));
        return new Profile(java.util.Collections.unmodifiableSet(skills), List.copyOf(titles), level,
                PlainText.fold(text.toString()), summary, String.join("; ", new LinkedHashSet<>(titles)));
    }

    /** Whether the resume's text mentions the skill under any name. */
    boolean mentions(String skill) {
        return skills.contains(SkillCatalog.canonical(skill)) || SkillCatalog.mentions(folded, skill);
    }

    private static double months(String start, String end, LocalDate today) {
        LocalDate from = parse(start);
        if (from == null) {
            return 0;
        }
        LocalDate to = end == null || end.isBlank() ? today : parse(end);
        if (to == null || to.isBefore(from)) {
            return 0;
        }
        return (to.getYear() - from.getYear()) * 12 + (to.getMonthValue() - from.getMonthValue());
    }

    private static LocalDate parse(String date) {
        if (date == null) {
            return null;
        }
        Matcher m = YEAR_MONTH.matcher(date.strip());
        if (!m.lookingAt()) {
            return null;
        }
        int month = m.group(2) == null ? 1 : Math.max(1, Math.min(12, Integer.parseInt(m.group(2))));
        return LocalDate.of(Integer.parseInt(m.group(1)), month, 1);
    }

    private static void append(StringBuilder text, String part) {
        if (part != null && !part.isBlank()) {
            text.append(part.strip()).append('\n');
        }
    }

    private static List<String> nonNull(String... parts) {
        List<String> result = new ArrayList<>();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                result.add(p.strip());
            }
        }
        return result;
    }
}
