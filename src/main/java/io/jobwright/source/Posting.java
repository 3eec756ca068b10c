package io.jobwright.source;

import java.time.LocalDate;

/**
 * A normalised posting, ready to become a job: plain-text title and company, sanitized HTML beside plain text,
 * parsed location and salary, ISO dates, and the canonical URL used to recognise it again.
 *
 * @param source       the source type ({@code greenhouse})
 * @param sourceKey    the identity used for (source, sourceJobId) dedupe: the type plus its board, site or company
 * @param canonicalUrl the listing URL in canonical form, or null
 */
public record Posting(String source, String sourceKey, String sourceJobId, String title, String company,
                      String listingUrl, String applyUrl, String canonicalUrl, String descriptionHtml,
                      String descriptionText, Location location, Salary salary, LocalDate datePosted,
                      LocalDate deadline, String jobType, String department, String companyUrl, String companyLogo) {

    /** How much a posting tells: used to keep the richer of two duplicates. */
    public int richness() {
        int score = descriptionText == null ? 0 : Math.min(descriptionText.length(), 20_000) / 100;
        score += salary != null ? 20 : 0;
        score += location != null && location.country() != null ? 5 : 0;
        score += datePosted != null ? 5 : 0;
        score += applyUrl != null ? 3 : 0;
        score += deadline != null ? 3 : 0;
        return score;
    }
}
