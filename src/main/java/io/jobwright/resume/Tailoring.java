package io.jobwright.resume;

import java.util.List;

/**
 * A job's tailored fields, applied to a copy of the base resume. A {@code null} field keeps the base's value;
 * {@code selectedProjectIds} lists the projects to show (null keeps the base's visible projects).
 */
public record Tailoring(String headline, String summary, List<SkillGroup> skills, List<String> selectedProjectIds) {
}
