package io.jobwright.job;

import io.jobwright.ai.JobBrief;
import io.jobwright.ai.JobPosting;
import io.jobwright.ai.Scorer;
import io.jobwright.ai.ScoringPolicy;
import io.jobwright.ai.ScoringPreferences;
import io.jobwright.error.Conflict;
import io.jobwright.error.Unprocessable;
import io.jobwright.logging.Correlation;
import io.jobwright.resume.Resume;
import io.jobwright.resume.ResumeService;
import io.jobwright.settings.Setting;
import io.jobwright.settings.SettingsService;
import io.jobwright.web.Json;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scores jobs with the engine the settings choose ({@link io.jobwright.ai.llm.EngineChoice}: the user's LLM, or the
 * offline engine when none is configured or, if the user allows it, when the LLM fails), then applies the shared
 * {@link ScoringPolicy} (blocked companies, missing-salary penalty). Stores score, reason, brief and the engine that
 * produced them.
 */
public final class JobScoring {

    private static final Logger LOG = LoggerFactory.getLogger(JobScoring.class);

    private final JobRepository jobs;
    private final ResumeService resumes;
    private final Scorer scorer;
    private final SettingsService settings;
    private final Clock clock;

    /** @param scorer the engine the settings choose, with its fallback */
    public JobScoring(JobRepository jobs, ResumeService resumes, Scorer scorer, SettingsService settings, Clock clock) {
        this.jobs = jobs;
        this.resumes = resumes;
        this.scorer = scorer;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Scores the job and stores score, reason, brief and engine; the status does not change.
     *
     * @throws Unprocessable when there is no base resume
     * @throws Conflict when the job is being processed
     */
    public Job rescore(String id) {
        return score(id, false);
    }

    /**
     * Scores the job as a pipeline run does: like {@link #rescore}, and a discovered job scoring below
     * {@code autoSkipScoreThreshold} is moved to skipped.
     */
    public Job scoreDiscovered(String id) {
        return score(id, true);
    }

    /** The user's preferences as the engines receive them. */
    public ScoringPreferences preferences() {
        String instructions = settings.get(Setting.SCORING_INSTRUCTIONS);
        return new ScoringPreferences(instructions, settings.get(Setting.PREFERRED_LOCATIONS),
                settings.get(Setting.PREFERRED_WORKPLACE), settings.get(Setting.MINIMUM_SALARY),
                settings.get(Setting.BLOCKED_COMPANY_KEYWORDS), settings.get(Setting.BLOCKED_KEYWORDS));
    }

    /** The adjustments every engine's score gets. */
    public ScoringPolicy policy() {
        return new ScoringPolicy(settings.get(Setting.PENALIZE_MISSING_SALARY) ? settings.get(Setting.MISSING_SALARY_PENALTY) : 0,
                settings.get(Setting.BLOCKED_COMPANY_KEYWORDS));
    }

    /** Scores a posting against a resume with the configured engine and applies the policy. */
    public Scorer.Score score(Resume resume, JobPosting posting) {
        return policy().apply(scorer.score(resume, posting, preferences()), posting);
    }

    private Job score(String id, boolean autoSkip) {
        return Correlation.withJob(id, () -> {
            Job job = jobs.get(id);
            if (job.status() == JobStatus.PROCESSING) {
                throw new Conflict("The job is being processed; score it when that is done");
            }
            Resume resume = resumes.current().orElseThrow(() -> new Unprocessable(
                    "No base resume yet: import one with POST /api/resume/import before scoring"));
            Scorer.Score score = score(resume, JobPostings.of(job));
            Job.Builder next = job.toBuilder().suitabilityScore((double) score.value()).suitabilityReason(score.reason())
                    .scoreEngine(score.engine());
            if (score.brief() != null) {
                next.jobBrief(briefJson(score.brief()));
            }
            Job scored = next.build();
            Integer threshold = settings.get(Setting.AUTO_SKIP_SCORE_THRESHOLD);
            String reason = "rescored";
            if (autoSkip && threshold != null && score.value() < threshold && job.status() == JobStatus.DISCOVERED) {
                scored = scored.moveTo(JobStatus.SKIPPED, clock.instant());
                reason = "auto-skipped: score " + score.value() + " below " + threshold;
            }
            Job saved = jobs.update(scored, job.updatedAt(), job.status(), reason);
            LOG.info("Job scored {} by {}", score.value(), score.engine());
            return saved;
        });
    }

    /** The brief as stored: JSON text with JobOps' snake_case names. */
    static String briefJson(JobBrief brief) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("role_summary", brief.roleSummary());
        m.put("they_want", brief.theyWant());
        m.put("specifics", brief.specifics());
        m.put("company_offers", brief.companyOffers());
        m.put("practical_details", brief.practicalDetails());
        m.put("missing_or_unclear", brief.missingOrUnclear());
        m.put("repeated_signals", brief.repeatedSignals());
        return Json.write(m);
    }
}
