package io.jobwright.ai.truth;

import io.jobwright.resume.Resume;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the base resume says, in the forms TruthGuard compares against: all its text (folded), the titles the user
 * held, the skills they list, every number its text contains and the years of its dates, each bullet's source text
 * by id, and the years of experience its dated positions span and its own text claims.
 */
record ResumeFacts(String folded, Set<String> titles, Set<String> skills, Set<String> numbers,
        Map<String, String> bullets, String headline, double experienceYears, Set<Double> statedYears, int thisYear) {

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(1[89]|20)\\d\\d(?!\\d)");

    /** The facts of a resume on the given day (ongoing positions count up to it). */
    static ResumeFacts of(Resume r, LocalDate today) {
        StringBuilder text = new StringBuilder();
        // Dates stay out of the text: "2019-03-01" would otherwise allow 3 and 1 anywhere. Their years are allowed.
        List<String> dates = new ArrayList<>();
        List<String[]> positions = new ArrayList<>();
        Set<String> titles = new LinkedHashSet<>();
        Map<String, String> bullets = new HashMap<>();
        add(text, r.name(), r.headline(), r.summary(), r.basics().location().city(), r.basics().location().region());
        if (r.headline() != null) {
            titles.add(Claims.norm(r.headline()));
        }
        for (Resume.Work w : r.work()) {
            add(text, w.name(), w.position(), w.location(), w.description(), w.summary());
            dates(dates, w.startDate(), w.endDate());
            positions.add(new String[] {w.startDate(), w.endDate()});
            if (w.position() != null) {
                titles.add(Claims.norm(w.position()));
            }
            w.highlights().forEach(h -> {
                add(text, h.text());
                bullets.put(h.id(), h.text());
            });
        }
        for (Resume.Volunteer v : r.volunteer()) {
            add(text, v.organization(), v.position(), v.summary());
            dates(dates, v.startDate(), v.endDate());
            positions.add(new String[] {v.startDate(), v.endDate()});
            if (v.position() != null) {
                titles.add(Claims.norm(v.position()));
            }
            v.highlights().forEach(h -> {
                add(text, h.text());
                bullets.put(h.id(), h.text());
            });
        }
        for (Resume.Project p : r.projectItems()) {
            add(text, p.name(), p.description(), p.entity(), p.type());
            dates(dates, p.startDate(), p.endDate());
            p.keywords().forEach(k -> add(text, k));
            p.roles().forEach(k -> add(text, k));
            p.highlights().forEach(h -> {
                add(text, h.text());
                bullets.put(h.id(), h.text());
            });
        }
        r.education().forEach(e -> {
            add(text, e.institution(), e.area(), e.studyType(), e.score());
            dates(dates, e.startDate(), e.endDate());
            e.courses().forEach(c -> add(text, c));
        });
        r.awards().forEach(a -> {
            add(text, a.title(), a.awarder(), a.summary());
            dates(dates, a.date());
        });
        r.certificates().forEach(c -> {
            add(text, c.name(), c.issuer());
            dates(dates, c.date());
        });
        r.publications().forEach(p -> {
            add(text, p.name(), p.publisher(), p.summary());
            dates(dates, p.releaseDate());
        });
        r.languages().forEach(l -> add(text, l.language(), l.fluency()));
        r.interests().forEach(i -> {
            add(text, i.name());
            i.keywords().forEach(k -> add(text, k));
        });
        Set<String> skills = new HashSet<>();
        for (Resume.Skill s : r.skillItems()) {
            add(text, s.name(), s.level());
            if (s.name() != null) {
                skills.add(s.name().strip().toLowerCase(Locale.ROOT));
            }
            s.keywords().forEach(k -> {
                add(text, k);
                skills.add(k.strip().toLowerCase(Locale.ROOT));
            });
        }
        r.projectItems().forEach(p -> p.keywords().forEach(k -> skills.add(k.strip().toLowerCase(Locale.ROOT))));
        String all = text.toString();
        Set<String> numbers = Claims.numbers(all);
        dates.forEach(d -> {
            Matcher year = YEAR.matcher(d);
            if (year.find()) {
                numbers.add(year.group());
            }
        });
        Set<Double> stated = new HashSet<>();
        Durations.in(all, today.getYear()).forEach(c -> stated.add(c.years()));
        return new ResumeFacts(Claims.fold(all), titles, skills, numbers, bullets, r.headline(),
                Durations.experience(positions, today), stated, today.getYear());
    }

    /** Whether the resume itself claims this length of experience somewhere, or its dated positions add up to it. */
    boolean backs(Durations.Claim claim) {
        return statedYears.contains(claim.years()) || claim.years() <= experienceYears + 0.5;
    }

    private static void dates(List<String> dates, String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                dates.add(v);
            }
        }
    }

    /** Whether the resume text contains the phrase (whole words, case-insensitive). */
    boolean says(String phrase) {
        return Claims.contains(folded, phrase);
    }

    private static void add(StringBuilder text, String... parts) {
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                text.append(p.strip()).append('\n');
            }
        }
    }

    static List<String> list(Set<String> set) {
        return new ArrayList<>(set);
    }
}
