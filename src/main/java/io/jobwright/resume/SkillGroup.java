package io.jobwright.resume;

import java.util.List;

/** A named group of skills, as in JSON Resume's {@code skills[]}: {@code {name, keywords[]}}. */
public record SkillGroup(String name, List<String> keywords) {
    public SkillGroup {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }
}
