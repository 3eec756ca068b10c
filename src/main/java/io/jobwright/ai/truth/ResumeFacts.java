package io.jobwright.ai.truth;

import io.jobwright.resume.Resume;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the base resume says, in the forms TruthGuard compares against: all its text (folded), the titles the user
 * held, the skills they list, every number it contains, and each bullet's source text by id.
 */
record ResumeFacts(String folded, Set<String> titles, Set<String> skills, Set<String> numbers,
        Map<String, String> bullets, String headline) {

    static ResumeFacts of(Resume r) {
        StringBuilder text = new StringBuilder();
        Set<String> titles = new LinkedHashSet<>();
        Map<String, String> bullets = new HashMap<>();
        add(text, r.name(), r.headline(), r.summary(), r.basics().location().city(), r.basics().location().region());
        if (r.headline() != null) {
            titles.add(Claims.norm(r.headline()));
        }
        for (Resume.Work w : r.work()) {
            add(text, w.name(), w.position(), w.location(), w.description(), w.startDate(), w.endDate(), w.summary());
            if (w.position() != null) {
                titles.add(Claims.norm(w.position()));
            }
            w.highlights().forEach(h -> {
                add(text, h.text());
                bullets.put(h.id(), h.text());
            });
        }
        for (Resume.Volunteer v : r.volunteer()) {
            add(text, v.organization(), v.position(), v.startDate(), v.endDate(), v.summary());
            if (v.position() != null) {
                titles.add(Claims.norm(v.position()));
            }
            v.highlights().forEach(h -> {
                add(text, h.text());
                bullets.put(h.id(), h.text());
            });
        }
        for (Resume.Project p : r.projectItems()) {
            add(text, p.name(), p.description(), p.startDate(), p.endDate(), p.entity(), p.type());
            p.keywords().forEach(k -> add(text, k));
            p.roles().forEach(k -> add(text, k));
            p.highlights().forEach(h -> {
                add(text, h.text());
                bullets.put(h.id(), h.text());
            });
        }
        r.education().forEach(e -> {
            add(text, e.institution(), e.area(), e.studyType(), e.startDate(), e.endDate(), e.score());
            e.courses().forEach(c -> add(text, c));
        });
        r.awards().forEach(a -> add(text, a.title(), a.awarder(), a.date(), a.summary()));
        r.certificates().forEach(c -> add(text, c.name(), c.issuer(), c.date()));
        r.publications().forEach(p -> add(text, p.name(), p.publisher(), p.releaseDate(), p.summary()));
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
        return new ResumeFacts(Claims.fold(all), titles, skills, Claims.numbers(all), bullets, r.headline());
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
