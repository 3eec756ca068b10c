package io.jobwright.ai.llm;

import static io.jobwright.ai.llm.FakeLlmServer.openAi;
import static io.jobwright.ai.llm.FakeLlmServer.openAiError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jobwright.ai.JobPosting;
import io.jobwright.ai.ScoringPreferences;
import io.jobwright.ai.Tailor;
import io.jobwright.ai.WritingStyle;
import io.jobwright.ai.offline.Embeddings;
import io.jobwright.ai.offline.OfflineScorer;
import io.jobwright.ai.offline.OfflineTailor;
import io.jobwright.error.Upstream;
import io.jobwright.resume.Resume;
import io.jobwright.resume.ResumeFixtures;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineChoiceTest {

    private static final String SCORE = """
            {"score": 64, "reason": "Partial match.", "jobBrief": {"role_summary": "r", "they_want": [],
             "specifics": [], "company_offers": [], "practical_details": [], "missing_or_unclear": [],
             "repeated_signals": []}}""";
    private static final JobPosting JOB = JobPosting.of("Backend Engineer", "Freightly",
            "Java and Kafka services for routing.");
    private static Embeddings embeddings;

    @TempDir
    Path dataDir;
    private LlmTestKit kit;
    private EngineChoice engines;
    private final Resume alex = ResumeFixtures.resume(ResumeFixtures.ALEX);

    @BeforeAll
    static void loadModel() {
        embeddings = new Embeddings();
    }

    @BeforeEach
    void open() {
        kit = new LlmTestKit(dataDir);
        engines = new EngineChoice(kit.client, kit.settings, new OfflineScorer(embeddings, Clock.systemUTC()),
                new OfflineTailor(embeddings));
    }

    @AfterEach
    void close() {
        kit.close();
    }

    @Test
    void without_an_llm_the_offline_engine_answers_and_nothing_is_sent() {
        kit.set(Map.of("llmProvider", "offline"));

        assertThat(engines.scorer().score(alex, JOB, ScoringPreferences.NONE).engine()).isEqualTo("offline");
        assertThat(engines.tailor().propose(alex, JOB, WritingStyle.DEFAULT).engine()).isEqualTo("offline");
        assertThat(kit.fake.received()).isEmpty();
    }

    @Test
    void with_an_llm_configured_it_answers() {
        kit.fake.then(openAi(SCORE));

        assertThat(engines.scorer().score(alex, JOB, ScoringPreferences.NONE).engine())
                .isEqualTo("llm:openai_compatible/gpt-test");
    }

    @Test
    void a_failing_llm_is_an_error_unless_the_offline_fallback_is_allowed() {
        kit.fake.otherwise(r -> openAiError(503, "overloaded", "server_error", null));
        kit.set(Map.of("llmMaxRetries", 0));

        assertThatThrownBy(() -> engines.scorer().score(alex, JOB, ScoringPreferences.NONE))
                .isInstanceOf(Upstream.class).hasMessageContaining("server error (503)");

        kit.set(Map.of("llmFallbackToOffline", true));
        var score = engines.scorer().score(alex, JOB, ScoringPreferences.NONE);
        assertThat(score.engine()).isEqualTo("offline");
        assertThat(score.reason()).contains("Scored offline because the LLM failed", "server error (503)");
    }

    @Test
    void the_writing_style_comes_from_the_settings() {
        kit.set(Map.of("chatStyleTone", "warm", "chatStyleDoNotUse", List.of("passionate"),
                "chatStyleLanguageMode", "manual", "chatStyleManualLanguage", "dutch"));
        kit.fake.then(openAi("{\"headline\": \"h\", \"summary\": \"s\", \"skills\": [], \"bulletRewrites\": []}"));

        engines.tailor().propose(alex, JOB, WritingStyle.DEFAULT);

        assertThat(kit.prompt(0)).contains("tone warm", "passionate", "Write, in Dutch:");
    }

    @Test
    void only_ai_selectable_projects_can_be_picked_when_that_list_is_set() {
        kit.set(Map.of("llmProvider", "offline"));
        var projects = alex.projects();
        kit.set(Map.of("resumeAiSelectableProjectIds", List.of(projects.get(2).id())));

        List<String> picked = engines.tailor().pickProjects(alex, JOB, new Tailor.ProjectChoice(projects, 3));

        assertThat(picked).containsExactly(projects.get(2).id());
    }
}
