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

    /**
     * How much a posting tells: used to keep the richer of two duplicates. Salary, place, dates and apply link count
     * first, then the description's length in hundreds of characters; the exact length breaks ties (in the low
     * bits), so which duplicate is kept does not depend on which board answered first.
     */
    public long richness() {
        int length = descriptionText == null ? 0 : Math.min(descriptionText.length(), 20_000);
        int score = length / 100;
        score += salary != null ? 20 : 0;
        score += location != null && location.country() != null ? 5 : 0;
        score += datePosted != null ? 5 : 0;
        score += applyUrl != null ? 3 : 0;
        score += deadline != null ? 3 : 0;
        return (long) score << 32 | length;
    }

    /** The posting's identity where it came from, for a last tie-break between equally rich duplicates. */
    String identity() {
        return sourceKey + '\u0000' + sourceJobId;
    }
}
