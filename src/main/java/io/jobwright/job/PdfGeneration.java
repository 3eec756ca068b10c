package io.jobwright.job;

import io.jobwright.ai.Tailor;
import io.jobwright.ai.llm.EngineChoice;
import io.jobwright.error.Conflict;
import io.jobwright.error.JobwrightException;
import io.jobwright.error.Unprocessable;
import io.jobwright.logging.Correlation;
import io.jobwright.render.AtsReport;
import io.jobwright.render.PdfStore;
import io.jobwright.render.RenderOptions;
import io.jobwright.render.ResumeRenderer;
import io.jobwright.resume.Resume;
import io.jobwright.resume.ResumeService;
import io.jobwright.resume.SkillGroup;
import io.jobwright.resume.Tailoring;
import io.jobwright.settings.Setting;
import io.jobwright.settings.SettingsService;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The seed's tailoring and PDF work: summarize, process (Discovered → Tailor → Finalize) and generate-pdf.
 *
 * <p>{@code processing} is transient. Work first claims the job (status {@code processing} for a discovered job, or
 * just the {@code pdfRegenerating} flag otherwise, remembering the status to return to), then renders to a new file
 * and commits with a compare-and-set. If anything fails the claim is released and the status restored; if the job
 * was edited meanwhile the new PDF is not committed ("superseded"). A crash leaves a claim that
 * {@link RevertStaleProcessing} releases.
 */
public final class PdfGeneration {

    private static final Logger LOG = LoggerFactory.getLogger(PdfGeneration.class);

    /** The tailored fields summarize can regenerate. */
    public enum Field { SUMMARY, HEADLINE, SKILLS }

    private final JobRepository jobs;
    private final ResumeService resumes;
    private final TailorJob tailoring;
    private final ResumeRenderer renderer;
    private final PdfStore pdfs;
    private final SettingsService settings;
    private final RenderKey renderKey;
    private final AtsChecks atsChecks;
    private final String instanceId;
    private final Clock clock;

    /** What a background regeneration did. */
    public enum Regenerated { DONE, NOT_NEEDED, BUSY }

    /**
     * @param tailor the tailoring engine the settings choose (the user's LLM or the offline engine, see
     *               {@link EngineChoice}); its proposals pass TruthGuard with the user's writing style
     */
    public PdfGeneration(JobRepository jobs, ResumeService resumes, Tailor tailor, ResumeRenderer renderer,
                         PdfStore pdfs, SettingsService settings, RenderKey renderKey, AtsChecks atsChecks,
                         String instanceId, Clock clock) {
        this.jobs = jobs;
        this.resumes = resumes;
        this.tailoring = new TailorJob(tailor, settings, () -> EngineChoice.writingStyle(settings), clock);
        this.renderer = renderer;
        this.pdfs = pdfs;
        this.settings = settings;
        this.renderKey = renderKey;
        this.atsChecks = atsChecks;
        this.instanceId = instanceId;
        this.clock = clock;
    }

    /** The stored ATS read-back reports. */
    public AtsChecks atsChecks() {
        return atsChecks;
    }

    /** The current render key (base resume, theme, paper, language, renderer), part of every PDF fingerprint. */
    public RenderKey renderKey() {
        return renderKey;
    }

    /** Whether the job has a generated PDF, is ready, and its PDF no longer matches its inputs. */
    public boolean staleReady(Job job) {
        return job.status() == JobStatus.READY && "generated".equals(job.pdfSource()) && !job.pdfRegenerating()
                && "stale".equals(PdfInputs.freshness(job, renderKey.current()));
    }

    /**
     * Background regeneration of a ready job's generated PDF, if it is stale; uploaded PDFs and other statuses are
     * left alone. Returns {@link Regenerated#BUSY} when other PDF work on the job is running or won the race.
     */
    public Regenerated regenerate(String id) {
        return Correlation.withJob(id, () -> {
            Job job = jobs.find(id).orElse(null);
            if (job == null || job.status() != JobStatus.READY || !"generated".equals(job.pdfSource())) {
                return Regenerated.NOT_NEEDED;
            }
            if (job.pdfRegenerating()) {
                return Regenerated.BUSY;
            }
            if (!"stale".equals(PdfInputs.freshness(job, renderKey.current()))) {
                return Regenerated.NOT_NEEDED;
            }
            try {
                run(job, false);
                return Regenerated.DONE;
            } catch (Conflict raced) {
                return Regenerated.BUSY;
            }
        });
    }

