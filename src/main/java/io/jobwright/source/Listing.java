package io.jobwright.source;

import io.jobwright.job.JobUrls;
import java.util.Set;

/**
 * Every open posting of one configured source, read once for a whole re-check sweep, or why it could not be read
 * completely. Only a complete listing says anything about a posting's absence: a posting missing from it is gone; when
 * the listing failed, was cut short or looked implausible, every posting of the source is unknown. Immutable.
 *
 * @param ids       the source job ids listed
 * @param urls      the canonical listing URLs listed
 * @param size      how many postings were listed
 * @param where     the source in words, for reasons ("ashby:acme")
 * @param notTrusted why the listing says nothing about absence, or null when it is complete
 */
public record Listing(Set<String> ids, Set<String> urls, int size, String where, String notTrusted) {

    public Listing {
        ids = Set.copyOf(ids);
        urls = Set.copyOf(urls);
    }

    /** A listing that cannot be trusted to be complete. */
    public static Listing untrusted(String where, String reason) {
        return new Listing(Set.of(), Set.of(), 0, where, reason);
    }

    /** Whether absence from this listing means the posting is gone. */
    public boolean complete() {
        return notTrusted == null;
    }

    /** Whether a posting delivered with this id or listing URL is in the listing. */
    public boolean contains(String sourceJobId, String listingUrl) {
        if (sourceJobId != null && ids.contains(sourceJobId)) {
            return true;
        }
        String canonical = canonical(listingUrl);
        return canonical != null && urls.contains(canonical);
    }

    /** A listing URL in canonical form, or null when there is none or it is not an http(s) URL. */
    static String canonical(String listingUrl) {
        if (listingUrl == null) {
            return null;
        }
        try {
            return JobUrls.canonical(listingUrl);
        } catch (io.jobwright.error.InvalidRequest e) {
            return null;
        }
    }

    /** What the listing says about one posting: open when listed, gone when missing from a complete listing. */
    public PostingCheck check(String sourceJobId, String listingUrl) {
        if (!complete()) {
            return PostingCheck.unknown(notTrusted);
        }
        return contains(sourceJobId, listingUrl) ? PostingCheck.open()
                : PostingCheck.gone("no longer in the complete listing of " + where + " (" + size + " open postings)");
    }
}
