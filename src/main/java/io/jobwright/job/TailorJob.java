package io.jobwright.job;

import com.fasterxml.jackson.core.type.TypeReference;
import io.jobwright.ai.JobPosting;
import io.jobwright.ai.Tailor;
import io.jobwright.ai.WritingStyle;
import io.jobwright.ai.truth.Finding;
import io.jobwright.ai.truth.TruthGuard;
import io.jobwright.resume.Resume;
import io.jobwright.resume.ResumeProject;
import io.jobwright.settings.Setting;
import io.jobwright.settings.SettingsService;
import io.jobwright.web.Json;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The seed's summarize semantics on top of any {@link Tailor}: only missing fields are generated unless forced, only
 * requested fields are overwritten, every proposal passes {@link TruthGuard} before it is stored, and the user's own
 * edits are reported on but never rewritten. Project picks honour locked, AI-selectable and maximum settings. Which
 * engine answers (the user's LLM or the offline one, and the fallback between them) is the tailor's business
 * ({@link io.jobwright.ai.llm.EngineChoice}); TruthGuard checks whatever comes back.
 */
final class TailorJob {

    private static final TypeReference<Map<String, String>> BULLETS = new TypeReference<>() { };

    private final Tailor tailor;
    private final TruthGuard guard;
    private final SettingsService settings;
    private final Supplier<WritingStyle> style;

    TailorJob(Tailor tailor, SettingsService settings, Supplier<WritingStyle> style, Clock clock) {
        this.tailor = tailor;
        this.guard = new TruthGuard(clock);
        this.settings = settings;
        this.style = style;
    }

    /** The job with requested tailored fields filled (or, forced, regenerated) and checked; project picks when all are requested. */
    Job tailored(Job job, Resume base, boolean force, Set<PdfGeneration.Field> fields) {
        boolean all = fields.containsAll(EnumSet.allOf(PdfGeneration.Field.class));
        boolean anyMissing = job.tailoredSummary() == null || job.tailoredHeadline() == null || job.tailoredSkills() == null;
        JobPosting posting = JobPostings.of(job);
        WritingStyle writing = style.get();
        Job.Builder b = job.toBuilder();
        List<Finding> findings = new ArrayList<>();
        Set<PdfGeneration.Field> written = EnumSet.noneOf(PdfGeneration.Field.class);
        boolean bulletsWritten = false;
        if (force || anyMissing) {
            TruthGuard.Verdict verdict = guard.verify(base, posting, tailor.propose(base, posting, writing), writing);
            Tailor.Proposal kept = verdict.kept();
            if (fields.contains(PdfGeneration.Field.SUMMARY) && (force || job.tailoredSummary() == null)) {
                b.tailoredSummary(blankToNull(kept.summary()));
                written.add(PdfGeneration.Field.SUMMARY);
            }
            if (fields.contains(PdfGeneration.Field.HEADLINE) && (force || job.tailoredHeadline() == null)) {
                b.tailoredHeadline(blankToNull(kept.headline()));
                written.add(PdfGeneration.Field.HEADLINE);
            }
            if (fields.contains(PdfGeneration.Field.SKILLS) && (force || job.tailoredSkills() == null)) {
                b.tailoredSkills(kept.skills() == null ? null : TailoredSkills.write(kept.skills()));
                written.add(PdfGeneration.Field.SKILLS);
            }
            if (all && (force || job.tailoredBullets() == null)) {
                b.tailoredBullets(kept.bulletRewrites().isEmpty() ? null : Json.write(kept.bulletRewrites()));
                bulletsWritten = true;
            }
            for (Finding f : verdict.findings()) {
                if (relevant(f, written, bulletsWritten)) {
                    findings.add(f);
                }
            }
            if (!written.isEmpty() || bulletsWritten) {
                b.tailoringEngine(kept.engine());
            }
        }
        if (all) {
            b.selectedProjectIds(projects(job, base, posting, force));
        }
        Job next = b.build();
        findings.addAll(reviewKept(next, base, posting, writing, written, bulletsWritten));
        return next.toBuilder().tailoringFindings(findings.isEmpty() ? null : Json.write(findings)).build();
    }

    /** Findings on the user's own tailored fields: reported, never applied. */
    List<Finding> review(Job job, Resume base) {
        return reviewKept(job, base, JobPostings.of(job), style.get(), EnumSet.noneOf(PdfGeneration.Field.class), false);
    }

    private List<Finding> reviewKept(Job job, Resume base, JobPosting posting, WritingStyle writing,
            Set<PdfGeneration.Field> written, boolean bulletsWritten) {
        String headline = written.contains(PdfGeneration.Field.HEADLINE) ? null : job.tailoredHeadline();
        String summary = written.contains(PdfGeneration.Field.SUMMARY) ? null : job.tailoredSummary();
        var skills = written.contains(PdfGeneration.Field.SKILLS) || job.tailoredSkills() == null ? null
                : TailoredSkills.read(job.tailoredSkills());
        Map<String, String> bullets = bulletsWritten ? Map.of() : bullets(job);
        if (headline == null && summary == null && skills == null && bullets.isEmpty()) {
            return List.of();
        }
        return guard.review(base, posting, new Tailor.Proposal(headline, summary, skills, bullets, "user"), writing).findings();
    }

    /**
     * Keeps valid existing picks unless forced; else the locked projects plus the tailor's picks from the
     * AI-selectable ones, up to the maximum (never fewer than the locked ones).
     */
    private String projects(Job job, Resume base, JobPosting posting, boolean force) {
        List<ResumeProject> all = base.projects();
        Set<String> known = new LinkedHashSet<>(all.stream().map(ResumeProject::id).toList());
        List<String> locked = settings.get(Setting.RESUME_LOCKED_PROJECT_IDS).stream().filter(known::contains).toList();
        int max = Math.max(locked.size(), Math.min(settings.get(Setting.RESUME_MAX_PROJECTS), all.size()));
        List<String> current = job.selectedProjectIds() == null ? List.of()
                : Arrays.stream(job.selectedProjectIds().split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (!force && !current.isEmpty() && known.containsAll(current) && current.containsAll(locked) && current.size() <= max) {
            return job.selectedProjectIds();
        }
        List<String> selectable = settings.get(Setting.RESUME_AI_SELECTABLE_PROJECT_IDS);
        List<ResumeProject> candidates = all.stream().filter(p -> !locked.contains(p.id()))
                .filter(p -> selectable.isEmpty() || selectable.contains(p.id())).toList();
        Tailor.ProjectChoice choice = new Tailor.ProjectChoice(candidates, max - locked.size());
        List<String> picked = tailor.pickProjects(base, posting, choice);
        Set<String> allowed = new LinkedHashSet<>(candidates.stream().map(ResumeProject::id).toList());
        LinkedHashSet<String> result = new LinkedHashSet<>(locked);
        picked.stream().filter(allowed::contains).limit(choice.slots()).forEach(result::add);
        return result.isEmpty() ? null : String.join(",", result);
    }

    private static boolean relevant(Finding f, Set<PdfGeneration.Field> written, boolean bulletsWritten) {
        if (f.field().equals("headline")) {
            return written.contains(PdfGeneration.Field.HEADLINE);
        }
        if (f.field().equals("summary")) {
            return written.contains(PdfGeneration.Field.SUMMARY);
        }
        if (f.field().startsWith("skills")) {
            return written.contains(PdfGeneration.Field.SKILLS);
        }
        return bulletsWritten;
    }

    /** A job's reworded bullets by highlight id; none gives an empty map. */
    static Map<String, String> bullets(Job job) {
        if (job.tailoredBullets() == null || job.tailoredBullets().isBlank()) {
            return Map.of();
        }
        try {
            return new LinkedHashMap<>(Json.MAPPER.readValue(job.tailoredBullets(), BULLETS));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Stored tailored bullets are not JSON", e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
