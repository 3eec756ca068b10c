package io.jobwright.settings;

import io.jobwright.config.Config;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One typed setting: its key, value type, built-in default and whether it is a secret, plus how its value is checked
 * ({@link ValueType}) and, for the LLM connection, which environment value ({@link Config.LlmConfig}) replaces the
 * built-in default. The constants below are the whole registry; {@link #all()} lists them.
 *
 * @param configDefault reads the environment's default for this setting, or returns {@code null} when there is none
 */
public record Setting<T>(String key, Class<T> type, T defaultValue, boolean secret, ValueType<T> valueType,
        Function<Config.LlmConfig, String> configDefault) {

    /** The LLM providers Jobwright can talk to; {@code offline} needs none. */
    public static final List<String> LLM_PROVIDERS = List.of(
            "openai_compatible", "openai", "openrouter", "ollama", "lmstudio", "vllm", "llamacpp", "anthropic", "gemini",
            "offline");

    public static final Setting<String> LLM_PROVIDER =
            choice("llmProvider", "offline", LLM_PROVIDERS, Config.LlmConfig::provider);
    public static final Setting<String> LLM_BASE_URL = url("llmBaseUrl", null, Config.LlmConfig::baseUrl);
    public static final Setting<String> MODEL =
            new Setting<>("model", String.class, null, false, new ValueType.Text(200), Config.LlmConfig::model);
    public static final Setting<String> LLM_API_KEY = secret("llmApiKey", Config.LlmConfig::apiKey);
    public static final Setting<String> PIPELINE_WEBHOOK_URL = url("pipelineWebhookUrl", null, none());
    public static final Setting<String> JOB_COMPLETE_WEBHOOK_URL = url("jobCompleteWebhookUrl", null, none());
    public static final Setting<String> WEBHOOK_SECRET = secret("webhookSecret", none());
    public static final Setting<String> RXRESUME_URL = url("rxresumeUrl", "https://rxresu.me", none());
    public static final Setting<String> RXRESUME_API_KEY = secret("rxresumeApiKey", none());
    public static final Setting<Boolean> AUTO_TAILOR_ON_MANUAL_IMPORT =
            new Setting<>("autoTailorOnManualImport", Boolean.class, Boolean.TRUE, false, new ValueType.Flag(), none());
    public static final Setting<Integer> RESUME_MAX_PROJECTS =
            new Setting<>("resumeMaxProjects", Integer.class, 3, false, new ValueType.WholeNumber(0, 100), none());
    public static final Setting<List<String>> RESUME_LOCKED_PROJECT_IDS = list("resumeLockedProjectIds", 100);
    /** Projects the AI may pick from besides the locked ones; empty means every project. */
    public static final Setting<List<String>> RESUME_AI_SELECTABLE_PROJECT_IDS =
            list("resumeAiSelectableProjectIds", 100);
    public static final Setting<List<String>> SEARCH_TERMS = list("searchTerms", 100);
    public static final Setting<List<String>> BLOCKED_COMPANY_KEYWORDS = list("blockedCompanyKeywords", 200);
    public static final Setting<String> PDF_PAGE_FORMAT =
            choice("pdfPageFormat", "auto", List.of("auto", "a4", "letter"), none());
    /** The resume theme of generated PDFs; ids as {@code GET /api/resume/themes} lists them. */
    public static final Setting<String> PDF_THEME =
            choice("pdfTheme", "classic", List.of("classic", "compact", "modern"), none());
    /** The language of a PDF's section headings; {@code auto} follows the resume's language, else English. */
    public static final Setting<String> PDF_LANGUAGE =
            choice("pdfLanguage", "auto", List.of("auto", "en", "de", "fr", "es"), none());

    /**
     * Who prints generated PDFs: {@code local} (the themes above, on this machine) or {@code rxresume} (the Reactive
     * Resume server of {@code rxresumeUrl}, with {@code rxresumeApiKey}).
     */
    public static final Setting<String> PDF_RENDERER =
            choice("pdfRenderer", "local", List.of("local", "rxresume"), none());

    // Scoring (issue 4): JobOps' names where JobOps has the setting, plus the offline engine's preferences.
    public static final Setting<Boolean> PENALIZE_MISSING_SALARY =
            new Setting<>("penalizeMissingSalary", Boolean.class, Boolean.FALSE, false, new ValueType.Flag(), none());
    public static final Setting<Integer> MISSING_SALARY_PENALTY =
            new Setting<>("missingSalaryPenalty", Integer.class, 10, false, new ValueType.WholeNumber(0, 100), none());
    /** Jobs scoring below this are skipped automatically when scored in a run; null turns it off. */
    public static final Setting<Integer> AUTO_SKIP_SCORE_THRESHOLD =
            new Setting<>("autoSkipScoreThreshold", Integer.class, null, false, new ValueType.WholeNumber(0, 100), none());
    public static final Setting<String> SCORING_INSTRUCTIONS =
            new Setting<>("scoringInstructions", String.class, null, false, new ValueType.Text(4000), none());
    public static final Setting<List<String>> BLOCKED_KEYWORDS = list("blockedKeywords", 200);
    public static final Setting<List<String>> PREFERRED_LOCATIONS = list("preferredLocations", 50);
    public static final Setting<String> PREFERRED_WORKPLACE =
            choice("preferredWorkplace", "any", List.of("any", "remote", "hybrid", "onsite"), none());
    public static final Setting<Integer> MINIMUM_SALARY =
            new Setting<>("minimumSalary", Integer.class, null, false, new ValueType.WholeNumber(0, 100_000_000), none());

    // LLM connection per purpose, call limits, prompt templates and writing style (issue 4).
    /** The purposes an LLM connection can be overridden for. */
    public static final List<String> LLM_PURPOSES = List.of("scoring", "tailoring", "projectSelection", "ghostwriter");
    /** The placeholders a scoring prompt template may use. */
    public static final List<String> SCORING_PLACEHOLDERS = List.of("profileJson", "jobTitle", "employer", "location",
            "salary", "jobDescription", "scoringInstructionsText");
    /** The placeholders a tailoring prompt template may use. */
    public static final List<String> TAILORING_PLACEHOLDERS = List.of("jobDescription", "jobTitle", "employer",
            "profileJson", "outputLanguage", "tone", "formality", "summaryMaxWordsLine", "maxKeywordsPerSkillLine",
            "constraintsBullet", "avoidTermsBullet");
    public static final Setting<Map<String, Map<String, String>>> LLM_PURPOSE_OVERRIDES = new Setting<>(
            "llmPurposeOverrides", ValueType.PurposeOverrides.TYPE, Map.of(), false,
            new ValueType.PurposeOverrides(LLM_PURPOSES, LLM_PROVIDERS), none());
    public static final Setting<Integer> LLM_MAX_CONCURRENCY =
            new Setting<>("llmMaxConcurrency", Integer.class, 8, false, new ValueType.WholeNumber(1, 64), none());
    public static final Setting<Integer> LLM_TIMEOUT_SECONDS =
            new Setting<>("llmTimeoutSeconds", Integer.class, 60, false, new ValueType.WholeNumber(1, 600), none());
    public static final Setting<Integer> LLM_MAX_RETRIES =
            new Setting<>("llmMaxRetries", Integer.class, 2, false, new ValueType.WholeNumber(0, 5), none());
    public static final Setting<String> SCORING_PROMPT_TEMPLATE = new Setting<>("scoringPromptTemplate",
            String.class, null, false, new ValueType.Template(SCORING_PLACEHOLDERS, List.of("profileJson")), none());
    public static final Setting<String> TAILORING_PROMPT_TEMPLATE = new Setting<>("tailoringPromptTemplate",
            String.class, null, false,
            new ValueType.Template(TAILORING_PLACEHOLDERS, List.of("profileJson", "jobDescription")), none());
    public static final Setting<String> WRITING_TONE = new Setting<>("chatStyleTone", String.class, "professional",
            false, new ValueType.Text(60), none());
    public static final Setting<String> WRITING_FORMALITY =
            choice("chatStyleFormality", "medium", List.of("low", "medium", "high"), none());
    public static final Setting<String> WRITING_CONSTRAINTS = new Setting<>("chatStyleConstraints", String.class,
            null, false, new ValueType.Text(2000), none());
    public static final Setting<List<String>> WRITING_DO_NOT_USE = list("chatStyleDoNotUse", 100);
    public static final Setting<Integer> WRITING_SUMMARY_MAX_WORDS = new Setting<>("chatStyleSummaryMaxWords",
            Integer.class, null, false, new ValueType.WholeNumber(10, 500), none());
    public static final Setting<Integer> WRITING_MAX_KEYWORDS_PER_SKILL = new Setting<>(
            "chatStyleMaxKeywordsPerSkill", Integer.class, null, false, new ValueType.WholeNumber(1, 50), none());
    public static final Setting<String> WRITING_LANGUAGE_MODE = choice("chatStyleLanguageMode", "manual",
            List.of("manual", "match-resume", "match-job-description"), none());
    public static final Setting<String> WRITING_MANUAL_LANGUAGE = choice("chatStyleManualLanguage", "english",
            List.of("english", "german", "french", "spanish", "dutch", "italian", "portuguese"), none());
    /** Whether the offline engine answers when the LLM fails (after its retries) instead of failing the call. */
    public static final Setting<Boolean> LLM_FALLBACK_TO_OFFLINE = new Setting<>("llmFallbackToOffline", Boolean.class,
            Boolean.FALSE, false, new ValueType.Flag(), none());
    private static final List<Setting<?>> AI_LLM = List.of(LLM_PURPOSE_OVERRIDES, LLM_FALLBACK_TO_OFFLINE, LLM_MAX_CONCURRENCY,
            LLM_TIMEOUT_SECONDS, LLM_MAX_RETRIES, SCORING_PROMPT_TEMPLATE, TAILORING_PROMPT_TEMPLATE, WRITING_TONE,
            WRITING_FORMALITY, WRITING_CONSTRAINTS, WRITING_DO_NOT_USE, WRITING_SUMMARY_MAX_WORDS,
            WRITING_MAX_KEYWORDS_PER_SKILL, WRITING_LANGUAGE_MODE, WRITING_MANUAL_LANGUAGE);

    private static final List<Setting<?>> ALL = Stream.concat(Stream.<Setting<?>>of(LLM_PROVIDER, LLM_BASE_URL,
            MODEL, LLM_API_KEY,
            PIPELINE_WEBHOOK_URL, JOB_COMPLETE_WEBHOOK_URL, WEBHOOK_SECRET, RXRESUME_URL, RXRESUME_API_KEY,
            AUTO_TAILOR_ON_MANUAL_IMPORT, RESUME_MAX_PROJECTS, RESUME_LOCKED_PROJECT_IDS, RESUME_AI_SELECTABLE_PROJECT_IDS,
            SEARCH_TERMS, BLOCKED_COMPANY_KEYWORDS, PDF_PAGE_FORMAT, PDF_THEME, PDF_LANGUAGE, PDF_RENDERER,
            PENALIZE_MISSING_SALARY, MISSING_SALARY_PENALTY, AUTO_SKIP_SCORE_THRESHOLD, SCORING_INSTRUCTIONS,
            BLOCKED_KEYWORDS, PREFERRED_LOCATIONS, PREFERRED_WORKPLACE, MINIMUM_SALARY),
            AI_LLM.stream()).toList();
    private static final Map<String, Setting<?>> BY_KEY =
            ALL.stream().collect(Collectors.toUnmodifiableMap(Setting::key, Function.identity()));

    /** Every setting, in the order the API lists them. */
    public static List<Setting<?>> all() {
        return ALL;
    }

    /** The setting with this key. */
    public static Optional<Setting<?>> byKey(String key) {
        return Optional.ofNullable(BY_KEY.get(key));
    }

    private static Setting<String> choice(String key, String defaultValue, List<String> allowed,
            Function<Config.LlmConfig, String> configDefault) {
        return new Setting<>(key, String.class, defaultValue, false, new ValueType.Choice(allowed), configDefault);
    }

    private static Setting<String> url(String key, String defaultValue, Function<Config.LlmConfig, String> configDefault) {
        return new Setting<>(key, String.class, defaultValue, false, new ValueType.WebUrl(), configDefault);
    }

    private static Setting<String> secret(String key, Function<Config.LlmConfig, String> configDefault) {
        return new Setting<>(key, String.class, null, true, new ValueType.Text(4000), configDefault);
    }

    @SuppressWarnings("unchecked")
    private static Setting<List<String>> list(String key, int maxItems) {
        Class<List<String>> type = (Class<List<String>>) (Class<?>) List.class;
        return new Setting<>(key, type, List.of(), false, new ValueType.TextList(maxItems), none());
    }

    private static Function<Config.LlmConfig, String> none() {
        return llm -> null;
    }
}
