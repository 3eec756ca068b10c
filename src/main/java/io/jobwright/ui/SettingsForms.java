package io.jobwright.ui;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.jobwright.error.InvalidRequest;
import io.jobwright.settings.Setting;
import io.jobwright.settings.SettingsPatch;
import io.jobwright.ui.SettingsField.Kind;
import io.jobwright.web.Json;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The settings forms: each group is a list of {@link SettingsField}s saved together. This class fills a {@link Form}
 * from the stored settings and turns a submitted form into one settings change (all or nothing).
 */
final class SettingsForms {

    /** Where each group's form lives ({@code /settings/<section>}) and what it holds. */
    record Group(String name, String section, List<SettingsField> fields) {
    }

    static final Group RENDER = new Group("render", "resume", List.of(
            SettingsField.choice(Setting.PDF_THEME, "Theme", "How generated PDFs look.",
                    "classic|Classic", "compact|Compact", "modern|Modern"),
            SettingsField.choice(Setting.PDF_PAGE_FORMAT, "Page size",
                    "Automatic uses Letter for a resume located in the US or Canada, A4 elsewhere.",
                    "auto|Automatic", "a4|A4", "letter|Letter"),
            SettingsField.choice(Setting.PDF_LANGUAGE, "Heading language", null,
                    "auto|Automatic", "en|English", "de|German", "fr|French", "es|Spanish")));

    static final Group LLM = new Group("llm", "ai", List.of(
            new SettingsField(Setting.LLM_PROVIDER.key(), "Provider", Kind.CHOICE,
                    "Offline needs no connection: scoring and tailoring run on this machine.",
                    Setting.LLM_PROVIDERS.stream().map(p -> p + "|" + providerLabel(p)).toList()),
            SettingsField.of(Setting.LLM_BASE_URL, "Base URL", Kind.URL,
                    "Only for self-hosted or compatible servers, e.g. http://localhost:11434/v1. Blank uses the provider's own."),
            SettingsField.of(Setting.MODEL, "Model", Kind.TEXT, "For example gpt-4o-mini or llama3.1."),
            SettingsField.of(Setting.LLM_API_KEY, "API key", Kind.SECRET, "Stored encrypted on this machine; never shown again."),
            SettingsField.of(Setting.LLM_FALLBACK_TO_OFFLINE, "Use the offline engine when the model fails", Kind.FLAG, null),
            SettingsField.of(Setting.LLM_MAX_CONCURRENCY, "Calls at once", Kind.NUMBER, "1–64."),
            SettingsField.of(Setting.LLM_TIMEOUT_SECONDS, "Timeout per attempt (seconds)", Kind.NUMBER, "1–600."),
            SettingsField.of(Setting.LLM_MAX_RETRIES, "Retries", Kind.NUMBER, "0–5.")));

    static final Group SCORING = new Group("scoring", "scoring", List.of(
            SettingsField.of(Setting.AUTO_SKIP_SCORE_THRESHOLD, "Auto-skip below score", Kind.NUMBER,
                    "Runs skip discovered jobs scoring below this (0–100). Blank turns it off."),
            SettingsField.of(Setting.PENALIZE_MISSING_SALARY, "Penalise postings without a salary", Kind.FLAG, null),
            SettingsField.of(Setting.MISSING_SALARY_PENALTY, "Missing-salary penalty (points)", Kind.NUMBER, "0–100."),
            SettingsField.of(Setting.BLOCKED_KEYWORDS, "Blocked keywords", Kind.LIST,
                    "One per line; each one a posting mentions costs 30 points."),
            SettingsField.of(Setting.BLOCKED_COMPANY_KEYWORDS, "Blocked companies", Kind.LIST,
                    "One per line; a matching employer scores 0 and runs drop it."),
            SettingsField.of(Setting.SCORING_INSTRUCTIONS, "Scoring instructions", Kind.LONG_TEXT,
                    "Plain wishes such as \"remote only\", \"prefer Kotlin\", \"no on-call\"."),
            SettingsField.of(Setting.SEARCH_TERMS, "Search terms", Kind.LIST, "Job titles runs look for, one per line."),
            SettingsField.of(Setting.PREFERRED_LOCATIONS, "Preferred locations", Kind.LIST, "One per line."),
            SettingsField.choice(Setting.PREFERRED_WORKPLACE, "Workplace", null,
                    "any|Any", "remote|Remote", "hybrid|Hybrid", "onsite|On-site"),
            SettingsField.of(Setting.MINIMUM_SALARY, "Minimum yearly salary", Kind.NUMBER,
                    "In the posting's currency. Blank: no minimum.")));

