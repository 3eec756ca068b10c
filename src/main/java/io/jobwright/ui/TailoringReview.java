package io.jobwright.ui;

import com.fasterxml.jackson.databind.JsonNode;
import io.jobwright.web.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Tailor view's comparison with the base resume, read from the job service's tailoring diff: what changed in
 * the headline and summary, which skills and projects came and went, reworded bullets beside their originals, and
 * what TruthGuard removed, replaced or reports.
 */
public record TailoringReview(Change headline, Change summary, List<String> skillsAdded, List<String> skillsRemoved,
                              boolean skillsReordered, List<String> projectsAdded, List<String> projectsRemoved,
                              List<Change> bullets, List<Finding> findings, String engine) {

    /** A text before (the base resume) and after (this job's tailoring). */
    public record Change(String base, String tailored, boolean changed) {
    }

    /** One TruthGuard finding (see {@code ai.truth.Finding}). */
    public record Finding(String field, String kind, String text, String action, String reason) {
    }

    /** Reads the diff; {@code projectNames} turns project ids into their names. */
    static TailoringReview of(Map<String, Object> diff, Map<String, String> projectNames) {
        JsonNode d = Json.MAPPER.valueToTree(diff);
        List<Change> bullets = new ArrayList<>();
        d.path("bullets").forEach(b -> bullets.add(new Change(text(b, "base"), text(b, "tailored"), true)));
        List<Finding> findings = new ArrayList<>();
        d.path("findings").forEach(f -> findings.add(new Finding(text(f, "field"), text(f, "kind"), text(f, "text"),
                text(f, "action"), text(f, "reason"))));
        return new TailoringReview(change(d.path("headline")), change(d.path("summary")),
                strings(d.path("skills").path("added"), Map.of()), strings(d.path("skills").path("removed"), Map.of()),
                d.path("skills").path("reordered").asBoolean(false),
                strings(d.path("projects").path("added"), projectNames),
                strings(d.path("projects").path("removed"), projectNames), bullets, findings, text(d, "tailoringEngine"));
    }

    /** True when nothing differs from the base resume. */
    public boolean unchanged() {
        return !headline.changed() && !summary.changed() && skillsAdded.isEmpty() && skillsRemoved.isEmpty()
                && projectsAdded.isEmpty() && projectsRemoved.isEmpty() && bullets.isEmpty();
    }

    private static Change change(JsonNode node) {
        return new Change(text(node, "base"), text(node, "tailored"), node.path("changed").asBoolean(false));
    }

    private static List<String> strings(JsonNode array, Map<String, String> names) {
        List<String> out = new ArrayList<>();
        array.forEach(item -> out.add(names.getOrDefault(item.asText(), item.asText())));
        return out;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNull() || value.isMissingNode() ? null : value.asText();
    }
}
