package io.jobwright.job;

import io.jobwright.error.Conflict;
import io.jobwright.error.InvalidRequest;
import io.jobwright.error.JobwrightException;
import io.jobwright.error.Unprocessable;
import io.jobwright.logging.Correlation;
import io.jobwright.render.PdfStore;
import io.jobwright.resume.ResumeService;
import io.jobwright.settings.Setting;
import io.jobwright.settings.SettingsService;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The job workflow: reading and listing jobs, edits, status moves through {@link JobStatus}'s table, manual import,
 * uploads and scoring. PDF work is delegated to {@link PdfGeneration}. Every change is load → check → save with a
 * compare-and-set, so concurrent editors never overwrite each other silently.
 */
public final class JobService {

    private static final Logger LOG = LoggerFactory.getLogger(JobService.class);
    /** Statuses a user may set directly with PATCH; processing and ready are reached through the PDF work. */
    private static final Set<JobStatus> PATCHABLE_STATUSES = EnumSet.of(JobStatus.DISCOVERED, JobStatus.SKIPPED,
            JobStatus.APPLIED, JobStatus.IN_PROGRESS, JobStatus.EXPIRED);
    /** Jobs whose posting is still of interest: the only ones that expire on their own. */
    public static final Set<JobStatus> OPEN_STATUSES = java.util.Collections.unmodifiableSet(
            EnumSet.of(JobStatus.DISCOVERED, JobStatus.READY));

    private final JobRepository jobs;
    private final PdfGeneration generation;
    private final PdfStore pdfs;
    private final ResumeService resumes;
    private final JobScoring scoring;
    private final SettingsService settings;
    private final PdfRegenerationQueue regenerations;
    private final JobView view;
    private final Clock clock;

    public JobService(JobRepository jobs, PdfGeneration generation, PdfStore pdfs, ResumeService resumes,
                      JobScoring scoring, SettingsService settings, PdfRegenerationQueue regenerations, Clock clock) {
        this.jobs = jobs;
        this.generation = generation;
        this.pdfs = pdfs;
        this.resumes = resumes;
        this.scoring = scoring;
        this.settings = settings;
        this.clock = clock;
        this.regenerations = regenerations;
        this.view = new JobView(generation.renderKey()::current, generation.atsChecks());
    }

    /** How jobs are shown on the API. */
    public JobView view() {
        return view;
    }

    /** The job, or {@code NotFound}. */
    public Job get(String id) {
        return jobs.get(id);
    }

    /** Streams the jobs a query selects to {@code each}; returns how many. */
    public int forEach(JobQuery query, java.util.function.Consumer<Job> each) {
        return jobs.forEach(query, each);
    }

    /** Streams only the identities (id, title, employer, ...) of the jobs a query selects. */
    public void forEachIdentity(JobQuery query, java.util.function.Consumer<JobRepository.Identity> each) {
        jobs.forEachIdentity(query, each);
    }

    /** How many jobs match a query's filters, ignoring its page. */
    public int count(JobQuery query) {
        return jobs.count(query);
    }

    /** Job counts per status over all jobs. */
    public Map<JobStatus, Integer> countByStatus() {
        return jobs.countByStatus();
    }

    /** The list revision for these statuses. */
    public JobRepository.Revision revision(Set<JobStatus> statuses) {
        return jobs.revision(statuses);
    }

    /** A job's status history. */
    public List<Map<String, Object>> history(String id) {
        jobs.get(id);
        return jobs.history(id);
    }

