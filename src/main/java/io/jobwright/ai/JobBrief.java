package io.jobwright.ai;

import java.util.List;

/**
 * A neutral digest of a posting, in JobOps' {@code JobBrief} shape (stored on the job as JSON with these snake_case
 * names: {@code role_summary, they_want, specifics, company_offers, practical_details, missing_or_unclear,
 * repeated_signals}). Lists are never {@code null}.
 *
 * @param practicalDetails lines of the form {@code "Key: value"}, e.g. {@code "Salary: Not stated"}
 */
public record JobBrief(String roleSummary, List<String> theyWant, List<String> specifics, List<String> companyOffers,
        List<String> practicalDetails, List<String> missingOrUnclear, List<String> repeatedSignals) {

    public JobBrief {
        roleSummary = roleSummary == null ? "" : roleSummary.strip();
        theyWant = copy(theyWant);
        specifics = copy(specifics);
        companyOffers = copy(companyOffers);
        practicalDetails = copy(practicalDetails);
        missingOrUnclear = copy(missingOrUnclear);
        repeatedSignals = copy(repeatedSignals);
    }

    private static List<String> copy(List<String> list) {
        return list == null ? List.of() : list.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).toList();
    }
}
