package io.jobwright.source;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a run keeps: postings whose title matches a search term (all of a term's words, any order), in the wanted
 * countries or cities (remote postings pass when remote is welcome), not from a blocked company, not older than the
 * maximum age. Each refusal names its reason, so the run summary can count them.
 *
 * @param terms           search terms; empty keeps every title
 * @param countries       ISO alpha-2 codes; empty keeps every country
 * @param cities          city names; empty keeps every city
 * @param remote          {@code any} (default), {@code include} (remote postings pass the place filters),
 *                        {@code only} (only remote), {@code exclude} (no fully remote postings)
 * @param blockedCompanies keywords: a company whose name contains one is dropped
 * @param maxAgeDays      postings older than this are dropped (0 keeps all; undated postings are kept)
 */
public record Filters(List<String> terms, Set<String> countries, List<String> cities, String remote,
                      List<String> blockedCompanies, int maxAgeDays) {

    /** Why a posting was filtered out; the wire names are the run summary's keys. */
    public enum Reason {
        SEARCH_TERMS("searchTerms"), LOCATION("location"), REMOTE("remote"), BLOCKED_COMPANY("blockedCompany"),
        TOO_OLD("tooOld");

        private final String wire;

        Reason(String wire) {
            this.wire = wire;
        }

        public String wire() {
            return wire;
        }
    }

    public Filters {
        terms = terms == null ? List.of() : terms.stream().filter(t -> !t.isBlank()).toList();
        countries = countries == null ? Set.of() : countries.stream().map(c -> c.toUpperCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
        cities = cities == null ? List.of() : cities.stream().map(c -> c.toLowerCase(Locale.ROOT).strip()).toList();
        remote = remote == null ? "any" : remote;
        if (!Set.of("any", "include", "only", "exclude").contains(remote)) {
            throw io.jobwright.error.InvalidRequest.field("remote", "must be any, include, only or exclude");
        }
        blockedCompanies = blockedCompanies == null ? List.of()
                : blockedCompanies.stream().map(b -> b.toLowerCase(Locale.ROOT).strip()).filter(b -> !b.isEmpty()).toList();
    }

    /** Keeps everything. */
    public static Filters none() {
        return new Filters(List.of(), Set.of(), List.of(), "any", List.of(), 0);
    }

    /** Why this posting is dropped, or null when it is kept. */
    public Reason reject(Posting p, Clock clock) {
        String company = p.company() == null ? "" : p.company().toLowerCase(Locale.ROOT);
        for (String blocked : blockedCompanies) {
            if (company.contains(blocked)) {
                return Reason.BLOCKED_COMPANY;
            }
        }
        if (!terms.isEmpty() && terms.stream().noneMatch(t -> titleMatches(p.title(), t))) {
            return Reason.SEARCH_TERMS;
        }
        boolean isRemote = p.location() != null && p.location().workplace() == Location.Workplace.REMOTE;
        if (remote.equals("only") && !isRemote) {
            return Reason.REMOTE;
        }
        if (remote.equals("exclude") && isRemote) {
            return Reason.REMOTE;
        }
        boolean remotePasses = isRemote && !remote.equals("exclude");
        if (!countries.isEmpty() && !remotePasses) {
            String country = p.location() == null ? null : p.location().country();
            if (country == null || !countries.contains(country)) {
                return Reason.LOCATION;
            }
        }
        if (!cities.isEmpty() && !remotePasses) {
            String text = p.location() == null || p.location().text() == null ? "" : p.location().text().toLowerCase(Locale.ROOT);
            if (cities.stream().noneMatch(text::contains)) {
                return Reason.LOCATION;
            }
        }
        if (maxAgeDays > 0 && p.datePosted() != null
                && p.datePosted().isBefore(LocalDate.now(clock.withZone(ZoneOffset.UTC)).minusDays(maxAgeDays))) {
            return Reason.TOO_OLD;
        }
        return null;
    }

    /** Whether every word of the term occurs in the title, ignoring case and punctuation. */
    static boolean titleMatches(String title, String term) {
        if (title == null) {
            return false;
        }
        Set<String> words = Dedupe.words(title);
        String joined = " " + String.join(" ", Dedupe.wordList(title)) + " ";
        for (String word : Dedupe.wordList(term)) {
            if (!words.contains(word) && !joined.contains(" " + word)) {
                return false;
            }
        }
        return true;
    }
}