    /**
     * Fills or, with {@code force}, regenerates the requested tailored fields (all when {@code fields} is empty) and,
     * when all are requested, the project picks. Does not change the status.
     *
     * @throws Unprocessable when there is no base resume to tailor from
     */
    public Job summarize(String id, boolean force, Set<Field> fields) {
        return Correlation.withJob(id, () -> {
            Job job = jobs.get(id);
            Job tailored = tailored(job, baseResume(), force, fields.isEmpty() ? EnumSet.allOf(Field.class) : fields);
            if (tailored.equals(job)) {
                return job;
            }
            Job saved = jobs.update(tailored, job.updatedAt(), job.status(), "summarize");
            LOG.info("Tailored fields updated (force={})", force);
            return saved;
        });
    }

    /**
     * Discovered → processing → ready: fills missing tailored fields, renders the PDF, and commits.
     *
     * @throws Conflict when the job is not discovered, or work on it is already running
     */
    public Job process(String id) {
        return Correlation.withJob(id, () -> {
            Job job = jobs.get(id);
            if (job.status() != JobStatus.DISCOVERED) {
                throw JobStatus.illegal(job.status(), JobStatus.PROCESSING,
                        "only discovered jobs can be processed; use generate-pdf to regenerate a ready job's PDF");
            }
            return run(job, true);
        });
    }

    /**
     * Renders the job's PDF again from its current tailored fields. A discovered job goes through processing to
     * ready; ready, applied and in-progress jobs keep their status and their old PDF until the new one commits.
     *
     * @throws Conflict when a generation is already running, or the job is skipped or expired
     */
    public Job generatePdf(String id) {
        return Correlation.withJob(id, () -> {
            Job job = jobs.get(id);
            if (job.status() == JobStatus.SKIPPED || job.status() == JobStatus.EXPIRED) {
                throw new Conflict("Cannot generate a PDF for a " + job.status().wire()
                        + " job; reopen it first with PATCH {\"status\":\"discovered\"}");
            }
            return run(job, false);
        });
    }

    /** Keeps this instance's claims fresh so other instances don't take them for crashed work. */
    public void heartbeat() {
        try {
            jobs.heartbeat(instanceId, clock.instant());
        } catch (RuntimeException e) {
            LOG.warn("Heartbeat for PDF work failed: {}", e.getMessage());
        }
    }

    private Job run(Job job, boolean fillTailoring) {
        if (job.pdfRegenerating() || job.status() == JobStatus.PROCESSING) {
            throw new Conflict("PDF generation is already in progress for this job. Please wait for it to finish.");
        }
        Resume base = baseResume();
        Job claimed = jobs.update(claim(job), job.updatedAt(), job.status(), "pdf generation started");
        try {
            Job tailored = fillTailoring ? tailored(claimed, base, false, EnumSet.allOf(Field.class)) : claimed;
            Job working = tailored.equals(claimed) ? claimed
                    : jobs.update(tailored, claimed.updatedAt(), claimed.status(), "tailored");
            Resume printed = base.tailored(tailoringOf(working));
            RenderOptions options = renderKey.optionsFor(base);
            ResumeRenderer chosen = renderer.chosen();
            byte[] pdf = chosen.render(printed, options);
            AtsReport report = chosen.check(printed, options, pdf);
            String path = pdfs.write(working.id(), pdf);
            Job done = finish(working, path, renderKey.of(base, options, chosen.id()));
            // The report goes in first, keyed by the new PDF's path: the API shows it from the moment the job points
            // at that PDF, never a job marked current without its check.
            atsChecks.save(working.id(), path, report, clock.instant());
            try {
                Job saved = jobs.update(done, working.updatedAt(), working.status(), "pdf generated");
                pdfs.delete(job.pdfPath());
                if (report.passed()) {
                    LOG.info("PDF generated ({} bytes, {}, ATS recall {})", pdf.length, options.key(), report.recall());
                } else {
                    LOG.warn("PDF generated ({} bytes, {}) but the ATS read-back check failed: recall {}, missing {}",
                            pdf.length, options.key(), report.recall(), report.missing().size());
                }
                return saved;
            } catch (Conflict superseded) {
                pdfs.delete(path);
                throw new Conflict("PDF generation was superseded by newer job changes; generate it again.");
            }
        } catch (RuntimeException e) {
            release(job.id());
            throw failure(e, job.pdfPath() != null);
        }
    }

