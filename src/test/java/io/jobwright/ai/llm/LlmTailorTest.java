package io.jobwright.ai.llm;

import static io.jobwright.ai.llm.FakeLlmServer.openAi;
import static org.assertj.core.api.Assertions.assertThat;

import io.jobwright.ai.JobPosting;
import io.jobwright.ai.Tailor;
import io.jobwright.ai.WritingStyle;
import io.jobwright.resume.Resume;
import io.jobwright.resume.ResumeFixtures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LlmTailorTest {

    private static final JobPosting JOB = JobPosting.of("Platform Engineer", "Freightly",
            "You will build streaming services with Kafka and Java for our routing platform.");
    private static final JobPosting GERMAN_JOB = JobPosting.of("Plattform-Ingenieur", "Frachtly",
            "Wir suchen eine Person, die mit uns die Plattform baut. Du arbeitest mit Kafka und Java in einem "
                    + "Team, das für die Zuverlässigkeit der Dienste sorgt und die Daten auf den Servern verwaltet.");

    @TempDir
    Path dataDir;
    private LlmTestKit kit;
    private LlmTailor tailor;
    private Resume alex;

    @BeforeEach
    void open() {
        kit = new LlmTestKit(dataDir);
        tailor = new LlmTailor(kit.client, new PromptTemplates(kit.settings));
        alex = ResumeFixtures.resume(ResumeFixtures.ALEX);
    }

    @AfterEach
    void close() {
        kit.close();
    }

    private String firstBulletId() {
        return alex.work().getFirst().highlights().getFirst().id();
    }

    @Test
    void returns_headline_summary_skills_and_rewrites_of_existing_bullets_only() {
        kit.fake.then(openAi("""
                {"headline": "**Senior** Backend Engineer", "summary": "Builds streaming systems in Java.",
                 "skills": [{"name": "Backend", "keywords": ["Kafka", "Java", "Go"]}],
                 "bulletRewrites": [{"id": "%s", "text": "Replaced a nightly batch with Kafka streams, cutting latency from 900 ms to 120 ms"},
                                    {"id": "invented-id", "text": "Founded a unicorn"}]}""".formatted(firstBulletId())));

        Tailor.Proposal proposal = tailor.propose(alex, JOB, WritingStyle.DEFAULT);

        assertThat(proposal.headline()).isEqualTo("Senior Backend Engineer");
        assertThat(proposal.summary()).isEqualTo("Builds streaming systems in Java.");
        assertThat(proposal.skills()).singleElement().satisfies(g ->
                assertThat(g.keywords()).containsExactly("Kafka", "Java", "Go"));
        assertThat(proposal.bulletRewrites()).containsOnlyKeys(firstBulletId());
        assertThat(proposal.engine()).isEqualTo("llm:openai_compatible/gpt-test");
    }

    @Test
    void enforces_the_word_and_keyword_limits_it_asked_for() {
        kit.fake.then(openAi("""
                {"headline": "Backend Engineer", "summary": "one two three four five six seven eight",
                 "skills": [{"name": "Backend", "keywords": ["a", "b", "c", "d"]}], "bulletRewrites": []}"""));
        WritingStyle style = new WritingStyle("direct", "high", "No first person.", List.of("synergy", "rockstar"),
                5, 2, "en");

        Tailor.Proposal proposal = tailor.propose(alex, JOB, style);

        assertThat(proposal.summary()).isEqualTo("one two three four five…");
        assertThat(proposal.skills().getFirst().keywords()).containsExactly("a", "b");
        String prompt = kit.prompt(0);
        assertThat(prompt).contains("tone direct, formality high", "- No first person.",
                "Never use these words or phrases: synergy, rockstar", "at most 5 words", "At most 2 keywords",
                "in English");
    }

    @Test
    void writes_in_the_job_descriptions_language_when_asked_to_match_it() {
        kit.fake.then(openAi("{\"headline\": \"x\", \"summary\": \"y\", \"skills\": [], \"bulletRewrites\": []}"));

        tailor.propose(alex, GERMAN_JOB, new WritingStyle(null, null, null, null, 0, 0, "match-job"));

        assertThat(kit.prompt(0)).contains("Write, in German:");
    }

    @Test
    void sends_bullet_ids_but_no_contact_details() {
        kit.fake.then(openAi("{\"headline\": \"x\", \"summary\": \"y\", \"skills\": [], \"bulletRewrites\": []}"));

        tailor.propose(alex, JOB, WritingStyle.DEFAULT);

        assertThat(kit.prompt(0)).contains(firstBulletId()).doesNotContain("alex.rivera@example.com", "Alex Rivera",
                "+49 30 1234567");
    }

    @Test
    void picks_only_listed_projects_up_to_the_slots() {
        var candidates = alex.projects();
        kit.fake.then(openAi("{\"selectedProjectIds\": [\"made-up\", \"" + candidates.get(1).id() + "\", \""
                + candidates.get(1).id() + "\", \"" + candidates.get(0).id() + "\", \"" + candidates.get(2).id() + "\"]}"));

        List<String> picked = tailor.pickProjects(alex, JOB, new Tailor.ProjectChoice(candidates, 2));

        assertThat(picked).containsExactly(candidates.get(1).id(), candidates.get(0).id());
        assertThat(kit.fake.received().getFirst().body().at("/response_format/json_schema/name").asText())
                .isEqualTo("project_selection");
    }

    @Test
    void no_slots_means_no_call() {
        assertThat(tailor.pickProjects(alex, JOB, new Tailor.ProjectChoice(alex.projects(), 0))).isEmpty();
        assertThat(kit.fake.received()).isEmpty();
    }
}
