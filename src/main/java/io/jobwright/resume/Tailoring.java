package io.jobwright.resume;

import java.util.List;
import java.util.Map;

/**
 * A job's tailored fields, applied to a copy of the base resume. A {@code null} field keeps the base's value;
 * {@code selectedProjectIds} lists the projects to show (null keeps the base's visible projects);
 * {@code bulletRewrites} maps a highlight's stable id to its reworded text (never {@code null}, may be empty).
 */
public record Tailoring(String headline, String summary, List<SkillGroup> skills, List<String> selectedProjectIds,
        Map<String, String> bulletRewrites) {

    public Tailoring {
        bulletRewrites = bulletRewrites == null ? Map.of() : Map.copyOf(bulletRewrites);
    }

    /** A tailoring without bullet rewrites. */
    public Tailoring(String headline, String summary, List<SkillGroup> skills, List<String> selectedProjectIds) {
        this(headline, summary, skills, selectedProjectIds, Map.of());
    }
}