    /**
     * Applies an edit. {@code ifMatch} (or the patch's {@code expectedUpdatedAt}) must equal the job's current
     * {@code updatedAt} when given.
     *
     * @throws Conflict on a stale version, an illegal status move or a URL taken by another job
     */
    public Job patch(String id, JobPatch patch, Instant ifMatch) {
        return Correlation.withJob(id, () -> {
            Job job = jobs.get(id);
            Instant expected = ifMatch != null ? ifMatch : patch.expectedUpdatedAt();
            if (expected != null && !expected.equals(job.updatedAt())) {
                throw new Conflict("The job changed since you loaded it (now " + job.updatedAt()
                        + ", you had " + expected + "); reload it and apply your edit again",
                        Map.of("currentUpdatedAt", job.updatedAt().toString()));
            }
            Job next = patch.applyTo(job);
            if (!java.util.Objects.equals(next.tailoredSummary(), job.tailoredSummary())
                    || !java.util.Objects.equals(next.tailoredHeadline(), job.tailoredHeadline())
                    || !java.util.Objects.equals(next.tailoredSkills(), job.tailoredSkills())) {
                // The user's own words: TruthGuard reports on them but never rewrites them.
                next = generation.reviewed(next.toBuilder().tailoringEngine("user").build());
            }
            if (patch.status() != null && patch.status() != job.status()) {
                if (!PATCHABLE_STATUSES.contains(patch.status())) {
                    throw JobStatus.illegal(job.status(), patch.status(), patch.status() == JobStatus.READY
                            ? "use POST /api/jobs/{id}/process to tailor and render it"
                            : "processing is set only while a PDF is being generated");
                }
                next = next.moveTo(patch.status(), clock.instant());
            }
            Job saved = jobs.update(next, job.updatedAt(), job.status(),
                    patch.status() != null && patch.status() != job.status() ? "edited: status" : "edited");
            LOG.info("Job edited: {}", patch.changes().keySet());
            if (generation.staleReady(saved)) {
                regenerations.enqueue(saved.id(), "tailoring_updated", clock.instant());
            }
            return saved;
        });
    }

    /** Moves a discovered or ready job to skipped. */
    public Job skip(String id) {
        return move(id, JobStatus.SKIPPED, "skipped");
    }

    /** Marks a discovered or ready job as applied (sets {@code appliedAt} the first time). */
    public Job apply(String id) {
        return move(id, JobStatus.APPLIED, "applied");
    }

    /**
     * Marks an open job (discovered or ready) expired because its deadline passed or its source reports the posting
     * gone; {@code reason} goes into the status history. Jobs in any other status are never expired.
     *
     * @throws Conflict when the job is not open, or changed while it was being expired
     */
    public Job expire(String id, String reason) {
        return Correlation.withJob(id, () -> {
            Job job = jobs.get(id);
            if (!OPEN_STATUSES.contains(job.status())) {
                throw JobStatus.illegal(job.status(), JobStatus.EXPIRED, "only discovered and ready jobs expire");
            }
            Job saved = jobs.update(job.moveTo(JobStatus.EXPIRED, clock.instant()), job.updatedAt(), job.status(), reason);
            LOG.info("Job expired from {}: {}", job.status().wire(), reason);
            return saved;
        });
    }

    /** The seed's Finalize & Move to Ready. */
    public Job process(String id) {
        return generation.process(id);
    }

    /** The seed's summarize. */
    public Job summarize(String id, boolean force, Set<PdfGeneration.Field> fields) {
        return generation.summarize(id, force, fields);
    }

    /** The seed's generate-pdf. */
    public Job generatePdf(String id) {
        return generation.generatePdf(id);
    }

    /**
     * Scores the job with the configured engine and stores score, reason, brief and engine; the status does not change.
     *
     * @throws Unprocessable when there is no base resume
     */
    public Job rescore(String id) {
        return scoring.rescore(id);
    }

    /**
     * Scores the job as a pipeline run does: like {@link #rescore}, and a discovered job scoring below the
     * {@code autoSkipScoreThreshold} setting is moved to skipped.
     */
    public Job scoreInRun(String id) {
        return scoring.scoreDiscovered(id);
    }

    /** How many jobs a bulk rescore scores at once: {@code llmMaxConcurrency}, which also bounds the LLM calls. */
    int rescoreConcurrency() {
        return settings.get(Setting.LLM_MAX_CONCURRENCY);
    }

    /**
     * The job's tailoring compared with the base resume, with TruthGuard's findings.
     *
     * @throws Unprocessable when there is no base resume
     */
    public Map<String, Object> tailoringDiff(String id) {
        Job job = jobs.get(id);
        var base = resumes.current().orElseThrow(() -> new Unprocessable(
                "No base resume yet: import one with POST /api/resume/import to compare tailoring against it"));
        return TailoringDiff.of(job, base);
    }

    /** Ids of discovered jobs that have no score yet (what a pipeline run scores), oldest first. */
    public List<String> unscoredDiscoveredIds() {
        return jobs.unscoredDiscoveredIds();
    }

    /** Ids of the best discovered jobs scoring at least {@code minScore}, best first, at most {@code limit}. */
    public List<String> bestDiscoveredIds(double minScore, int limit) {
        return jobs.bestDiscoveredIds(minScore, limit);
    }

    /** The outcome of a manual import: the job, and whether it was new. */
    public record Imported(Job job, boolean created, String tailoringError) {
    }

