package io.jobwright.ai;

import io.jobwright.resume.Resume;
import io.jobwright.resume.ResumeProject;
import io.jobwright.resume.SkillGroup;
import java.util.List;

/**
 * Proposes a job's tailored headline, summary and skills, and picks the projects to show, from the base resume and
 * the job description. Implementations must only reuse what the resume already says.
 */
public interface Tailor {

    /** What the job is about, as the tailor sees it. */
    record JobText(String title, String employer, String description) {
    }

    /** The proposed fields; each is non-null. */
    record Proposal(String headline, String summary, List<SkillGroup> skills) {
    }

    /** Proposes tailored fields for the job. */
    Proposal propose(Resume base, JobText job);

    /**
     * Picks up to {@code max} project ids from {@code candidates} (which already exclude locked ones) for the job.
     */
    List<String> pickProjects(Resume base, JobText job, List<ResumeProject> candidates, int max);
}
