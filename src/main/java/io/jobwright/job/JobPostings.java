package io.jobwright.job;

import io.jobwright.ai.JobPosting;

/** Builds the {@link JobPosting} the scoring and tailoring engines see from a stored job. */
final class JobPostings {

    private JobPostings() {
    }

    /** The posting's own facts; the user's fields about the job (status, score, tailoring, PDF) are left out. */
    static JobPosting of(Job job) {
        return new JobPosting(job.title(), job.employer(), text(job, ListingField.LOCATION), text(job, ListingField.SALARY),
                number(job, ListingField.SALARY_MIN_AMOUNT), number(job, ListingField.SALARY_MAX_AMOUNT),
                text(job, ListingField.SALARY_CURRENCY), text(job, ListingField.SALARY_INTERVAL),
                job.listing(ListingField.IS_REMOTE) instanceof Boolean b ? b : null,
                text(job, ListingField.WORK_FROM_HOME_TYPE), text(job, ListingField.JOB_TYPE),
                text(job, ListingField.JOB_LEVEL), text(job, ListingField.DEGREE_REQUIRED),
                text(job, ListingField.DISCIPLINES), job.jobDescription());
    }

    private static String text(Job job, ListingField field) {
        Object value = job.listing(field);
        return value == null ? null : value.toString();
    }

    private static Double number(Job job, ListingField field) {
        return job.listing(field) instanceof Number n ? n.doubleValue() : null;
    }
}
