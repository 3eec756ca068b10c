package io.jobwright.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jobwright.ai.offline.Embeddings;
import io.jobwright.ai.offline.OfflineScorer;
import io.jobwright.ai.offline.OfflineTailor;
import io.jobwright.config.Config;
import io.jobwright.db.Database;
import io.jobwright.error.Conflict;
import io.jobwright.error.Upstream;
import io.jobwright.render.PdfStore;
import io.jobwright.render.ResumeRenderer;
import io.jobwright.resume.Resume;
import io.jobwright.resume.ResumeService;
import io.jobwright.settings.SecretBox;
import io.jobwright.settings.SettingsService;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed's gotchas: processing is transient, failures restore, superseded work is not committed. */
class PdfGenerationTest {

    @TempDir
    Path dataDir;
    Database database;
    JobRepository jobs;
    JobService service;
    PdfStore pdfs;
    final ScriptedRenderer renderer = new ScriptedRenderer();

    @BeforeEach
    void setUp() throws Exception {
        database = Database.open(new Config.DbConfig(null, null, null), dataDir);
        Clock clock = Clock.systemUTC();
        jobs = new JobRepository(database.jdbi(), clock);
        ResumeService resumes = new ResumeService(database.jdbi(), clock);
        resumes.importDocument(Files.readAllBytes(Path.of("src/test/resources/jobs/resume-ada.json")));
        pdfs = new PdfStore(dataDir);
        SettingsService settings = new SettingsService(database.jdbi(), new SecretBox(dataDir),
                new Config.LlmConfig(null, null, null, null), clock);
        Embeddings embeddings = new Embeddings();
        OfflineTailor tailor = new OfflineTailor(embeddings);
        PdfGeneration generation = new PdfGeneration(jobs, resumes, tailor, renderer, pdfs, settings,
                new RenderKey(resumes, new io.jobwright.render.RenderSettings(settings), renderer),
                new AtsChecks(database.jdbi()), "this-instance", clock);
        OfflineScorer scorer = new OfflineScorer(embeddings, clock);
        service = new JobService(jobs, generation, pdfs, resumes, new JobScoring(jobs, resumes, scorer, settings, clock),
                settings, new PdfRegenerationQueue(database.jdbi()), clock);
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    private String discoveredJob() {
        return jobs.insert(new Job.Builder().id(java.util.UUID.randomUUID().toString()).source("manual")
                .title("Backend Engineer").employer("Acme").jobDescription("Java and PostgreSQL")
                .status(JobStatus.DISCOVERED).build(), "test").id();
    }

    @Test
    void a_failed_render_returns_a_discovered_job_to_discovered() {
        String id = discoveredJob();
        renderer.failNext.set(true);
        assertThatThrownBy(() -> service.process(id)).isInstanceOf(Upstream.class);
        Job job = jobs.get(id);
        assertThat(job.status()).isEqualTo(JobStatus.DISCOVERED);
        assertThat(job.pdfRegenerating()).isFalse();
        assertThat(job.pdfPath()).isNull();
    }

    @Test
    void a_failed_regeneration_keeps_a_ready_job_ready_with_its_previous_pdf() throws Exception {
        String id = discoveredJob();
        Job ready = service.process(id);
        byte[] before = Files.readAllBytes(pdfs.resolve(ready.pdfPath()));
        renderer.failNext.set(true);
        assertThatThrownBy(() -> service.generatePdf(id)).isInstanceOf(Upstream.class)
                .hasMessageContaining("previous resume PDF is still available");
        Job after = jobs.get(id);
        assertThat(after.status()).isEqualTo(JobStatus.READY);
        assertThat(after.pdfRegenerating()).isFalse();
        assertThat(after.pdfPath()).isEqualTo(ready.pdfPath());
        assertThat(Files.readAllBytes(pdfs.resolve(after.pdfPath()))).isEqualTo(before);
    }

    @Test
    void an_edit_during_generation_supersedes_it_and_the_new_pdf_is_not_committed() throws Exception {
        String id = discoveredJob();
        renderer.block();
        CompletableFuture<Job> generation = CompletableFuture.supplyAsync(() -> service.process(id));
        assertThat(renderer.started.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(jobs.get(id).status()).isEqualTo(JobStatus.PROCESSING);

        service.patch(id, JobPatch.parse(io.jobwright.web.Json.MAPPER.valueToTree(Map.of("tailoredSummary", "edited"))), null);
        renderer.release();

        assertThatThrownBy(generation::join).hasCauseInstanceOf(Conflict.class).hasMessageContaining("superseded");
        Job job = jobs.get(id);
        assertThat(job.status()).isEqualTo(JobStatus.DISCOVERED);
        assertThat(job.tailoredSummary()).isEqualTo("edited");
        assertThat(job.pdfPath()).isNull();
        try (var files = Files.list(dataDir.resolve("pdfs"))) {
            assertThat(files.toList()).isEmpty();
        }
    }

    @Test
    void a_second_generation_while_one_runs_is_refused() throws Exception {
        String id = discoveredJob();
        service.process(id);
        renderer.block();
        CompletableFuture<Job> first = CompletableFuture.supplyAsync(() -> service.generatePdf(id));
        assertThat(renderer.started.await(10, TimeUnit.SECONDS)).isTrue();
        assertThatThrownBy(() -> service.generatePdf(id)).isInstanceOf(Conflict.class)
                .hasMessageContaining("already in progress");
        assertThat(jobs.get(id).pdfRegenerating()).isTrue();
        renderer.release();
        assertThat(first.join().pdfRegenerating()).isFalse();
    }

    @Test
    void summarize_fills_missing_fields_from_the_base_and_force_overwrites_edits() {
        String id = discoveredJob();
        Job filled = service.summarize(id, false, java.util.Set.of());
        assertThat(filled.tailoredHeadline()).isEqualTo("Backend Engineer");
        assertThat(filled.tailoredSkills()).contains("PostgreSQL");
        assertThat(filled.selectedProjectIds()).startsWith("proj");
        service.patch(id, JobPatch.parse(io.jobwright.web.Json.MAPPER.valueToTree(Map.of("tailoredSummary", "mine"))), null);
        assertThat(service.summarize(id, false, java.util.Set.of()).tailoredSummary()).isEqualTo("mine");
        assertThat(service.summarize(id, true, java.util.Set.of(PdfGeneration.Field.HEADLINE)).tailoredSummary())
                .isEqualTo("mine");
        assertThat(service.summarize(id, true, java.util.Set.of()).tailoredSummary()).startsWith("Backend engineer with");
    }

    /** A renderer that can be told to fail once, or to wait until released. */
    static final class ScriptedRenderer implements ResumeRenderer {
        final AtomicReference<Boolean> failNext = new AtomicReference<>(false);
        volatile CountDownLatch started = new CountDownLatch(1);
        volatile CountDownLatch gate;

        void block() {
            started = new CountDownLatch(1);
            gate = new CountDownLatch(1);
        }

        void release() {
            gate.countDown();
        }

        @Override
        public String id() {
            return "scripted-v1";
        }

        @Override
        public byte[] render(Resume resume, io.jobwright.render.RenderOptions options) {
            started.countDown();
            CountDownLatch wait = gate;
            if (wait != null) {
                try {
                    wait.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                gate = null;
            }
            if (failNext.getAndSet(false)) {
                throw new Upstream("PDF renderer", "scripted failure");
            }
            return ("%PDF-1.4 " + resume.summary()).getBytes(StandardCharsets.UTF_8);
        }
    }
}