    /**
     * Imports a job the user pasted. An existing job with the same URL is returned as it is; the same
     * (source, sourceJobId) twice is a conflict. Unless tailoring is skipped, the job is processed right away; if
     * that fails the job stays discovered and the error is reported beside it.
     */
    public Imported importManual(ManualJob manual, Boolean skipTailoring) {
        if (manual.jobUrl() != null) {
            var existing = jobs.findByUrlKey(JobUrls.canonical(manual.jobUrl()));
            if (existing.isPresent()) {
                return new Imported(existing.get(), false, null);
            }
        }
        if (manual.sourceJobId() != null && jobs.findBySourceId(manual.source(), manual.sourceJobId()).isPresent()) {
            throw new Conflict("This job is already in your workspace (source " + manual.source() + ", id "
                    + manual.sourceJobId() + ")");
        }
        Job job = jobs.insert(manual.toJob(UUID.randomUUID().toString()), "imported");
        return Correlation.withJob(job.id(), () -> {
            LOG.info("Job imported from {}", job.source());
            boolean skip = skipTailoring != null ? skipTailoring : !settings.get(Setting.AUTO_TAILOR_ON_MANUAL_IMPORT);
            if (skip) {
                return new Imported(job, true, null);
            }
            try {
                return new Imported(generation.process(job.id()), true, null);
            } catch (JobwrightException e) {
                return new Imported(jobs.get(job.id()), true, e.getMessage());
            }
        });
    }

    /**
     * Stores the user's own PDF for a job; a discovered job becomes ready. Other statuses are kept.
     *
     * @throws InvalidRequest when the bytes are not a PDF
     */
    public Job uploadPdf(String id, byte[] pdf) {
        if (pdf.length == 0) {
            throw new InvalidRequest("The upload is empty; send the PDF file's bytes");
        }
        if (pdf.length < 5 || !new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            throw new InvalidRequest("The upload must be a PDF file (it must start with %PDF-)");
        }
        return Correlation.withJob(id, () -> {
            Job job = jobs.get(id);
            if (job.pdfRegenerating()) {
                throw new Conflict("A PDF is being generated for this job; upload when it is done");
            }
            String path = pdfs.write(id, pdf);
            Instant now = clock.instant();
            Job moved = job.status() == JobStatus.DISCOVERED ? job.moveTo(JobStatus.READY, now) : job;
            try {
                Job saved = jobs.update(moved.toBuilder().pdfPath(path).pdfSource("uploaded").pdfFingerprint(null)
                        .pdfGeneratedAt(now).build(), job.updatedAt(), job.status(), "pdf uploaded");
                pdfs.delete(job.pdfPath());
                LOG.info("PDF uploaded ({} bytes)", pdf.length);
                return saved;
            } catch (RuntimeException e) {
                pdfs.delete(path);
                throw e;
            }
        });
    }

    /** The file name a job's PDF is downloaded under: {@code <Name>_<Employer>_<Title>.pdf} in ASCII. */
    public String downloadName(Job job) {
        return io.jobwright.render.DownloadName.of(resumes.current().map(io.jobwright.resume.Resume::name).orElse(null),
                job.employer(), job.title());
    }

    /** The PDF file of a job. */
    public Path pdfFile(String id) {
        Job job = jobs.get(id);
        if (job.pdfPath() == null) {
            throw new io.jobwright.error.NotFound("This job has no PDF yet");
        }
        return pdfs.resolve(job.pdfPath());
    }

    /**
     * Deletes every job in a status; returns how many.
     *
     * @throws Conflict for {@code processing}, whose jobs are in the middle of work
     */
    public int deleteByStatus(JobStatus status) {
        if (status == JobStatus.PROCESSING) {
            throw new Conflict("Jobs in processing are being worked on and cannot be deleted; wait for them to finish");
        }
        JobRepository.Deleted deleted = jobs.deleteByStatus(status);
        deleted.pdfPaths().forEach(pdfs::delete);
        LOG.info("Deleted {} {} jobs", deleted.count(), status.wire());
        return deleted.count();
    }

    private Job move(String id, JobStatus next, String reason) {
        return Correlation.withJob(id, () -> {
            Job job = jobs.get(id);
            Job saved = jobs.update(job.moveTo(next, clock.instant()), job.updatedAt(), job.status(), reason);
            LOG.info("Job moved from {} to {}", job.status().wire(), next.wire());
            return saved;
        });
    }
}
