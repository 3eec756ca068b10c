package io.jobwright.ai.llm;

import io.jobwright.ai.JobPosting;
import io.jobwright.ai.Scorer;
import io.jobwright.ai.Scorer.Score;
import io.jobwright.ai.ScoringPreferences;
import io.jobwright.ai.Tailor;
import io.jobwright.ai.Tailor.ProjectChoice;
import io.jobwright.ai.WritingStyle;
import io.jobwright.error.JobwrightException;
import io.jobwright.resume.Resume;
import io.jobwright.resume.ResumeProject;
import io.jobwright.settings.Setting;
import io.jobwright.settings.SettingsService;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses the engine on every call: the LLM when one is configured for the purpose, else the offline engine. With
 * {@code llmFallbackToOffline} on, a failed LLM call is answered by the offline engine instead of an error. The
 * tailor also takes the writing style from the {@code chatStyle*} settings and limits project picks to
 * {@code resumeAiSelectableProjectIds} when that list is set.
 */
public final class EngineChoice {

    private static final Logger LOG = LoggerFactory.getLogger(EngineChoice.class);

    private final LlmConnections connections;
    private final SettingsService settings;
    private final LlmScorer llmScorer;
    private final LlmTailor llmTailor;
    private final Scorer offlineScorer;
    private final Tailor offlineTailor;

    public EngineChoice(LlmClient client, SettingsService settings, Scorer offlineScorer, Tailor offlineTailor) {
        PromptTemplates templates = new PromptTemplates(settings);
        this.connections = client.connections();
        this.settings = settings;
        this.llmScorer = new LlmScorer(client, templates);
        this.llmTailor = new LlmTailor(client, templates);
        this.offlineScorer = offlineScorer;
        this.offlineTailor = offlineTailor;
    }

    /** The scorer the job workflow uses. */
    public Scorer scorer() {
        return (profile, job, preferences) -> {
            if (!connections.configured(Purpose.SCORING)) {
                return offlineScorer.score(profile, job, preferences);
            }
            try {
                return llmScorer.score(profile, job, preferences);
            } catch (JobwrightException e) {
                return fallback(e, () -> {
                    Score offline = offlineScorer.score(profile, job, preferences);
                    return offline.adjusted(offline.value(), offline.reason()
                            + " (Scored offline because the LLM failed: " + e.getMessage() + ")");
                });
            }
        };
    }

    /** The tailor the job workflow uses. */
    public Tailor tailor() {
        return new Tailor() {
            @Override
            public Proposal propose(Resume base, JobPosting job, WritingStyle ignored) {
                WritingStyle style = writingStyle(settings);
                if (!connections.configured(Purpose.TAILORING)) {
                    return offlineTailor.propose(base, job, style);
                }
                try {
                    return llmTailor.propose(base, job, style);
                } catch (JobwrightException e) {
                    return fallback(e, () -> offlineTailor.propose(base, job, style));
                }
            }

            @Override
            public List<String> pickProjects(Resume base, JobPosting job, ProjectChoice choice) {
                ProjectChoice selectable = selectable(choice);
                if (!connections.configured(Purpose.PROJECT_SELECTION)) {
                    return offlineTailor.pickProjects(base, job, selectable);
                }
                try {
                    return llmTailor.pickProjects(base, job, selectable);
                } catch (JobwrightException e) {
                    return fallback(e, () -> offlineTailor.pickProjects(base, job, selectable));
                }
            }
        };
    }

    /** The writing style the {@code chatStyle*} settings describe. */
    public static WritingStyle writingStyle(SettingsService settings) {
        String language = switch (settings.get(Setting.WRITING_LANGUAGE_MODE)) {
            case "match-resume" -> "match-resume";
            case "match-job-description" -> "match-job";
            default -> LANGUAGE_CODES.getOrDefault(settings.get(Setting.WRITING_MANUAL_LANGUAGE), "en");
        };
        Integer maxWords = settings.get(Setting.WRITING_SUMMARY_MAX_WORDS);
        Integer maxKeywords = settings.get(Setting.WRITING_MAX_KEYWORDS_PER_SKILL);
        String constraints = settings.get(Setting.WRITING_CONSTRAINTS);
        return new WritingStyle(settings.get(Setting.WRITING_TONE), settings.get(Setting.WRITING_FORMALITY),
                constraints == null ? "" : constraints, settings.get(Setting.WRITING_DO_NOT_USE),
                maxWords == null ? 0 : maxWords, maxKeywords == null ? 0 : maxKeywords, language);
    }

    private static final Map<String, String> LANGUAGE_CODES = Map.of("english", "en", "german", "de", "french", "fr",
            "spanish", "es", "dutch", "nl", "italian", "it", "portuguese", "pt");

    private ProjectChoice selectable(ProjectChoice choice) {
        List<String> allowed = settings.get(Setting.RESUME_AI_SELECTABLE_PROJECT_IDS);
        if (allowed.isEmpty()) {
            return choice;
        }
        List<ResumeProject> candidates = choice.candidates().stream().filter(p -> allowed.contains(p.id())).toList();
        return new ProjectChoice(candidates, choice.slots());
    }

    private <T> T fallback(JobwrightException failure, java.util.function.Supplier<T> offline) {
        if (!settings.get(Setting.LLM_FALLBACK_TO_OFFLINE)) {
            throw failure;
        }
        LOG.warn("The LLM failed ({}); the offline engine answers instead", failure.getMessage());
        return offline.get();
    }
}
