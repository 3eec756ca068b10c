package io.jobwright.source;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds duplicate postings within a run and against the jobs already stored, in three passes of decreasing
 * certainty: the same (source, sourceJobId); the same canonical URL; then the same company (normalised: case,
 * accents, legal suffixes) with a near-identical title (word overlap at least {@value #SIMILAR}, gender markers
 * like "(m/w/d)" ignored) in a compatible place (no different country or city; a remote posting is not the same
 * as one in a named city). The fuzzy pass only compares postings of one company, so the work
 * grows with the largest company's postings, not with the square of all of them. Of two duplicates within a run the
 * richer is kept. A posting that matches a job applied to in the last {@value #APPLIED_DAYS} days by title and
 * company is kept, marked with that job's id.
 *
 * <p>Kept postings can be {@link #drain drained} as the run goes, so a run of tens of thousands of postings never
 * holds them all: a drained posting is remembered by its identity, place and richness only, and a richer duplicate
 * arriving later becomes a {@link Replacement} of the job it was stored as. Not thread-safe: one run, one thread.
 */
public final class Dedupe {

    static final double SIMILAR = 0.8;
    static final int APPLIED_DAYS = 30;
    /** Fuzzy comparisons per posting within one company, a bound for boards with thousands of postings. */
    private static final int MAX_FUZZY_COMPARISONS = 400;
    private static final Set<String> LEGAL = Set.of("inc", "llc", "ltd", "gmbh", "ag", "co", "corp", "corporation",
            "company", "limited", "plc", "sa", "bv", "se", "srl", "the", "kg", "ug", "oy", "ab", "as", "nv", "pty", "sas");

    /** A job already stored, as much of it as dedupe needs. */
    public record Known(String jobId, String source, String sourceJobId, String urlKey, String title, String company,
                        Instant appliedAt) {
    }

    /**
     * A posting that survived dedupe, with the recent application it resembles (or null).
     *
     * @param slot which kept posting this is, for {@link #stored}
     */
    public record Kept(Posting posting, String previouslyAppliedJobId, int slot) {
        public Kept(Posting posting, String previouslyAppliedJobId) {
            this(posting, previouslyAppliedJobId, -1);
        }
    }

    /** A richer duplicate of a posting already stored as job {@code jobId}: the job should take its fields. */
    public record Replacement(String jobId, Kept richer) {
    }

    /** What dedupe did with a posting. */
    public enum Outcome { NEW, DUPLICATE_IN_RUN, ALREADY_KNOWN }

    private static final class Slot {
        Posting posting;
        final Known known;
        final String companyKey;
        final Set<String> titleWords;
        final String titleKey;
        String appliedMatch;
        Location location;
        long richness;
        String identity;
        int index = -1;
        String jobId;

        Slot(Posting posting, Known known, String company, String title) {
            this.posting = posting;
            this.location = posting == null ? null : posting.location();
            this.richness = posting == null ? 0 : posting.richness();
            this.identity = posting == null ? "" : posting.identity();
            this.known = known;
            this.companyKey = companyKey(company);
            this.titleWords = words(title);
            this.titleKey = String.join(" ", new TreeSet<>(titleWords));
        }
    }

    private final Instant appliedSince;
    private final Map<String, Slot> bySourceId = new HashMap<>();
    private final Map<String, Slot> byUrl = new HashMap<>();
    private final Map<String, List<Slot>> byCompany = new HashMap<>();
    private final Map<String, Slot> byCompanyTitle = new HashMap<>();
    private final Map<String, Slot> applied = new HashMap<>();
    private final List<Slot> kept = new ArrayList<>();
    private final List<Slot> pending = new ArrayList<>();
    private final List<Replacement> replacements = new ArrayList<>();

    /** A dedupe that knows the stored jobs. */
    public Dedupe(Iterable<Known> stored, Clock clock) {
        this.appliedSince = clock.instant().minus(Duration.ofDays(APPLIED_DAYS));
        for (Known k : stored) {
            Slot slot = new Slot(null, k, k.company(), k.title());
            if (k.sourceJobId() != null) {
                bySourceId.put(k.source() + '\u0000' + k.sourceJobId(), slot);
            }
            if (k.urlKey() != null) {
                byUrl.put(k.urlKey(), slot);
            }
            if (k.appliedAt() != null) {
                if (k.appliedAt().isAfter(appliedSince)) {
                    applied.putIfAbsent(slot.companyKey + '\u0000' + slot.titleKey, slot);
                }
            } else {
                index(slot);
            }
        }
    }

    /** Adds one posting of the run; says whether it is new, a duplicate of an earlier one, or already stored. */
    public Outcome add(Posting p) {
        Slot candidate = new Slot(p, null, p.company(), p.title());
        Slot match = bySourceId.get(p.sourceKey() + '\u0000' + p.sourceJobId());
        if (match == null && p.canonicalUrl() != null) {
            match = byUrl.get(p.canonicalUrl());
        }
        if (match == null) {
            match = fuzzy(candidate);
        }
        if (match != null && match.known != null) {
            return Outcome.ALREADY_KNOWN;
        }
        if (match != null) {
            long richness = p.richness();
            if (richness > match.richness || richness == match.richness && p.identity().compareTo(match.identity) < 0) {
                match.richness = richness;
                match.identity = p.identity();
                register(match, p);
                if (match.posting != null) {
                    match.posting = p;
                } else if (match.jobId != null) {
                    replacements.add(new Replacement(match.jobId, new Kept(p, match.appliedMatch, match.index)));
                }
            }
            return Outcome.DUPLICATE_IN_RUN;
        }
        Slot recent = applied.get(candidate.companyKey + '\u0000' + candidate.titleKey);
        candidate.appliedMatch = recent == null ? null : recent.known.jobId();
        register(candidate, p);
        index(candidate);
        candidate.index = kept.size();
        kept.add(candidate);
        pending.add(candidate);
        return Outcome.NEW;
    }

    /** The postings kept so far and not drained, in the order first seen. */
    public List<Kept> kept() {
        return pending.stream().map(s -> new Kept(s.posting, s.appliedMatch, s.index)).toList();
    }

    /** How many kept postings wait to be drained. */
    public int pendingCount() {
        return pending.size();
    }

    /**
     * Hands over the kept postings not drained yet and forgets their contents; report each one stored with
     * {@link #stored}, so a richer duplicate arriving later can replace it.
     */
    public List<Kept> drain() {
        List<Kept> out = kept();
        pending.forEach(s -> s.posting = null);
        pending.clear();
        return out;
    }

    /** Records that a drained posting was stored as job {@code jobId}. */
    public void stored(Kept kept, String jobId) {
        if (kept.slot() >= 0) {
            this.kept.get(kept.slot()).jobId = jobId;
        }
    }

    /** Richer duplicates of postings already stored, since the last call. */
    public List<Replacement> drainReplacements() {
        List<Replacement> out = List.copyOf(replacements);
        replacements.clear();
        return out;
    }

    private void register(Slot slot, Posting p) {
        bySourceId.putIfAbsent(p.sourceKey() + '\u0000' + p.sourceJobId(), slot);
        if (p.canonicalUrl() != null) {
            byUrl.putIfAbsent(p.canonicalUrl(), slot);
        }
    }

    private void index(Slot slot) {
        if (slot.companyKey.isEmpty() || slot.titleWords.isEmpty()) {
            return;
        }
        byCompanyTitle.putIfAbsent(slot.companyKey + '\u0000' + slot.titleKey + '\u0000' + place(slot), slot);
        byCompany.computeIfAbsent(slot.companyKey, k -> new ArrayList<>()).add(slot);
    }

    private Slot fuzzy(Slot c) {
        if (c.companyKey.isEmpty() || c.titleWords.isEmpty()) {
            return null;
        }
        Slot exact = byCompanyTitle.get(c.companyKey + '\u0000' + c.titleKey + '\u0000' + place(c));
        if (exact != null) {
            return exact;
        }
        List<Slot> block = byCompany.get(c.companyKey);
        if (block == null) {
            return null;
        }
        int from = Math.max(0, block.size() - MAX_FUZZY_COMPARISONS);
        for (int i = block.size() - 1; i >= from; i--) {
            Slot other = block.get(i);
            if (similar(c.titleWords, other.titleWords) && samePlace(c, other)) {
                return other;
            }
        }
        return null;
    }

    private static String place(Slot s) {
        if (s.location == null) {
            return "";
        }
        Location l = s.location;
        return (l.country() == null ? "" : l.country()) + "/" + (l.city() == null ? "" : l.city().toLowerCase(Locale.ROOT));
    }

    private static boolean samePlace(Slot a, Slot b) {
        Location x = a.location;
        Location y = b.location;
        if (x == null || y == null) {
            return true;
        }
        boolean xRemote = x.workplace() == Location.Workplace.REMOTE;
        boolean yRemote = y.workplace() == Location.Workplace.REMOTE;
        if (xRemote != yRemote && (xRemote ? y.city() : x.city()) != null) {
            return false;
        }
        if (x.country() != null && y.country() != null && !x.country().equals(y.country())) {
            return false;
        }
        return x.city() == null || y.city() == null || x.city().equalsIgnoreCase(y.city());
    }

    static boolean similar(Set<String> a, Set<String> b) {
        int common = 0;
        for (String w : a) {
            if (b.contains(w)) {
                common++;
            }
        }
        int union = a.size() + b.size() - common;
        return union > 0 && (double) common / union >= SIMILAR;
    }

    /** A company name as dedupe compares it: "ACME, Inc." and "Acme" are one. */
    public static String companyKey(String company) {
        if (company == null) {
            return "";
        }
        List<String> words = new ArrayList<>(wordList(company));
        words.removeIf(LEGAL::contains);
        return String.join(" ", words);
    }

    /** The words of a title, gender markers and punctuation removed. */
    static Set<String> words(String text) {
        return new LinkedHashSet<>(wordList(text));
    }

    static List<String> wordList(String text) {
        if (text == null) {
            return List.of();
        }
        String t = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("\\(?\\b[mwfdxa]\\s*/\\s*[mwfdxa](\\s*/\\s*[mwfdxa])?\\b\\)?", " ")
                .replaceAll("[^\\p{L}\\p{N}+#]+", " ").strip();
        return t.isEmpty() ? List.of() : Arrays.asList(t.split(" "));
    }
}
