package io.jobwright.ai;

import io.jobwright.resume.Resume;
import io.jobwright.resume.ResumeProject;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The tailor that needs no model: it keeps the base resume's headline, summary and skills as they are, and picks the
 * projects whose names and descriptions share the most words with the job description (base order breaks ties).
 * It never invents anything, so its output always passes the truth check.
 */
public final class PlainTailor implements Tailor {

    @Override
    public Proposal propose(Resume base, JobText job) {
        return new Proposal(nullToEmpty(base.headline()), nullToEmpty(base.summary()), base.skills());
    }

    @Override
    public List<String> pickProjects(Resume base, JobText job, List<ResumeProject> candidates, int max) {
        String description = (nullToEmpty(job.title()) + " " + nullToEmpty(job.description())).toLowerCase(Locale.ROOT);
        return candidates.stream()
                .sorted(Comparator.comparingInt((ResumeProject p) -> -overlap(p, description))
                        .thenComparingInt(candidates::indexOf))
                .limit(Math.max(0, max))
                .map(ResumeProject::id)
                .toList();
    }

    private static int overlap(ResumeProject project, String description) {
        String text = (nullToEmpty(project.name()) + " " + nullToEmpty(project.description())).toLowerCase(Locale.ROOT);
        int hits = 0;
        for (String word : text.split("[^\\p{L}\\p{N}+#.]+")) {
            if (word.length() > 2 && description.contains(word)) {
                hits++;
            }
        }
        return hits;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
