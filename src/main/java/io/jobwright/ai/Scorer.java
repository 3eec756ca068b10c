package io.jobwright.ai;

import io.jobwright.resume.Resume;

/** Scores how well a job suits the user's profile, 0–100, with a short reason. */
public interface Scorer {

    /** A suitability score and the reason for it. */
    record Score(int value, String reason) {
        public Score {
            if (value < 0 || value > 100) {
                throw new IllegalArgumentException("score must be 0–100, got " + value);
            }
        }
    }

    Score score(Resume base, Tailor.JobText job);
}
