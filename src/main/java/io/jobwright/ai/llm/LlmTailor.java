package io.jobwright.ai.llm;

import com.fasterxml.jackson.databind.JsonNode;
import io.jobwright.ai.JobPosting;
import io.jobwright.ai.Tailor;
import io.jobwright.ai.WritingStyle;
import io.jobwright.resume.Resume;
import io.jobwright.resume.ResumeProject;
import io.jobwright.resume.SkillGroup;
import io.jobwright.web.Json;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Tailors with the LLM configured for {@code tailoring} (projects: {@code projectSelection}): headline, summary, skill
 * groups and bullet rewrites keyed by existing bullet ids, written in the style and language the settings ask for.
 * Limits the prompt states are also enforced here (summary words, keywords per group, known bullet ids only), and
 * markdown bold is removed. TruthGuard checks the result afterwards like any engine's. Thread-safe.
 */
public final class LlmTailor implements Tailor {

    private static final String CONTRACT = """

            Answer with only a JSON object, no other text:
            {"headline": "<text>", "summary": "<text>",
             "skills": [{"name": "<group name from the resume>", "keywords": ["<keyword>", ...]}],
             "bulletRewrites": [{"id": "<an existing bullet id>", "text": "<reworded bullet>"}]}
            """;

    private final LlmClient client;
    private final PromptTemplates templates;

    public LlmTailor(LlmClient client, PromptTemplates templates) {
        this.client = client;
        this.templates = templates;
    }

    @Override
    public Proposal propose(Resume base, JobPosting job, WritingStyle style) {
        WritingStyle writing = style == null ? WritingStyle.DEFAULT : style;
        LlmResult result = client.call(new LlmRequest(Purpose.TAILORING, "resume_tailoring", Schemas.tailoring(),
                "You are a careful resume editor. You answer with JSON only.", prompt(base, job, writing), null));
        JsonNode answer = result.orThrow();
        LlmConnection connection = ((LlmResult.Reply) result).connection();
        return new Proposal(clean(answer.path("headline").asText(null)),
                words(clean(answer.path("summary").asText(null)), writing.summaryMaxWords()),
                skills(answer.path("skills"), writing.maxKeywordsPerSkill()),
                rewrites(answer.path("bulletRewrites"), base), LlmScorer.engine(connection));
    }

    @Override
    public List<String> pickProjects(Resume base, JobPosting job, ProjectChoice choice) {
        if (choice.slots() == 0 || choice.candidates().isEmpty()) {
            return List.of();
        }
        var projects = Json.MAPPER.createArrayNode();
        choice.candidates().forEach(p -> {
            var item = projects.addObject().put("id", p.id()).put("name", p.name());
            if (p.description() != null) {
                item.put("description", p.description().length() > 500 ? p.description().substring(0, 500) : p.description());
            }
            if (p.date() != null) {
                item.put("date", p.date());
            }
        });
        String prompt = "Choose up to " + choice.slots() + " of these projects to show on a resume for the job "
                + "below. Prefer projects whose technologies and results match what the job asks for. Use only the "
                + "listed ids; return them best first.\n\nJOB DESCRIPTION:\n"
                + orEmpty(Payloads.description(job.description())) + "\n\nPROJECTS (JSON):\n" + Json.write(projects)
                + "\n" + PromptTemplates.SAFETY + "\nAnswer with only a JSON object: {\"selectedProjectIds\": [\"<id>\", ...]}";
        JsonNode answer = client.call(new LlmRequest(Purpose.PROJECT_SELECTION, "project_selection",
                Schemas.projectSelection(), "You pick resume projects. You answer with JSON only.", prompt, null))
                .orThrow();
        Set<String> allowed = choice.candidates().stream().map(ResumeProject::id).collect(Collectors.toSet());
        Set<String> picked = new LinkedHashSet<>();
        answer.path("selectedProjectIds").forEach(id -> {
            if (allowed.contains(id.asText()) && picked.size() < choice.slots()) {
                picked.add(id.asText());
            }
        });
        return List.copyOf(picked);
    }

