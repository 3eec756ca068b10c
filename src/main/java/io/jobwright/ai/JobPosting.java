package io.jobwright.ai;

/**
 * What scoring and tailoring see of a job: the posting's own facts, never the user's fields about it (status, score,
 * tailored text, PDF). Any field may be {@code null}; {@code description} is plain text or HTML as imported.
 *
 * @param remote          whether the posting says it is remote, or {@code null} when it does not say
 * @param workFromHomeType {@code remote}, {@code hybrid} or {@code onsite} when known
 */
public record JobPosting(String title, String employer, String location, String salary, Double salaryMinAmount,
        Double salaryMaxAmount, String salaryCurrency, String salaryInterval, Boolean remote, String workFromHomeType,
        String jobType, String jobLevel, String degreeRequired, String disciplines, String description) {

    /** A posting known only by its title, employer and description. */
    public static JobPosting of(String title, String employer, String description) {
        return new JobPosting(title, employer, null, null, null, null, null, null, null, null, null, null, null, null,
                description);
    }
}
