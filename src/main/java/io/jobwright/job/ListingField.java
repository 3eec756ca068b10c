package io.jobwright.job;

import java.util.List;

/**
 * The descriptive fields of a posting that Jobwright stores and shows but does not reason about: each with its API
 * name, its column, its kind and its size limit. Insert, update, row mapping and PATCH validation all read this list,
 * so a new field is one line here plus a column.
 */
public enum ListingField {
    JOB_URL_DIRECT("jobUrlDirect", Kind.URL, 2000),
    APPLICATION_LINK("applicationLink", Kind.URL, 2000),
    DATE_POSTED("datePosted", Kind.TEXT, 100),
    EMPLOYER_URL("employerUrl", Kind.URL, 2000),
    DISCIPLINES("disciplines", Kind.TEXT, 2000),
    DEADLINE("deadline", Kind.TEXT, 100),
    SALARY("salary", Kind.TEXT, 200),
    LOCATION("location", Kind.TEXT, 200),
    LOCATION_EVIDENCE("locationEvidence", Kind.JSON, 20_000),
    DEGREE_REQUIRED("degreeRequired", Kind.TEXT, 500),
    STARTING("starting", Kind.TEXT, 200),
    JOB_TYPE("jobType", Kind.TEXT, 200),
    SALARY_SOURCE("salarySource", Kind.TEXT, 200),
    SALARY_INTERVAL("salaryInterval", Kind.TEXT, 50),
    SALARY_MIN_AMOUNT("salaryMinAmount", Kind.NUMBER, 0),
    SALARY_MAX_AMOUNT("salaryMaxAmount", Kind.NUMBER, 0),
    SALARY_CURRENCY("salaryCurrency", Kind.TEXT, 10),
    IS_REMOTE("isRemote", Kind.BOOLEAN, 0),
    JOB_LEVEL("jobLevel", Kind.TEXT, 200),
    JOB_FUNCTION("jobFunction", Kind.TEXT, 200),
    LISTING_TYPE("listingType", Kind.TEXT, 200),
    EMAILS("emails", Kind.TEXT, 2000),
    COMPANY_INDUSTRY("companyIndustry", Kind.TEXT, 500),
    COMPANY_LOGO("companyLogo", Kind.URL, 2000),
    COMPANY_URL_DIRECT("companyUrlDirect", Kind.URL, 2000),
    COMPANY_ADDRESSES("companyAddresses", Kind.TEXT, 2000),
    COMPANY_NUM_EMPLOYEES("companyNumEmployees", Kind.TEXT, 100),
    COMPANY_REVENUE("companyRevenue", Kind.TEXT, 100),
    COMPANY_DESCRIPTION("companyDescription", Kind.TEXT, 20_000),
    SKILLS("skills", Kind.TEXT, 5000),
    EXPERIENCE_RANGE("experienceRange", Kind.TEXT, 200),
    COMPANY_RATING("companyRating", Kind.NUMBER, 0),
    COMPANY_REVIEWS_COUNT("companyReviewsCount", Kind.INTEGER, 0),
    VACANCY_COUNT("vacancyCount", Kind.INTEGER, 0),
    WORK_FROM_HOME_TYPE("workFromHomeType", Kind.TEXT, 50),
    SPONSOR_MATCH_SCORE("sponsorMatchScore", Kind.NUMBER, 0),
    SPONSOR_MATCH_NAMES("sponsorMatchNames", Kind.TEXT, 2000),
    /** The source's description as sanitized HTML; {@code jobDescription} holds its plain text. */
    DESCRIPTION_HTML("descriptionHtml", Kind.TEXT, 100_000),
    /** A job applied to in the last 30 days that this posting resembles (same company, near-identical title). */
    PREVIOUSLY_APPLIED_JOB_ID("previouslyAppliedJobId", Kind.TEXT, 64);

    /** How a field's value is typed on the wire and stored. */
    public enum Kind { TEXT, URL, JSON, NUMBER, INTEGER, BOOLEAN }

    private final String apiName;
    private final Kind kind;
    private final int maxLength;
    private final String column;

    ListingField(String apiName, Kind kind, int maxLength) {
        this.apiName = apiName;
        this.kind = kind;
        this.maxLength = maxLength;
        this.column = name().toLowerCase(java.util.Locale.ROOT);
    }

    public String apiName() {
        return apiName;
    }

    public Kind kind() {
        return kind;
    }

    public int maxLength() {
        return maxLength;
    }

    /** The column: {@code companyNumEmployees} is {@code company_num_employees}. */
    public String column() {
        return column;
    }

    /** Every field in declaration order, without the copy {@code values()} makes on each call (once per row). */
    public static final List<ListingField> ALL = List.of(values());

    /** The field with this API name, or null. */
    public static ListingField byApiName(String apiName) {
        for (ListingField field : ALL) {
            if (field.apiName.equals(apiName)) {
                return field;
            }
        }
        return null;
    }
}
