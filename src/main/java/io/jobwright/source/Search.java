package io.jobwright.source;

import java.util.List;

/**
 * What a run looks for. Search boards (Remotive, Adzuna…) pass the terms and location to their API; company boards
 * return every posting and leave matching to {@link Filters}.
 *
 * @param terms    search terms; empty keeps every posting
 * @param location a place to pass to boards that search by place, or null
 * @param maxItems a cap on postings per source (a safety net against endless pagination)
 */
public record Search(List<String> terms, String location, int maxItems) {

    public static final int DEFAULT_MAX_ITEMS = 20_000;

    public Search {
        terms = terms == null ? List.of() : terms.stream().filter(t -> t != null && !t.isBlank()).map(String::trim).toList();
        maxItems = maxItems <= 0 ? DEFAULT_MAX_ITEMS : maxItems;
    }

    /** Every posting, no terms. */
    public static Search everything() {
        return new Search(List.of(), null, DEFAULT_MAX_ITEMS);
    }

    /** The terms joined by spaces, for APIs that take one query string; empty when none. */
    public String query() {
        return String.join(" ", terms);
    }
}