    /** What the caller hears of a failed generation: conflicts as they are, anything else as an upstream failure. */
    private static JobwrightException failure(RuntimeException e, boolean hadPdf) {
        if (e instanceof Conflict conflict) {
            LOG.info("PDF generation stopped: {}", conflict.getMessage());
            return conflict;
        }
        String reason = e instanceof JobwrightException ? e.getMessage() : "unexpected error";
        String message = "failed (" + reason + ")" + (hadPdf ? "; your previous resume PDF is still available" : "");
        if (e instanceof JobwrightException) {
            LOG.warn("PDF generation failed: {}", reason);
        } else {
            LOG.error("PDF generation failed", e);
        }
        return e instanceof io.jobwright.error.Timeout ? new io.jobwright.error.Timeout("PDF generation", message)
                : new io.jobwright.error.Upstream("PDF generation", message, e);
    }

    /** The job marked as being worked on by this instance; a discovered job also moves to processing. */
    private Job claim(Job job) {
        Instant now = clock.instant();
        Job moved = job.status() == JobStatus.DISCOVERED ? job.moveTo(JobStatus.PROCESSING, now) : job;
        return moved.toBuilder().pdfRegenerating(true).workOwner(instanceId).workHeartbeatAt(now)
                .statusBefore(job.status()).build();
    }

    private Job finish(Job working, String path, String key) {
        Instant now = clock.instant();
        Job moved = working.status() == JobStatus.PROCESSING ? working.moveTo(JobStatus.READY, now) : working;
        Job done = moved.toBuilder().pdfPath(path).pdfSource("generated").pdfGeneratedAt(now)
                .pdfRegenerating(false).workOwner(null).workHeartbeatAt(null).statusBefore(null).build();
        return done.toBuilder().pdfFingerprint(PdfInputs.fingerprint(PdfInputs.ofJob(done), key)).build();
    }

    /** Undoes this instance's claim after a failure, retrying if the row moved under us. */
    private void release(String id) {
        for (int attempt = 0; attempt < 5; attempt++) {
            Job current = jobs.find(id).orElse(null);
            if (current == null || !current.pdfRegenerating() || !instanceId.equals(current.workOwner())) {
                return;
            }
            try {
                jobs.update(released(current, clock.instant()), current.updatedAt(), current.status(),
                        "pdf generation failed");
                return;
            } catch (Conflict raced) {
                // Someone edited the job between our read and write; read again.
            }
        }
    }

    /** A job with its PDF claim dropped and, if it was processing, back in the status it came from. */
    static Job released(Job job, Instant now) {
        Job back = job.status() == JobStatus.PROCESSING
                ? job.moveTo(job.statusBefore() == null ? JobStatus.DISCOVERED : job.statusBefore(), now) : job;
        return back.toBuilder().pdfRegenerating(false).workOwner(null).workHeartbeatAt(null).statusBefore(null).build();
    }

    private Job tailored(Job job, Resume base, boolean force, Set<Field> fields) {
        return tailoring.tailored(job, base, force, fields);
    }

    /** TruthGuard's report on the job's tailored fields as they stand (the user's edits are reported, not changed). */
    Job reviewed(Job job) {
        Resume base = resumes.current().orElse(null);
        if (base == null) {
            return job;
        }
        var findings = tailoring.review(job, base);
        return job.toBuilder().tailoringFindings(findings.isEmpty() ? null : io.jobwright.web.Json.write(findings)).build();
    }

    private static Tailoring tailoringOf(Job job) {
        List<SkillGroup> skills = TailoredSkills.read(job.tailoredSkills());
        List<String> projects = job.selectedProjectIds() == null ? null
                : Arrays.stream(job.selectedProjectIds().split(",")).toList();
        return new Tailoring(job.tailoredHeadline(), job.tailoredSummary(), skills.isEmpty() ? null : skills, projects,
                TailorJob.bullets(job));
    }

    private Resume baseResume() {
        return resumes.current().orElseThrow(() -> new Unprocessable(
                "No base resume yet: import one with POST /api/resume/import before tailoring or generating PDFs"));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
