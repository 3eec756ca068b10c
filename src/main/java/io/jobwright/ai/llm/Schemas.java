package io.jobwright.ai.llm;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jobwright.web.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON schemas of the answers Jobwright asks for. They follow the strict-mode rules every provider accepts:
 * every property required, no additional properties; optional content is an empty string or list.
 */
final class Schemas {

    static final List<String> BRIEF_LISTS = List.of("they_want", "specifics", "company_offers", "practical_details",
            "missing_or_unclear", "repeated_signals");

    private Schemas() {
    }

    /** {@code job_suitability_score}: {@code {score, reason, jobBrief}}. */
    static ObjectNode scoring() {
        Map<String, Object> brief = new LinkedHashMap<>();
        brief.put("role_summary", Map.of("type", "string"));
        BRIEF_LISTS.forEach(name -> brief.put(name, stringList()));
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("score", Map.of("type", "integer", "minimum", 0, "maximum", 100));
        properties.put("reason", Map.of("type", "string"));
        properties.put("jobBrief", object(brief));
        return (ObjectNode) Json.MAPPER.valueToTree(object(properties));
    }

    /** {@code resume_tailoring}: headline, summary, skill groups and bullet rewrites. */
    static ObjectNode tailoring() {
        Map<String, Object> skill = new LinkedHashMap<>();
        skill.put("name", Map.of("type", "string"));
        skill.put("keywords", stringList());
        Map<String, Object> rewrite = new LinkedHashMap<>();
        rewrite.put("id", Map.of("type", "string"));
        rewrite.put("text", Map.of("type", "string"));
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("headline", Map.of("type", "string"));
        properties.put("summary", Map.of("type", "string"));
        properties.put("skills", Map.of("type", "array", "items", object(skill)));
        properties.put("bulletRewrites", Map.of("type", "array", "items", object(rewrite)));
        return (ObjectNode) Json.MAPPER.valueToTree(object(properties));
    }

    /** {@code project_selection}: {@code {selectedProjectIds: [...]}}. */
    static ObjectNode projectSelection() {
        return (ObjectNode) Json.MAPPER.valueToTree(object(Map.of("selectedProjectIds", stringList())));
    }

    /** An object of the given string properties, all required ({@code manual_job_details}). */
    static ObjectNode strings(List<String> names) {
        Map<String, Object> properties = new LinkedHashMap<>();
        names.forEach(name -> properties.put(name, Map.of("type", "string")));
        return (ObjectNode) Json.MAPPER.valueToTree(object(properties));
    }

    private static Map<String, Object> stringList() {
        return Map.of("type", "array", "items", Map.of("type", "string"));
    }

    private static Map<String, Object> object(Map<String, Object> properties) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("properties", properties);
        schema.put("required", List.copyOf(properties.keySet()));
        schema.put("additionalProperties", false);
        return schema;
    }
}
