package io.jobwright.source;

/**
 * One posting as a source reported it, before normalisation: text may be HTML, dates and salary are as the source
 * wrote them. Only {@code sourceJobId} and {@code title} are required.
 *
 * @param listingUrl  the posting's page on the board
 * @param applyUrl    where to apply, when the source names a separate link
 * @param description HTML or plain text
 * @param remote      what the source says explicitly (null when it says nothing)
 * @param workplace   the source's own workplace word ("remote", "hybrid", "onSite"…), or null
 * @param countryCode an ISO country code the source gives separately, or null
 * @param salaryText  free salary text, or null
 * @param salaryMin   a structured minimum, or null (with {@code salaryCurrency} and {@code salaryInterval})
 * @param postedAt    an ISO date or instant, epoch seconds or millis, an RFC 1123 date, or "Posted 3 Days Ago"
 */
public record RawPosting(String sourceJobId, String title, String company, String listingUrl, String applyUrl,
                         String description, String location, Boolean remote, String workplace, String countryCode,
                         String salaryText, Double salaryMin, Double salaryMax, String salaryCurrency,
                         String salaryInterval, String postedAt, String deadline, String jobType, String department,
                         String companyUrl, String companyLogo) {

    /** A builder, since sources fill a different handful of these each. */
    public static Builder builder(String sourceJobId, String title) {
        return new Builder(sourceJobId, title);
    }

    /** Collects a posting's fields. */
    public static final class Builder {
        private final String sourceJobId, title;
        private String company, listingUrl, applyUrl, description, location, workplace, countryCode, salaryText,
                salaryCurrency, salaryInterval, postedAt, deadline, jobType, department, companyUrl, companyLogo;
        private Boolean remote;
        private Double salaryMin, salaryMax;

        Builder(String sourceJobId, String title) {
            this.sourceJobId = sourceJobId;
            this.title = title;
        }

        public Builder company(String v) { company = v; return this; }
        public Builder listingUrl(String v) { listingUrl = v; return this; }
        public Builder applyUrl(String v) { applyUrl = v; return this; }
        public Builder description(String v) { description = v; return this; }
        public Builder location(String v) { location = v; return this; }
        public Builder remote(Boolean v) { remote = v; return this; }
        public Builder workplace(String v) { workplace = v; return this; }
        public Builder countryCode(String v) { countryCode = v; return this; }
        public Builder salaryText(String v) { salaryText = v; return this; }
        public Builder salary(Double min, Double max, String currency, String interval) {
            salaryMin = min; salaryMax = max; salaryCurrency = currency; salaryInterval = interval; return this;
        }
        public Builder postedAt(String v) { postedAt = v; return this; }
        public Builder deadline(String v) { deadline = v; return this; }
        public Builder jobType(String v) { jobType = v; return this; }
        public Builder department(String v) { department = v; return this; }
        public Builder companyUrl(String v) { companyUrl = v; return this; }
        public Builder companyLogo(String v) { companyLogo = v; return this; }

        public RawPosting build() {
            return new RawPosting(sourceJobId, title, company, listingUrl, applyUrl, description, location, remote,
                    workplace, countryCode, salaryText, salaryMin, salaryMax, salaryCurrency, salaryInterval, postedAt,
                    deadline, jobType, department, companyUrl, companyLogo);
        }
    }
}
