package io.jobwright;

import io.jobwright.auth.AuthRoutes;
import io.jobwright.auth.AuthService;
import io.jobwright.config.Config;
import io.jobwright.db.DataDirLock;
import io.jobwright.db.Database;
import io.jobwright.job.JobRepository;
import io.jobwright.job.InferRoutes;
import io.jobwright.job.JobRoutes;
import io.jobwright.job.JobScoring;
import io.jobwright.job.JobService;
import io.jobwright.job.ManualImportRoutes;
import io.jobwright.job.NoteRepository;
import io.jobwright.job.NoteRoutes;
import io.jobwright.job.PdfGeneration;
import io.jobwright.job.PdfRoutes;
import io.jobwright.job.RevertStaleProcessing;
import io.jobwright.job.AtsChecks;
import io.jobwright.job.PdfRegenerationQueue;
import io.jobwright.job.RegenerateStalePdfs;
import io.jobwright.job.RenderKey;
import io.jobwright.render.ChosenRenderer;
import io.jobwright.render.HtmlPdfRenderer;
import io.jobwright.render.ReactiveResumeRenderer;
import io.jobwright.render.PdfStore;
import io.jobwright.render.RenderRoutes;
import io.jobwright.render.RenderSettings;
import io.jobwright.render.Theme;
import io.jobwright.resume.ResumeRoutes;
import io.jobwright.resume.ResumeService;
import io.jobwright.schedule.BackgroundScheduler;
import io.jobwright.schedule.ExpirePostings;
import io.jobwright.schedule.ExpiryPlan;
import io.jobwright.schedule.ExpiryRepository;
import io.jobwright.schedule.RunStarter;
import io.jobwright.schedule.ScheduleRepository;
import io.jobwright.schedule.ScheduleRoutes;
import io.jobwright.schedule.ScheduleService;
import io.jobwright.schedule.WebhookRoutes;
import io.jobwright.schedule.WebhookTrigger;
import io.jobwright.settings.SecretBox;
import io.jobwright.settings.Setting;
import io.jobwright.settings.SettingsRoutes;
import io.jobwright.settings.SettingsService;
import io.jobwright.ai.llm.ConnectionCheck;
import io.jobwright.ai.llm.EngineChoice;
import io.jobwright.ai.llm.LlmClient;
import io.jobwright.ai.llm.LlmConnections;
import io.jobwright.ai.llm.LlmJobInference;
import io.jobwright.ai.llm.LlmRoutes;
import io.jobwright.ai.llm.LlmUsageLog;
import io.jobwright.ai.offline.Embeddings;
import io.jobwright.ai.offline.OfflineScorer;
import io.jobwright.ai.offline.OfflineTailor;
import io.jobwright.ui.AccountPages;
import io.jobwright.ui.Assets;
import io.jobwright.ui.JobPages;
import io.jobwright.ui.OnboardingPages;
import io.jobwright.ui.RunsPages;
import io.jobwright.ui.SettingsPages;
import io.jobwright.net.AddressPolicy;
import io.jobwright.net.SafeFetcher;
import io.jobwright.pipeline.PipelineRepository;
import io.jobwright.pipeline.PipelineRoutes;
import io.jobwright.pipeline.PipelineRunStarter;
import io.jobwright.pipeline.PipelineService;
import io.jobwright.pipeline.RunSteps;
import io.jobwright.source.Detector;
import io.jobwright.source.DiscoveryService;
import io.jobwright.source.PostingImporter;
import io.jobwright.source.SourceCatalog;
import io.jobwright.source.SourceRepository;
import io.jobwright.source.SourceRoutes;
import io.jobwright.source.SourceRunner;
import io.jobwright.source.SourceService;
import io.jobwright.source.Sources;
import io.jobwright.web.HttpServer;
import io.jobwright.web.OpenApiRoutes;
import io.jobwright.web.Routes;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: reads top to bottom as the list of Jobwright's parts. {@link #start} builds and starts
 * everything; {@link #close} stops it. Tests, the CLI and {@code main} all start the same thing.
 */
public final class App implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(App.class);

    private final DataDirLock lock;
    private final Database database;
    private final HttpServer server;
    private final ScheduledExecutorService workers;
    private final RegenerateStalePdfs regenerations;
    private final PipelineService pipeline;
    private final SourceService sources;
    private final JobService jobs;
    private final BackgroundScheduler scheduler;

    private App(DataDirLock lock, Database database, HttpServer server, ScheduledExecutorService workers,
                RegenerateStalePdfs regenerations, PipelineService pipeline, SourceService sources, JobService jobs,
                BackgroundScheduler scheduler) {
        this.lock = lock;
        this.database = database;
        this.server = server;
        this.workers = workers;
        this.regenerations = regenerations;
        this.pipeline = pipeline;
        this.sources = sources;
        this.jobs = jobs;
        this.scheduler = scheduler;
    }

    /** Builds every part in dependency order and starts the web server and background workers. */
    public static App start(Config config) {
        return start(config, Clock.systemUTC());
    }

    /** As {@link #start(Config)}, with an injected clock. */
    public static App start(Config config, Clock clock) {
        return start(config, clock, null);
    }

    /**
     * As {@link #start(Config, Clock)}; schedules and the webhook start runs through {@code runs} instead of the
     * pipeline when it is not null (tests record the calls).
     */
    public static App start(Config config, Clock clock, RunStarter runs) {
        long began = System.nanoTime();
        String instanceId = UUID.randomUUID().toString();
        DataDirLock lock = DataDirLock.acquire(config.dataDir());
        Database database = null;
        PipelineService pipeline = null;
        BackgroundScheduler scheduler = null;
        try {
            database = Database.open(config.db(), config.dataDir());

            SecretBox secretBox = new SecretBox(config.dataDir());
            SettingsService settings = new SettingsService(database.jdbi(), secretBox, config.llm(), clock);
            AuthService auth = new AuthService(database.jdbi(), clock);
            ResumeService resumes = new ResumeService(database.jdbi(), clock);
            PdfStore pdfs = new PdfStore(config.dataDir());

            JobRepository jobs = new JobRepository(database.jdbi(), clock);
            NoteRepository notes = new NoteRepository(database.jdbi(), clock);
            RevertStaleProcessing revertStale = new RevertStaleProcessing(jobs, database.dialect(), instanceId, clock);
            revertStale.atStartup();
            pdfs.removeHalfWritten();
            Lazy<HttpClient> http = new Lazy<>(() -> HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                    .build());
            Embeddings embeddings = new Embeddings();
            LlmUsageLog llmUsage = new LlmUsageLog(database.jdbi(), clock);
            LlmClient llm = new LlmClient(new LlmConnections(settings), settings, llmUsage);
            EngineChoice engines = new EngineChoice(llm, settings, new OfflineScorer(embeddings, clock),
                    new OfflineTailor(embeddings));
            HtmlPdfRenderer renderer = new HtmlPdfRenderer();
            ChosenRenderer chosenRenderer = new ChosenRenderer(renderer, new ReactiveResumeRenderer(settings, http),
                    settings);
            RenderSettings renderSettings = new RenderSettings(settings);
            PdfRegenerationQueue regenerationQueue = new PdfRegenerationQueue(database.jdbi());
            PdfGeneration generation = new PdfGeneration(jobs, resumes, engines.tailor(), chosenRenderer, pdfs,
                    settings, new RenderKey(resumes, renderSettings, chosenRenderer), new AtsChecks(database.jdbi()),
                    instanceId, clock);
            JobScoring scoring = new JobScoring(jobs, resumes, engines.scorer(), settings, clock);
            JobService jobService = new JobService(jobs, generation, pdfs, resumes, scoring, settings,
                    regenerationQueue, clock);
            RegenerateStalePdfs regenerations = new RegenerateStalePdfs(jobs, regenerationQueue, generation,
                    instanceId, clock, 2);

            // Discovery: job sources behind the outbound-safe fetcher, their configuration, and the import.
            SafeFetcher fetcher = new SafeFetcher(AddressPolicy.of(config.fetch()), SafeFetcher.Options.defaults());
            Sources sourceTypes = SourceCatalog.all(config.dataDir());
            SourceRunner sourceRunner = new SourceRunner(fetcher);
            SourceService sourceService = new SourceService(new SourceRepository(database.jdbi(), secretBox),
                    sourceTypes, sourceRunner, clock);
            DiscoveryService discovery = new DiscoveryService(sourceTypes, sourceRunner, new PostingImporter(jobs, clock));

            // Pipeline runs: discover → import → score → select → process, durable in the database. A run left by a
            // stopped or crashed instance resumes here, after interrupted PDF work was reverted above.
            pipeline = new PipelineService(new PipelineRepository(database.jdbi()),
                    new RunSteps(sourceService, discovery, jobService, settings), database.dialect(), instanceId, clock);
            pipeline.recover(true);

            // Background work planned in the database (db-scheduler): recurring runs, the webhook, nightly expiry.
            RunStarter runStarter = runs != null ? runs : new PipelineRunStarter(pipeline);
            Config.ScheduleConfig scheduling = config.schedule();
            scheduler = new BackgroundScheduler(database, scheduling, clock, instanceId);
            ScheduleService schedules = new ScheduleService(new ScheduleRepository(database.jdbi()), runStarter,
                    scheduler.client(), clock);
            ExpiryRepository expiries = new ExpiryRepository(database.jdbi());
            ExpirePostings expirePostings = new ExpirePostings(jobService, sourceService, expiries, clock, scheduling.zone());
            ExpiryPlan expiryPlan = new ExpiryPlan(scheduler, expiries, scheduling.recheckAt(), scheduling.zone(), clock);

            List<io.jobwright.web.RouteModule> modules = new java.util.ArrayList<>(List.of(
                    new AuthRoutes(auth),
                    new SettingsRoutes(settings),
                    new ResumeRoutes(resumes, settings, http),
                    new JobRoutes(jobService),
                    new ManualImportRoutes(jobService),
                    new InferRoutes(settings, new LlmJobInference(llm), fetcher),
                    new NoteRoutes(notes, jobs),
                    new PdfRoutes(jobService),
                    new RenderRoutes(resumes, renderSettings, renderer)));
            modules.add(new LlmRoutes(llm, llmUsage));
            Detector detector = new Detector(fetcher);
            modules.add(new SourceRoutes(sourceService, detector));
            modules.add(new PipelineRoutes(pipeline));
            modules.add(new ScheduleRoutes(schedules, expiryPlan, scheduling.zone(), clock));
            modules.add(new WebhookRoutes(new WebhookTrigger(settings, scheduling.webhookSecret(), schedules, runStarter,
                    clock)));
            modules.add(new OpenApiRoutes());
            modules.add(new Assets());
            modules.add(new AccountPages(auth));
            modules.add(new OnboardingPages(auth, resumes, settings, sourceService, detector));
            modules.add(new JobPages(auth, jobService, resumes, settings, clock));
            modules.add(new SettingsPages(auth, resumes, settings, new ConnectionCheck(llm), llmUsage,
                    sourceService, detector, pipeline, clock));
            modules.add(new RunsPages(auth, pipeline, sourceService, schedules, settings, scheduling.zone(), clock));
            HttpServer server = HttpServer.start(config.web(), auth, modules);

            ScheduledExecutorService workers = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform()
                    .name("jobwright-worker").daemon(true).factory());
            workers.scheduleWithFixedDelay(revertStale::sweep, 15, 15, TimeUnit.SECONDS);
            workers.scheduleWithFixedDelay(generation::heartbeat, 10, 10, TimeUnit.SECONDS);
            workers.scheduleWithFixedDelay(regenerations::tick, 1, 1, TimeUnit.SECONDS);
            workers.scheduleWithFixedDelay(pipeline::heartbeat, 10, 10, TimeUnit.SECONDS);
            PipelineService ownRuns = pipeline;
            workers.scheduleWithFixedDelay(() -> ownRuns.recover(false), 15, 15, TimeUnit.SECONDS);
            expiryPlan.removeWhenOff();
            scheduler.start(List.of(schedules.task()), scheduling.recheckAt() == null ? List.of()
                    : List.of(expirePostings.nightly(scheduling.recheckAt())));
            schedules.reconcile();

            // Loading the PDF engine ahead makes the first PDF fast (about 0.3 instead of 0.7 s) but keeps ~35 MB
            // resident: worth it once there is a resume to render, not on a fresh install still being set up.
            if (resumes.currentRevision() > 0) {
                Thread.ofPlatform().name("jobwright-render-warm-up").daemon(true).start(() -> {
                    try {
                        renderer.warmUp(Theme.byId(settings.get(Setting.PDF_THEME)).orElse(Theme.CLASSIC));
                    } catch (RuntimeException e) {
                        LOG.warn("Warming up the PDF renderer failed: {}", e.getMessage());
                    }
                });
            }
            LOG.info("Jobwright listening on http://{}:{} (data {}, database {}) started in {} ms",
                    config.web().host(), server.port(), config.dataDir(), database.dialect(),
                    (System.nanoTime() - began) / 1_000_000);
            return new App(lock, database, server, workers, regenerations, pipeline, sourceService, jobService,
                    scheduler);
        } catch (RuntimeException e) {
            if (scheduler != null) {
                scheduler.stop();
            }
            if (pipeline != null) {
                pipeline.close();
            }
            if (database != null) {
                database.close();
            }
            lock.close();
            throw e;
        }
    }

    /** The port the server listens on (useful when started on port 0). */
    public int port() {
        return server.port();
    }

    /** Every HTTP route the features registered. */
    public List<Routes.Route> routes() {
        return server.routes();
    }

    /** The database, for tests that need to set up or inspect rows directly. */
    public Database database() {
        return database;
    }

    /** Pipeline runs: start, watch and cancel them (the CLI's {@code run} and the schedules use this). */
    public PipelineService pipeline() {
        return pipeline;
    }

    /** Configured job sources (the CLI's {@code run} adds one named on its command line). */
    public SourceService sources() {
        return sources;
    }

    /** The job workflow (the CLI's {@code run} lists the jobs a run made ready). */
    public JobService jobs() {
        return jobs;
    }

    @Override
    public void close() {
        scheduler.stop();
        pipeline.close();
        workers.shutdownNow();
        regenerations.close();
        server.stop();
        database.close();
        lock.close();
    }
}
