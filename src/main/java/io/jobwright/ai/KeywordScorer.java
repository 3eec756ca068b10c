package io.jobwright.ai;

import io.jobwright.resume.Resume;
import io.jobwright.resume.SkillGroup;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The scorer that needs no model: the share of the profile's skills the job description mentions. Twelve or more
 * matching skills is a full score; a profile without skills scores a neutral 50 and says why.
 */
public final class KeywordScorer implements Scorer {

    private static final int FULL_MARKS_AT = 12;

    @Override
    public Score score(Resume base, Tailor.JobText job) {
        Set<String> skills = new LinkedHashSet<>();
        for (SkillGroup group : base.skills()) {
            group.keywords().forEach(k -> addSkill(skills, k));
            if (group.keywords().isEmpty()) {
                addSkill(skills, group.name());
            }
        }
        if (skills.isEmpty()) {
            return new Score(50, "The resume lists no skills, so the match could not be judged.");
        }
        String text = " " + ((job.title() == null ? "" : job.title()) + " "
                + (job.description() == null ? "" : job.description())).toLowerCase(Locale.ROOT) + " ";
        List<String> matched = new ArrayList<>();
        for (String skill : skills) {
            Pattern word = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(skill.toLowerCase(Locale.ROOT))
                    + "(?![\\p{L}\\p{N}])");
            if (word.matcher(text).find()) {
                matched.add(skill);
            }
        }
        int denominator = Math.min(skills.size(), FULL_MARKS_AT);
        int value = (int) Math.round(100.0 * Math.min(matched.size(), denominator) / denominator);
        String reason = matched.isEmpty()
                ? "The description mentions none of the " + skills.size() + " skills in the resume."
                : "The description mentions " + matched.size() + " of " + skills.size() + " resume skills: "
                        + String.join(", ", matched.subList(0, Math.min(matched.size(), 8))) + ".";
        return new Score(value, reason);
    }

    private static void addSkill(Set<String> skills, String skill) {
        if (skill != null && skill.trim().length() > 1) {
            skills.add(skill.trim());
        }
    }
}