    static final Group STYLE = new Group("style", "writing", List.of(
            SettingsField.of(Setting.WRITING_TONE, "Tone", Kind.TEXT, "For example professional, warm, direct."),
            SettingsField.choice(Setting.WRITING_FORMALITY, "Formality", null, "low|Low", "medium|Medium", "high|High"),
            SettingsField.of(Setting.WRITING_CONSTRAINTS, "Constraints", Kind.LONG_TEXT,
                    "Rules for every text, e.g. \"British spelling\"."),
            SettingsField.of(Setting.WRITING_DO_NOT_USE, "Never use these words", Kind.LIST, "One per line."),
            SettingsField.of(Setting.WRITING_SUMMARY_MAX_WORDS, "Summary length (words)", Kind.NUMBER, "10–500. Blank: no limit."),
            SettingsField.of(Setting.WRITING_MAX_KEYWORDS_PER_SKILL, "Keywords per skill group", Kind.NUMBER,
                    "1–50. Blank: no limit."),
            SettingsField.choice(Setting.WRITING_LANGUAGE_MODE, "Language", null, "manual|Always the language below",
                    "match-resume|The resume's language", "match-job-description|The posting's language"),
            SettingsField.choice(Setting.WRITING_MANUAL_LANGUAGE, "Language for \"always\"", null, "english|English",
                    "german|German", "french|French", "spanish|Spanish", "dutch|Dutch", "italian|Italian",
                    "portuguese|Portuguese")));

    static final Group SCORING_PROMPT = new Group("scoringPrompt", "writing", List.of(
            SettingsField.of(Setting.SCORING_PROMPT_TEMPLATE, "Scoring prompt", Kind.LONG_TEXT,
                    "Placeholders: " + placeholders(Setting.SCORING_PLACEHOLDERS) + ". {{profileJson}} is required.")));

    static final Group TAILORING_PROMPT = new Group("tailoringPrompt", "writing", List.of(
            SettingsField.of(Setting.TAILORING_PROMPT_TEMPLATE, "Tailoring prompt", Kind.LONG_TEXT,
                    "Placeholders: " + placeholders(Setting.TAILORING_PLACEHOLDERS)
                            + ". {{profileJson}} and {{jobDescription}} are required.")));

    static final List<Group> GROUPS = List.of(RENDER, LLM, SCORING, STYLE, SCORING_PROMPT, TAILORING_PROMPT);

    private SettingsForms() {
    }

    static Optional<Group> group(String name) {
        return GROUPS.stream().filter(g -> g.name().equals(name)).findFirst();
    }

    /** Fills {@code form} with the stored values (lists one per line; for a secret, its hint in {@code <key>Hint}). */
    static Form prefill(Form form, Map<String, Object> view) {
        view.forEach((key, entry) -> {
            if (entry instanceof Map<?, ?> setting) {
                Object value = setting.get("value");
                if (value instanceof List<?> items) {
                    form.value(key, String.join("\n", items.stream().map(String::valueOf).toList()));
                } else if (value != null) {
                    form.value(key, String.valueOf(value));
                }
                Object fallback = setting.get("default");
                if (fallback != null && !(fallback instanceof List<?>) && !(fallback instanceof Map<?, ?>)) {
                    form.value(key + "Default", String.valueOf(fallback));
                }
            } else if (key.endsWith("Hint") && entry != null) {
                form.value(key, String.valueOf(entry));
            }
        });
        return form;
    }

    /**
     * Reads the group's fields from the submitted form into {@code form} (what the user typed) and a settings change.
     *
     * @throws InvalidRequest naming the field whose text is not a number
     */
    static SettingsPatch read(Context ctx, Group group, Form form) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        InvalidRequest firstError = null;
        for (SettingsField field : group.fields()) {
            String key = field.key();
            String raw = ctx.formParam(key);
            String value = raw == null ? "" : raw.strip();
            switch (field.kind()) {
                case SECRET -> {
                    if ("on".equals(ctx.formParam(key + "Remove"))) {
                        body.putNull(key);
                    } else if (!value.isEmpty()) {
                        body.put(key, value);
                    }
                }
                case FLAG -> {
                    form.value(key, String.valueOf(raw != null));
                    body.put(key, raw != null);
                }
                case LIST -> {
                    form.value(key, raw);
                    ArrayNode items = body.putArray(key);
                    for (String item : value.split("[\\n,]")) {
                        if (!item.isBlank()) {
                            items.add(item.strip());
                        }
                    }
                }
                case NUMBER -> {
                    form.value(key, raw);
                    if (value.isEmpty()) {
                        body.putNull(key);
                    } else {
                        try {
                            body.put(key, Integer.parseInt(value));
                        } catch (NumberFormatException e) {
                            if (firstError == null) {
                                firstError = InvalidRequest.field(key, "enter a whole number, like 10");
                            }
                        }
                    }
                }
                default -> {
                    form.value(key, raw);
                    if (value.isEmpty()) {
                        body.putNull(key);
                    } else {
                        body.put(key, field.kind() == Kind.LONG_TEXT ? raw.replace("\r\n", "\n").strip() : value);
                    }
                }
            }
        }
        if (firstError != null) {
            throw firstError;
        }
        return SettingsPatch.parse(body);
    }

    private static String placeholders(List<String> names) {
        return String.join(", ", names.stream().map(n -> "{{" + n + "}}").toList());
    }

    static String providerLabel(String provider) {
        return switch (provider) {
            case "offline" -> "None — offline engine";
            case "openai_compatible" -> "OpenAI-compatible server";
            case "openai" -> "OpenAI";
            case "openrouter" -> "OpenRouter";
            case "ollama" -> "Ollama";
            case "lmstudio" -> "LM Studio";
            case "vllm" -> "vLLM";
            case "llamacpp" -> "llama.cpp";
            case "anthropic" -> "Anthropic";
            case "gemini" -> "Google Gemini";
            default -> provider;
        };
    }
}
