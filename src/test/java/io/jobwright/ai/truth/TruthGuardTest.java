package io.jobwright.ai.truth;

import static org.assertj.core.api.Assertions.assertThat;

import io.jobwright.ai.JobPosting;
import io.jobwright.ai.Tailor;
import io.jobwright.ai.WritingStyle;
import io.jobwright.resume.JsonResumeImporter;
import io.jobwright.resume.Resume;
import io.jobwright.resume.SkillGroup;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TruthGuardTest {

    private static final JobPosting JOB = JobPosting.of("Staff Database Engineer", "Turbopuffer",
            "We want a Staff Database Engineer. Must have: Rust, Java, Go (Golang), Snowflake, Scala. "
                    + "Experience with indexing and PostgreSQL is a plus.");
    private static final WritingStyle STYLE = new WritingStyle("professional", "medium", "", List.of("synergy"), 0, 0,
            "match-resume");

    /** The fixture's positions run from January 2018 to now without a gap: about 8.9 years on this day. */
    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-12-01T12:00:00Z"), ZoneOffset.UTC);

    private final TruthGuard guard = new TruthGuard(TODAY);
    private Resume base;

    @BeforeEach
    void readResume() throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("ai/ranking-resume.json")) {
            base = JsonResumeImporter.parse(in.readAllBytes());
        }
    }

    private String bulletId(int work, int highlight) {
        return base.work().get(work).highlights().get(highlight).id();
    }

    private Tailor.Proposal adversarial() {
        Tailor.Proposal lie = new AdversarialTailor().propose(base, JOB, STYLE);
        // The fake addresses bullets by readable names; map them onto the ids the importer gave the fixture.
        Map<String, String> bullets = new java.util.LinkedHashMap<>();
        lie.bulletRewrites().forEach((k, v) -> bullets.put(switch (k) {
            case "work-searchly-h1" -> bulletId(0, 0);
            case "work-searchly-h2" -> bulletId(0, 1);
            case "work-ledgerworks-h1" -> bulletId(1, 0);
            default -> k;
        }, v));
        return new Tailor.Proposal(lie.headline(), lie.summary(), lie.skills(), bullets, lie.engine());
    }

    @Test
    void a_headline_copied_from_the_job_title_is_replaced_by_the_users_own() {
        TruthGuard.Verdict verdict = guard.verify(base, JOB, adversarial(), STYLE);

        assertThat(verdict.kept().headline()).isEqualTo("Senior Backend Engineer");
        assertThat(verdict.findings()).anySatisfy(f -> {
            assertThat(f.field()).isEqualTo("headline");
            assertThat(f.text()).isEqualTo("Staff Database Engineer");
            assertThat(f.action()).isEqualTo("replaced");
        });
    }

    @Test
    void fabricated_employers_degrees_schools_certifications_numbers_and_banned_terms_leave_the_summary() {
        String summary = guard.verify(base, JOB, adversarial(), STYLE).kept().summary();

        assertThat(summary).isEqualTo("Senior Backend Engineer who builds search and storage systems in Java and Rust. "
                + "Enjoys profiling hot paths and designing indexes.");
        assertThat(summary).doesNotContain("Google", "PhD", "Stanford", "Certified", "Golang", "synergy", "80%", "12");
    }

    @Test
    void every_removal_is_reported_with_its_kind() {
        List<Finding> findings = guard.verify(base, JOB, adversarial(), STYLE).findings();

        assertThat(findings).extracting(Finding::kind).contains("headline", "employer", "degree", "certification",
                "doNotUse", "number", "skill", "unknownBullet");
        assertThat(findings).allSatisfy(f -> assertThat(f.reason()).isNotBlank());
    }

    @Test
    void skills_the_profile_lacks_are_removed_even_when_the_job_asks_for_them() {
        List<SkillGroup> skills = guard.verify(base, JOB, adversarial(), STYLE).kept().skills();

        assertThat(skills).containsExactly(
                new SkillGroup("Languages", List.of("Rust", "Java")),
                new SkillGroup("Data", List.of("PostgreSQL", "postgres", "Indexing")));
    }

    @Test
    void a_skill_named_word_for_word_in_both_the_job_and_the_resume_text_may_stay() {
        Tailor.Proposal proposal = new Tailor.Proposal(null, null,
                List.of(new SkillGroup("Practices", List.of("profiling"))), Map.of(), "test");

        TruthGuard.Verdict verdict = guard.verify(base, JobPosting.of("Engineer", "X", "You enjoy profiling."), proposal, STYLE);

        assertThat(verdict.kept().skills()).containsExactly(new SkillGroup("Practices", List.of("profiling")));
        assertThat(verdict.findings()).isEmpty();
    }

    @Test
    void reworded_bullets_keep_their_numbers_or_fall_back_to_the_original() {
        TruthGuard.Verdict verdict = guard.verify(base, JOB, adversarial(), STYLE);

        assertThat(verdict.kept().bulletRewrites()).containsOnlyKeys(bulletId(0, 0));
        assertThat(verdict.kept().bulletRewrites().get(bulletId(0, 0)))
                .isEqualTo("Built a Rust inverted-index storage engine handling 40,000 queries per second");
        assertThat(verdict.findings()).anySatisfy(f -> {
            assertThat(f.field()).isEqualTo("bullets." + bulletId(0, 1));
            assertThat(f.kind()).isEqualTo("number");
            assertThat(f.reason()).contains("75");
        });
        assertThat(verdict.findings()).anySatisfy(f -> {
            assertThat(f.field()).isEqualTo("bullets." + bulletId(1, 0));
            assertThat(f.kind()).isEqualTo("employer");
            assertThat(f.reason()).contains("Amazon");
        });
    }

    private TruthGuard.Verdict summary(String summary) {
        return guard.verify(base, JOB, new Tailor.Proposal(null, summary, null, Map.of(), "test"), STYLE);
    }

    @Test
    void a_length_of_experience_the_resume_does_not_add_up_to_leaves_the_summary() {
        for (String inflated : List.of("Backend engineer with 12+ years of experience.",
                "Backend engineer with over a decade in search.", "Backend engineer with twelve years in search.",
                "Backend-Entwickler mit zehn Jahren Erfahrung.", "Ingénieur backend avec 15 ans d'expérience.",
                "Building search systems since 2012.")) {
            TruthGuard.Verdict verdict = summary(inflated + " I like profiling hot paths.");

            assertThat(verdict.kept().summary()).as(inflated).isEqualTo("I like profiling hot paths.");
            assertThat(verdict.findings()).as(inflated).singleElement().satisfies(f -> {
                assertThat(f.kind()).isEqualTo("experience");
                assertThat(f.reason()).contains("add up to about 8.9 years");
            });
        }
    }

    @Test
    void a_length_the_dates_add_up_to_or_the_resume_states_itself_stays() {
        String honest = "Backend engineer with 8+ years building search systems. "
                + "Seven years of them in Java and Rust, since 2018 in production.";
        // (Positions from January 2018: "since 2018" claims 8 years on 2026-12-01.)

        TruthGuard.Verdict verdict = summary(honest);

        assertThat(verdict.findings()).isEmpty();
        assertThat(verdict.kept().summary()).isEqualTo(honest);
    }

    @Test
    void the_months_and_days_of_dates_do_not_back_a_number() {
        // 2021-03 is a start date in the resume; "3" appears nowhere in its text.
        TruthGuard.Verdict verdict = summary("Led 3 search teams.");

        assertThat(verdict.findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo("number");
            assertThat(f.reason()).contains("the number 3");
        });
    }

    @Test
    void a_reworded_bullet_may_not_add_a_length_of_time_its_original_lacks() {
        String source = base.work().get(0).highlights().get(2).text();
        Map<String, String> rewrite = Map.of(bulletId(0, 2),
                "Designed the REST and gRPC APIs for full-text and vector search over five years");

        TruthGuard.Verdict verdict = guard.verify(base, JOB, new Tailor.Proposal(null, null, null, rewrite, "test"), STYLE);

        assertThat(verdict.kept().bulletRewrites()).isEmpty();
        assertThat(verdict.findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo("experience");
            assertThat(f.action()).isEqualTo("replaced");
            assertThat(f.reason()).contains("\"five years\"", "the original bullet does not say so");
        });
        assertThat(source).doesNotContain("five");
    }

    @Test
    void an_honest_proposal_passes_untouched() {
        Tailor.Proposal honest = new Tailor.Proposal("Software Engineer",
                "Backend engineer with seven years building storage and search systems in Java and Rust.",
                List.of(new SkillGroup("Data", List.of("Indexing", "PostgreSQL"))),
                Map.of(bulletId(0, 1), "Reduced p99 query latency by 35% via CPU profiling and SIMD-friendly data structures"),
                "test");

        TruthGuard.Verdict verdict = guard.verify(base, JOB, honest, STYLE);

        assertThat(verdict.findings()).isEmpty();
        assertThat(verdict.kept()).isEqualTo(honest);
    }

    @Test
    void the_users_own_edits_are_reported_but_not_changed() {
        Tailor.Proposal typed = new Tailor.Proposal("Staff Database Engineer", "I worked at Google.", null, Map.of(), "user");

        TruthGuard.Verdict verdict = guard.review(base, JOB, typed, STYLE);

        assertThat(verdict.kept()).isEqualTo(typed);
        assertThat(verdict.findings()).extracting(Finding::action).containsOnly("reported");
        assertThat(verdict.findings()).extracting(Finding::kind).contains("headline", "employer");
    }
}
