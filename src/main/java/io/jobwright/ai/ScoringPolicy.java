package io.jobwright.ai;

import java.util.List;
import java.util.Locale;

/**
 * The deterministic adjustments applied to every engine's score: an employer matching a blocked company keyword
 * scores 0, and a posting with no salary information loses {@code missingSalaryPenalty} points (0 turns it off).
 * Each adjustment is appended to the reason so the user can see it.
 */
public record ScoringPolicy(int missingSalaryPenalty, List<String> blockedCompanyKeywords) {

    /** No adjustments. */
    public static final ScoringPolicy NONE = new ScoringPolicy(0, List.of());

    public ScoringPolicy {
        missingSalaryPenalty = Math.max(0, Math.min(100, missingSalaryPenalty));
        blockedCompanyKeywords = blockedCompanyKeywords == null ? List.of() : List.copyOf(blockedCompanyKeywords);
    }

    /** The engine's score with this policy's adjustments applied. */
    public Scorer.Score apply(Scorer.Score score, JobPosting job) {
        String blocked = blockedBy(job.employer());
        if (blocked != null) {
            return score.adjusted(0, score.reason() + " Score set to 0: the employer matches your blocked company keyword \""
                    + blocked + "\".");
        }
        boolean noSalary = blank(job.salary()) && job.salaryMinAmount() == null && job.salaryMaxAmount() == null;
        if (missingSalaryPenalty > 0 && noSalary) {
            return score.adjusted(score.value() - missingSalaryPenalty, score.reason() + " Score reduced by "
                    + missingSalaryPenalty + " points due to missing salary information.");
        }
        return score;
    }

    /** The blocked keyword the employer's name contains, or {@code null}. */
    public String blockedBy(String employer) {
        if (blank(employer)) {
            return null;
        }
        String name = employer.toLowerCase(Locale.ROOT);
        return blockedCompanyKeywords.stream().filter(k -> !k.isBlank())
                .filter(k -> name.contains(k.strip().toLowerCase(Locale.ROOT))).findFirst().orElse(null);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
