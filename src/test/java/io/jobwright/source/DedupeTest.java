package io.jobwright.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class DedupeTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-07-20T12:00:00Z"), ZoneOffset.UTC);

    private static Posting posting(String key, String id, String title, String company, String url, String city,
                                   String description) {
        return new Posting("greenhouse", key, id, title, company, url, null, url == null ? null
                : io.jobwright.job.JobUrls.canonical(url), null, description,
                city == null ? null : new Location(city, city, null, null, Location.Workplace.ONSITE),
                null, null, null, null, null, null, null);
    }

    @Test
    void the_same_source_id_twice_in_a_run_keeps_the_richer_record() {
        Dedupe dedupe = new Dedupe(List.of(), CLOCK);
        assertThat(dedupe.add(posting("gh:a", "1", "Engineer", "Acme", null, null, "short"))).isEqualTo(Dedupe.Outcome.NEW);
        assertThat(dedupe.add(posting("gh:a", "1", "Engineer", "Acme", null, null, "x".repeat(5000))))
                .isEqualTo(Dedupe.Outcome.DUPLICATE_IN_RUN);
        assertThat(dedupe.kept()).singleElement().extracting(k -> k.posting().descriptionText().length()).isEqualTo(5000);
    }

    @Test
    void which_duplicate_is_kept_does_not_depend_on_which_board_answered_first() {
        Posting longer = posting("gh:a", "1", "Backend Engineer (m/w/d)", "Acme", null, "Berlin", "Build APIs in Java.");
        Posting shorter = posting("lever:b", "2", "Backend Engineer", "Acme", null, "Berlin", "Short.");
        Posting twin = posting("ashby:c", "3", "Backend Engineer", "Acme", null, "Berlin", "Build APIs in Java.");
        for (List<Posting> order : List.of(List.of(longer, shorter, twin), List.of(shorter, twin, longer),
                List.of(twin, longer, shorter))) {
            Dedupe dedupe = new Dedupe(List.of(), CLOCK);
            order.forEach(dedupe::add);
            assertThat(dedupe.kept()).as("order %s", order.stream().map(Posting::sourceKey).toList())
                    .singleElement().extracting(k -> k.posting().sourceKey()).isEqualTo("ashby:c");
        }
    }

    @Test
    void the_same_canonical_url_from_two_sources_is_one_posting() {
        Dedupe dedupe = new Dedupe(List.of(), CLOCK);
        dedupe.add(posting("gh:a", "1", "Engineer", "Acme", "https://acme.example/jobs/1?utm_source=x", null, "a"));
        assertThat(dedupe.add(posting("rss:b", "zz", "Backend Engineer II", "Other", "https://ACME.example/jobs/1", null, "b")))
                .isEqualTo(Dedupe.Outcome.DUPLICATE_IN_RUN);
    }

    @Test
    void near_identical_titles_at_one_company_are_one_posting_but_other_cities_are_not() {
        Dedupe dedupe = new Dedupe(List.of(), CLOCK);
        dedupe.add(posting("gh:a", "1", "Senior Data Engineer (m/w/d)", "ACME GmbH", null, "Berlin", "a"));
        assertThat(dedupe.add(posting("rss:b", "2", "Senior Data Engineer", "Acme", null, "Berlin", "b")))
                .isEqualTo(Dedupe.Outcome.DUPLICATE_IN_RUN);
        assertThat(dedupe.add(posting("rss:b", "3", "Senior Data Engineer", "Acme", null, "London", "c")))
                .isEqualTo(Dedupe.Outcome.NEW);
        assertThat(dedupe.add(posting("rss:b", "4", "Data Engineer", "Acme", null, "Berlin", "d")))
                .isEqualTo(Dedupe.Outcome.NEW);
    }

    @Test
    void a_remote_posting_is_not_the_same_as_one_in_a_named_city() {
        Dedupe dedupe = new Dedupe(List.of(), CLOCK);
        dedupe.add(posting("gh:a", "1", "Backend Engineer", "Acme", null, "Berlin", "a"));
        Posting remote = new Posting("greenhouse", "gh:a", "2", "Backend Engineer", "Acme", null, null, null, null, "b",
                new Location("Remote - Europe", null, null, null, Location.Workplace.REMOTE),
                null, null, null, null, null, null, null);
        assertThat(dedupe.add(remote)).isEqualTo(Dedupe.Outcome.NEW);
        Posting remoteAgain = new Posting("lever", "lv:a", "9", "Backend Engineer", "ACME GmbH", null, null, null, null,
                "c", new Location("Remote", null, null, null, Location.Workplace.REMOTE), null, null, null, null, null,
                null, null);
        assertThat(dedupe.add(remoteAgain)).isEqualTo(Dedupe.Outcome.DUPLICATE_IN_RUN);
    }

    @Test
    void a_richer_duplicate_of_a_drained_posting_replaces_the_job_it_was_stored_as() {
        Dedupe dedupe = new Dedupe(List.of(), CLOCK);
        dedupe.add(posting("gh:a", "1", "Data Engineer", "Acme", null, "Berlin", "short"));
        List<Dedupe.Kept> drained = dedupe.drain();
        dedupe.stored(drained.get(0), "job-1");
        assertThat(dedupe.pendingCount()).isZero();

        assertThat(dedupe.add(posting("rss:b", "7", "Data Engineer (m/w/d)", "ACME GmbH", null, "Berlin", "x".repeat(4000))))
                .isEqualTo(Dedupe.Outcome.DUPLICATE_IN_RUN);
        assertThat(dedupe.add(posting("rss:b", "8", "Data Engineer", "Acme", null, "Berlin", "poor")))
                .isEqualTo(Dedupe.Outcome.DUPLICATE_IN_RUN);

        assertThat(dedupe.drainReplacements()).singleElement().satisfies(r -> {
            assertThat(r.jobId()).isEqualTo("job-1");
            assertThat(r.richer().posting().sourceJobId()).isEqualTo("7");
        });
        assertThat(dedupe.drain()).isEmpty();
    }

    @Test
    void stored_jobs_are_recognised_by_source_id_url_and_title_and_company() {
        Dedupe dedupe = new Dedupe(List.of(
                new Dedupe.Known("j1", "gh:a", "1", null, "Engineer", "Acme", null),
                new Dedupe.Known("j2", "manual", null, "https://x.example/p", "Designer", "Zeta", null),
                new Dedupe.Known("j3", "manual", null, null, "Product Manager", "Omega Inc.", null)), CLOCK);
        assertThat(dedupe.add(posting("gh:a", "1", "Engineer", "Acme", null, null, ""))).isEqualTo(Dedupe.Outcome.ALREADY_KNOWN);
        assertThat(dedupe.add(posting("rss:b", "9", "Other", "Q", "https://x.example/p#top", null, ""))).isEqualTo(Dedupe.Outcome.ALREADY_KNOWN);
        assertThat(dedupe.add(posting("rss:b", "8", "Product manager", "OMEGA", null, null, ""))).isEqualTo(Dedupe.Outcome.ALREADY_KNOWN);
        assertThat(dedupe.kept()).isEmpty();
    }

    @Test
    void a_repost_of_a_job_applied_to_recently_is_kept_and_marked() {
        Dedupe dedupe = new Dedupe(List.of(
                new Dedupe.Known("recent", "gh:a", "1", null, "Engineer", "Acme", Instant.parse("2026-07-10T00:00:00Z")),
                new Dedupe.Known("old", "gh:a", "2", null, "Designer", "Acme", Instant.parse("2026-05-01T00:00:00Z"))), CLOCK);
        dedupe.add(posting("gh:a", "11", "Engineer", "Acme", null, null, ""));
        dedupe.add(posting("gh:a", "12", "Designer", "Acme", null, null, ""));
        assertThat(dedupe.kept()).extracting(Dedupe.Kept::previouslyAppliedJobId).containsExactly("recent", null);
    }
}
