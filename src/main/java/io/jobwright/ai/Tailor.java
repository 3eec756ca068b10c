package io.jobwright.ai;

import io.jobwright.resume.Resume;
import io.jobwright.resume.ResumeProject;
import io.jobwright.resume.SkillGroup;
import java.util.List;
import java.util.Map;

/**
 * Proposes a job's tailored headline, summary, skills and bullet rewrites, and picks the projects to show, from the
 * base resume and the posting. Implementations should only reuse what the resume already says; whatever they
 * return, {@code io.jobwright.ai.truth.TruthGuard} checks it before anything is stored.
 * Implementations: the offline engine ({@code io.jobwright.ai.offline}) and the LLM tailor ({@code io.jobwright.ai.llm}).
 */
public interface Tailor {

    /**
     * Proposes tailored fields for the job.
     *
     * @throws io.jobwright.error.JobwrightException when the engine fails (the caller may fall back to the offline engine)
     */
    Proposal propose(Resume base, JobPosting job, WritingStyle style);

    /**
     * Picks up to {@code choice.slots()} project ids from {@code choice.candidates()} (locked projects are not among
     * them; the caller adds those) for the job, best first. Ids not among the candidates are ignored by the caller.
     */
    List<String> pickProjects(Resume base, JobPosting job, ProjectChoice choice);

    /**
     * A tailoring proposal. Every field may be {@code null} when the engine has no proposal for it.
     *
     * @param headline       the headline under the name; the default is the user's real one
     * @param summary        the profile summary
     * @param skills         skill groups (names and keywords), best first
     * @param bulletRewrites reworded bullets keyed by the id of an existing highlight ({@code Resume.Highlight.id});
     *                       never new bullets
     * @param engine         {@code "offline"} or {@code "llm:<provider>/<model>"}
     */
    record Proposal(String headline, String summary, List<SkillGroup> skills, Map<String, String> bulletRewrites,
            String engine) {
        public Proposal {
            skills = skills == null ? null : List.copyOf(skills);
            bulletRewrites = bulletRewrites == null ? Map.of() : Map.copyOf(bulletRewrites);
        }
    }

    /**
     * The projects a picker may choose from.
     *
     * @param candidates the AI-selectable projects (not locked)
     * @param slots      how many it may pick: {@code maxProjects} minus the number of locked projects, at least 0
     */
    record ProjectChoice(List<ResumeProject> candidates, int slots) {
        public ProjectChoice {
            candidates = List.copyOf(candidates);
            slots = Math.max(0, slots);
        }
    }
}
