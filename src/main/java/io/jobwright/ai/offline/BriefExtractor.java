package io.jobwright.ai.offline;

import io.jobwright.ai.JobBrief;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Extracts a neutral {@link JobBrief} from a posting without a model: the opening sentences as the role summary,
 * the requirements, duties and offer sections as lists, and the practical facts (place, workplace, salary, type,
 * level, experience) with what the posting leaves unsaid.
 */
final class BriefExtractor {

    private static final int ITEM_CHARS = 200;
    private static final Pattern YEARS = Pattern.compile("(\\d{1,2}\\s*\\+?\\s*(?:-\\s*\\d{1,2}\\s*)?(?:years?|yrs|jahre|ans))",
            Pattern.CASE_INSENSITIVE);

    JobBrief brief(Posting posting) {
        var job = posting.job();
        List<String> theyWant = cut(posting.requirements().isEmpty() ? posting.preferred() : posting.requirements(), 6);
        List<String> specifics = new ArrayList<>(cut(posting.duties(), 10));
        posting.allSkills().stream().limit(18 - specifics.size()).forEach(s -> specifics.add("Skill: " + s));
        List<String> offers = cut(posting.offers(), 5);

        Salary salary = Salary.of(job, posting.text());
        Workplace workplace = Workplace.of(job, posting.folded());
        Matcher years = YEARS.matcher(posting.text());
        List<String> practical = new ArrayList<>();
        practical.add("Location: " + orNotStated(job.location()));
        practical.add("Workplace: " + workplace.label());
        practical.add("Salary: " + (salary == null ? "Not stated" : salary.text()));
        practical.add("Employment type: " + orNotStated(job.jobType()));
        Seniority level = Seniority.ofPosting(job.title(), job.jobLevel(), posting.text());
        practical.add("Level: " + (level == null ? "Not stated" : level.name().charAt(0)
                + level.name().substring(1).toLowerCase(java.util.Locale.ROOT)));
        if (years.find()) {
            practical.add("Experience: " + years.group(1).strip());
        }
        if (job.degreeRequired() != null) {
            practical.add("Degree: " + job.degreeRequired());
        }

        List<String> missing = new ArrayList<>();
        if (salary == null) {
            missing.add("Salary is not stated");
        }
        if (job.location() == null || job.location().isBlank()) {
            missing.add("Location is not stated");
        }
        if (workplace == Workplace.UNKNOWN) {
            missing.add("Remote, hybrid or on-site work is not stated");
        }
        if (posting.requirements().isEmpty()) {
            missing.add("No explicit list of requirements");
        }
        if (!PlainText.containsTerm(posting.folded(), "visa") && !PlainText.containsTerm(posting.folded(), "sponsorship")) {
            missing.add("Visa sponsorship is not mentioned");
        }
        return new JobBrief(summary(posting), theyWant, specifics, offers, practical.subList(0, Math.min(8, practical.size())),
                missing.subList(0, Math.min(5, missing.size())), repeated(posting));
    }

    private static String summary(Posting posting) {
        List<String> source = !posting.intro().isEmpty() ? posting.intro() : posting.duties();
        StringBuilder out = new StringBuilder();
        for (String line : source) {
            if (line.startsWith("Company board:") || line.startsWith("Location:") || line.startsWith("Employment type:")
                    || line.startsWith("Published:") || line.startsWith("URL:") || line.startsWith("#")) {
                continue;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(line);
            if (out.length() > 240) {
                break;
            }
        }
        String text = out.toString();
        if (text.isBlank()) {
            String title = posting.job().title();
            String employer = posting.job().employer();
            return (title == null ? "A role" : title) + (employer == null ? "" : " at " + employer) + ".";
        }
        return text.length() <= 400 ? text : text.substring(0, 397).replaceFirst("\\s+\\S*$", "") + "…";
    }

    private static List<String> repeated(Posting posting) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String skill : posting.allSkills()) {
            int n = 0;
            for (String alias : SkillCatalog.aliases(skill)) {
                if (alias.length() > 1) {
                    n += PlainText.countTerm(posting.folded(), alias);
                }
            }
            if (n >= 2) {
                counts.put(skill, n);
            }
        }
        return counts.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(5)
                .map(e -> e.getKey() + " (" + e.getValue() + "×)").toList();
    }

    private static List<String> cut(List<String> items, int max) {
        return items.stream().limit(max)
                .map(s -> s.length() <= ITEM_CHARS ? s : s.substring(0, ITEM_CHARS - 1).replaceFirst("\\s+\\S*$", "") + "…")
                .toList();
    }

    private static String orNotStated(String value) {
        return value == null || value.isBlank() ? "Not stated" : value;
    }
}
