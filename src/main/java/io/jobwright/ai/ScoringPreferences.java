package io.jobwright.ai;

import java.util.List;

/**
 * What the user told Jobwright about the jobs they want, as every scoring engine receives it. The LLM engine puts
 * {@code instructions} into its prompt; the offline engine turns the clear preferences in it (remote, a technology,
 * no travel) into rules. Lists are never {@code null}.
 *
 * @param instructions      free-text scoring instructions ("remote only, focus on Kotlin, no travel"); may be empty
 * @param preferredLocations places the user wants to work in (matched against the posting's location)
 * @param workplace         {@code any}, {@code remote}, {@code hybrid} or {@code onsite}
 * @param minimumSalary     the lowest yearly salary the user accepts, in the posting's currency; {@code null} when unset
 * @param blockedCompanyKeywords employers whose name contains one of these score 0
 * @param blockedKeywords   words that, in the title or description, make a job a poor fit (e.g. "clearance")
 */
public record ScoringPreferences(String instructions, List<String> preferredLocations, String workplace,
        Integer minimumSalary, List<String> blockedCompanyKeywords, List<String> blockedKeywords) {

    /** No preferences at all: only the resume decides. */
    public static final ScoringPreferences NONE = new ScoringPreferences("", List.of(), "any", null, List.of(), List.of());

    public ScoringPreferences {
        instructions = instructions == null ? "" : instructions.strip();
        preferredLocations = preferredLocations == null ? List.of() : List.copyOf(preferredLocations);
        workplace = workplace == null ? "any" : workplace;
        blockedCompanyKeywords = blockedCompanyKeywords == null ? List.of() : List.copyOf(blockedCompanyKeywords);
        blockedKeywords = blockedKeywords == null ? List.of() : List.copyOf(blockedKeywords);
    }
}
