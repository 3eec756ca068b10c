package io.jobwright.source;

import io.jobwright.job.JobUrls;
import java.net.URI;
import java.time.Clock;
import java.util.Locale;

/** Turns what a source reported into a {@link Posting}: clean text, parsed location, salary and dates, checked URLs. */
public final class Normaliser {

    private static final int MAX_DESCRIPTION = 100_000;

    private final Clock clock;

    public Normaliser(Clock clock) {
        this.clock = clock;
    }

    /**
     * Normalises one posting.
     *
     * @param source    the source type
     * @param sourceKey the source's identity for dedupe ({@code greenhouse:acme})
     */
    public Posting normalise(String source, String sourceKey, RawPosting raw) {
        String description = raw.description() == null ? null
                : raw.description().length() > MAX_DESCRIPTION ? raw.description().substring(0, MAX_DESCRIPTION) : raw.description();
        String listing = url(raw.listingUrl());
        String apply = url(raw.applyUrl());
        if (listing == null) {
            listing = apply;
        }
        if (apply != null && apply.equals(listing)) {
            apply = null;
        }
        Salary salary = Salaries.of(raw.salaryMin(), raw.salaryMax(), raw.salaryCurrency(), raw.salaryInterval(),
                raw.salaryText());
        HtmlText.Described described = HtmlText.describe(description);
        return new Posting(source, sourceKey, raw.sourceJobId().strip(), clip(HtmlText.inline(raw.title()), 500),
                clip(HtmlText.inline(raw.company()), 500), listing, apply, listing == null ? null : JobUrls.canonical(listing),
                described.html(), described.text(),
                Locations.parse(raw.location(), raw.countryCode(), raw.remote(), raw.workplace()), salary,
                PostedDates.parse(raw.postedAt(), clock), PostedDates.parse(raw.deadline(), clock),
                clip(HtmlText.inline(raw.jobType()), 200), clip(HtmlText.inline(raw.department()), 200),
                url(raw.companyUrl()), url(raw.companyLogo()));
    }

    /** An absolute http(s) URL of sane length, or null. */
    static String url(String value) {
        if (value == null || value.isBlank() || value.length() > 2000) {
            return null;
        }
        try {
            URI uri = new URI(value.strip().replace(" ", "%20"));
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? uri.toString() : null;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