    /** The full prompt: the template filled in, the safety rules and the output contract. */
    String prompt(Resume base, JobPosting job, WritingStyle style) {
        Map<String, String> values = new HashMap<>();
        values.put("jobDescription", orEmpty(Payloads.description(job.description())));
        values.put("jobTitle", job.title() == null ? "the role" : job.title());
        values.put("employer", job.employer() == null ? "the employer" : job.employer());
        values.put("profileJson", Json.write(Payloads.tailoringProfile(base)));
        values.put("outputLanguage", outputLanguage(base, job, style));
        values.put("tone", style.tone());
        values.put("formality", style.formality());
        values.put("summaryMaxWordsLine", style.summaryMaxWords() > 0
                ? "Keep the summary to at most " + style.summaryMaxWords() + " words." : "");
        values.put("maxKeywordsPerSkillLine", style.maxKeywordsPerSkill() > 0
                ? "At most " + style.maxKeywordsPerSkill() + " keywords per group." : "");
        values.put("constraintsBullet", style.constraints().isBlank() ? "" : "- " + style.constraints().strip());
        values.put("avoidTermsBullet", style.doNotUse().isEmpty() ? ""
                : "- Never use these words or phrases: " + String.join(", ", style.doNotUse()) + ".");
        return PromptTemplates.render(templates.tailoring(), values) + PromptTemplates.SAFETY + CONTRACT;
    }

    /**
     * The language to write in: a fixed one, the resume's, or the job description's (English when it cannot tell).
     */
    static String outputLanguage(Resume base, JobPosting job, WritingStyle style) {
        String code = switch (style.language()) {
            case "match-resume" -> LanguageGuess.of(resumeText(base)).orElse("en");
            case "match-job", "match-job-description" -> LanguageGuess.of(Payloads.description(job.description()))
                    .orElse("en");
            default -> style.language();
        };
        return LanguageGuess.NAMES.getOrDefault(code, code);
    }

    private static String resumeText(Resume base) {
        return Stream.concat(Stream.of(base.summary(), base.headline()),
                        base.work().stream().flatMap(w -> Stream.concat(Stream.of(w.summary()),
                                w.highlights().stream().map(Resume.Highlight::text))))
                .filter(s -> s != null).collect(Collectors.joining(" "));
    }

    private static String clean(String text) {
        if (text == null) {
            return null;
        }
        String cleaned = text.replaceAll("\\*\\*(.+?)\\*\\*", "$1").replace("**", "").strip();
        return cleaned.isEmpty() ? null : cleaned;
    }

    private static String words(String text, int max) {
        if (text == null || max <= 0) {
            return text;
        }
        String[] words = text.split("\\s+");
        if (words.length <= max) {
            return text;
        }
        String cut = String.join(" ", java.util.Arrays.copyOf(words, max)).replaceAll("[,;:]$", "");
        return cut.endsWith(".") ? cut : cut + "…";
    }

    private static List<SkillGroup> skills(JsonNode groups, int maxKeywords) {
        List<SkillGroup> result = new ArrayList<>();
        groups.forEach(group -> {
            String name = clean(group.path("name").asText(null));
            Set<String> keywords = new LinkedHashSet<>();
            group.path("keywords").forEach(k -> {
                String keyword = clean(k.asText(null));
                if (keyword != null && (maxKeywords <= 0 || keywords.size() < maxKeywords)) {
                    keywords.add(keyword);
                }
            });
            if (name != null) {
                result.add(new SkillGroup(name, List.copyOf(keywords)));
            }
        });
        return result.isEmpty() ? null : result;
    }

    private static Map<String, String> rewrites(JsonNode rewrites, Resume base) {
        Set<String> known = Stream.concat(base.work().stream().flatMap(w -> w.highlights().stream()),
                        base.projectItems().stream().flatMap(p -> p.highlights().stream()))
                .map(Resume.Highlight::id).filter(id -> id != null).collect(Collectors.toSet());
        Map<String, String> result = new LinkedHashMap<>();
        rewrites.forEach(rewrite -> {
            String id = rewrite.path("id").asText("");
            String text = clean(rewrite.path("text").asText(null));
            if (known.contains(id) && text != null) {
                result.putIfAbsent(id, text);
            }
        });
        return result;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
