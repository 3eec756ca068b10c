package io.jobwright.ai.llm;

import com.fasterxml.jackson.databind.JsonNode;
import io.jobwright.ai.JobBrief;
import io.jobwright.ai.JobPosting;
import io.jobwright.ai.Scorer;
import io.jobwright.ai.ScoringPreferences;
import io.jobwright.resume.Resume;
import io.jobwright.web.Json;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores with the LLM configured for {@code scoring}: the rubric template (editable) filled with the minimised
 * profile and the job's facts, then the job as JSON, the safety rules and the output contract. The answer is
 * {@code {score, reason, jobBrief}}; the score is rounded and clamped to 0–100. Fails with {@code UPSTREAM_ERROR} or
 * {@code REQUEST_TIMEOUT} naming the provider, so the caller changes nothing. Thread-safe.
 */
public final class LlmScorer implements Scorer {

    private static final String CONTRACT = """

            Answer with only a JSON object, no other text:
            {"score": <integer 0-100>,
             "reason": "<two to four sentences naming the factors behind the score, which a person can check>",
             "jobBrief": {"role_summary": "<one neutral sentence on what the role is>",
                          "they_want": [<what the employer asks for>], "specifics": [<concrete tools, domains, duties>],
                          "company_offers": [<what the employer offers>],
                          "practical_details": ["<Key: value>", e.g. "Salary: Not stated", "Location: Berlin"],
                          "missing_or_unclear": [<what the posting leaves open>],
                          "repeated_signals": [<themes the posting repeats>]}}
            The brief describes the posting only, neutrally, without judging the candidate.
            """;

    private final LlmClient client;
    private final PromptTemplates templates;

    public LlmScorer(LlmClient client, PromptTemplates templates) {
        this.client = client;
        this.templates = templates;
    }

    @Override
    public Score score(Resume profile, JobPosting job, ScoringPreferences preferences) {
        LlmResult result = client.call(new LlmRequest(Purpose.SCORING, "job_suitability_score", Schemas.scoring(),
                "You are a precise recruiting assistant. You answer with JSON only.", prompt(profile, job, preferences),
                null));
        JsonNode answer = result.orThrow();
        LlmConnection connection = ((LlmResult.Reply) result).connection();
        int value = (int) Math.max(0, Math.min(100, Math.round(answer.path("score").asDouble())));
        JobBrief brief = job.description() == null || job.description().isBlank() ? null : brief(answer.path("jobBrief"));
        return new Score(value, answer.path("reason").asText(""), brief, engine(connection));
    }

    /** The full prompt: the template filled in, the job as JSON, the safety rules and the output contract. */
    String prompt(Resume profile, JobPosting job, ScoringPreferences preferences) {
        Map<String, String> values = new HashMap<>();
        values.put("profileJson", Json.write(Payloads.scoringProfile(profile)));
        values.put("jobTitle", orElse(job.title(), "Not specified"));
        values.put("employer", orElse(job.employer(), "Not specified"));
        values.put("location", orElse(job.location(), "Not specified"));
        values.put("salary", orElse(job.salary(), "Not specified"));
        values.put("jobDescription", orElse(Payloads.description(job.description()), "No description available"));
        values.put("scoringInstructionsText", orElse(preferences == null ? null : preferences.instructions(),
                "No additional instructions."));
        return PromptTemplates.render(templates.scoring(), values)
                + "\n\nJOB DATA (JSON):\n" + Json.write(Payloads.job(job))
                + "\n" + PromptTemplates.SAFETY + CONTRACT;
    }

    static String engine(LlmConnection connection) {
        return "llm:" + connection.provider().key() + "/" + (connection.model() == null ? "default" : connection.model());
    }

    private static JobBrief brief(JsonNode node) {
        List<List<String>> lists = new ArrayList<>();
        for (String name : Schemas.BRIEF_LISTS) {
            List<String> items = new ArrayList<>();
            node.path(name).forEach(item -> items.add(item.asText()));
            lists.add(items);
        }
        return new JobBrief(node.path("role_summary").asText(""), lists.get(0), lists.get(1), lists.get(2),
                lists.get(3), lists.get(4), lists.get(5));
    }

    private static String orElse(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
