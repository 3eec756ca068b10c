package io.jobwright.resume;

import java.util.List;

/** STUB: the structured base resume (JSON Resume superset with ids). */
public record Resume(String name, String headline, String summary, List<SkillGroup> skills, List<ResumeProject> projects) {

    /** A copy with the tailoring applied; this resume is not changed. */
    public Resume tailored(Tailoring tailoring) {
        return this;
    }
}
