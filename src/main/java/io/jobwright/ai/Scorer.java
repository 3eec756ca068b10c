package io.jobwright.ai;

import io.jobwright.resume.Resume;

/**
 * Scores how well a job suits the user, 0–100, with a reason a person can check and a brief of the posting.
 * Implementations: the offline engine ({@code io.jobwright.ai.offline}) and the LLM scorer ({@code io.jobwright.ai.llm}).
 * Deterministic adjustments every engine shares (blocked companies, missing-salary penalty) are applied afterwards by
 * {@link ScoringPolicy}, not by the engine.
 */
public interface Scorer {

    /**
     * Scores one job.
     *
     * @param profile     the base resume (an LLM engine minimises it before sending: no name, contact or URLs)
     * @param job         the posting
     * @param preferences the user's scoring preferences
     * @throws io.jobwright.error.JobwrightException (e.g. {@code Upstream}, {@code Timeout}) when the engine fails;
     *         the caller may then fall back to the offline engine
     */
    Score score(Resume profile, JobPosting job, ScoringPreferences preferences);

    /**
     * A suitability score.
     *
     * @param value  0–100
     * @param reason the factors, in words, that a person can check (the offline engine lists each with its points)
     * @param brief  a neutral digest of the posting, or {@code null} when the posting has no description
     * @param engine which engine produced it: {@code "offline"}, or {@code "llm:<provider>/<model>"}
     */
    record Score(int value, String reason, JobBrief brief, String engine) {
        public Score {
            if (value < 0 || value > 100) {
                throw new IllegalArgumentException("score must be 0–100, got " + value);
            }
            reason = reason == null || reason.isBlank() ? "No explanation provided" : reason.strip();
            engine = engine == null || engine.isBlank() ? "unknown" : engine;
        }

        /** A copy with another value and reason, keeping the brief and engine. */
        public Score adjusted(int newValue, String newReason) {
            return new Score(Math.max(0, Math.min(100, newValue)), newReason, brief, engine);
        }
    }
}
