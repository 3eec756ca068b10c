package io.jobwright.pipeline;

import io.jobwright.error.JobwrightException;
import io.jobwright.error.NotFound;
import io.jobwright.error.Unprocessable;
import io.jobwright.job.Job;
import io.jobwright.job.JobStatus;
import io.jobwright.logging.Correlation;
import io.jobwright.settings.Setting;
import io.jobwright.source.DiscoveryRun;
import io.jobwright.source.DiscoveryService;
import io.jobwright.source.Filters;
import io.jobwright.source.Search;
import io.jobwright.source.SourceConfig;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run being executed by this instance: its steps from where it stands to the end, saving the step, counts and
 * progress as it goes. Cancelling lets in-flight work finish and takes nothing new; stopping (a shutdown, or the run
 * lost to another instance) leaves the run {@code running} for the next owner to resume.
 */
final class RunExecution implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(RunExecution.class);
    /** At most this many jobs are scored at once by the offline engine. */
    static final int SCORE_PARALLEL = 4;
    static final int PROCESS_PARALLEL = 2;
    private static final long SAVE_EVERY_MILLIS = 1000;

    private final PipelineRepository runs;
    private final RunSteps steps;
    private final String owner;
    private final Clock clock;
    private final Consumer<Progress> published;
    private final AtomicBoolean cancel = new AtomicBoolean();
    private final AtomicBoolean stop = new AtomicBoolean();
    private final AtomicBoolean done = new AtomicBoolean();
    private volatile RunView run;
    private volatile Progress progress;
    private long lastSave;

    private List<RunSummary.SourceOutcome> sources;
    private int discovered;
    private Map<String, Integer> filtered;
    private int duplicatesInRun;
    private int alreadyKnown;
    private int imported;
    private int previouslyApplied;
    private int toScore;
    private final AtomicInteger scored = new AtomicInteger();
    private final AtomicInteger scoreFailed = new AtomicInteger();
    private final AtomicInteger exceptional = new AtomicInteger();
    private int selected;
    private final AtomicInteger processed = new AtomicInteger();
    private final AtomicInteger processFailed = new AtomicInteger();
    private final Map<String, Long> stepMillis;
    private final List<String> errors;

    RunExecution(RunView run, PipelineRepository runs, RunSteps steps, String owner, Clock clock,
                 Consumer<Progress> published) {
        this.run = run;
        this.runs = runs;
        this.steps = steps;
        this.owner = owner;
        this.clock = clock;
        this.published = published;
        this.progress = run.progress();
        RunSummary s = run.summary();
        sources = s.sources();
        discovered = s.discovered();
        filtered = s.filtered();
        duplicatesInRun = s.duplicatesInRun();
        alreadyKnown = s.alreadyKnown();
        imported = s.imported();
        previouslyApplied = s.previouslyApplied();
        toScore = s.toScore();
        scored.set(s.scored());
        scoreFailed.set(s.scoreFailed());
        exceptional.set(s.exceptional());
        selected = s.selected();
        processed.set(s.processed());
        processFailed.set(s.processFailed());
        stepMillis = Collections.synchronizedMap(new LinkedHashMap<>(s.stepMillis()));
        errors = Collections.synchronizedList(new ArrayList<>(s.errors()));
        if (run.cancelRequestedAt() != null) {
            cancel.set(true);
        }
    }

    String runId() {
        return run.id();
    }

    Progress progress() {
        return progress;
    }

    boolean done() {
        return done.get();
    }

    /** Asks the run to stop taking new work and end as cancelled. */
    void cancel() {
        cancel.set(true);
    }

    /** Asks the run to stop where it is and leave itself for the next owner (shutdown, or ownership lost). */
    void stop() {
        stop.set(true);
    }

    private boolean halted() {
        return cancel.get() || stop.get() || Thread.currentThread().isInterrupted();
    }

    @Override
    public void run() {
        try {
            Correlation.withPipelineRun(run.id(), () -> {
                execute();
                return null;
            });
        } catch (Throwable e) {
            // An Error (out of memory, say) must not leave the run "running" with nobody executing it.
            LOG.error("Pipeline run {} crashed", run.id(), e);
            try {
                end(RunStatus.FAILED, "Stopped by an unexpected error in step " + run.step().wire() + ": " + e,
                        "failed", "Search failed");
            } catch (Throwable again) {
                LOG.error("Pipeline run {} could not be marked failed; the next recovery will", run.id());
            }
        } finally {
            done.set(true);
        }
    }

    private void execute() {
        Step next = run.finishedStep() == null ? Step.DISCOVER : Step.resumeAfter(run.finishedStep());
        LOG.info("Pipeline run {} at step {} (attempt {})", run.id(), next.wire(), run.attempts());
        try {
            if (next.ordinal() <= Step.IMPORT.ordinal()) {
                discoverAndImport();
                if (!checkpoint(Step.IMPORT, run.request().discoverOnly() ? Step.DONE : Step.SCORE)) {
                    return;
                }
            }
            if (!run.request().discoverOnly()) {
                if (next.ordinal() <= Step.SCORE.ordinal()) {
                    score();
                    if (!checkpoint(Step.SCORE, Step.SELECT)) {
                        return;
                    }
                }
                if (next.ordinal() <= Step.SELECT.ordinal()) {
                    select();
                    if (!checkpoint(Step.SELECT, Step.PROCESS)) {
                        return;
                    }
                }
                if (next.ordinal() <= Step.PROCESS.ordinal()) {
                    process();
                    if (!checkpoint(Step.PROCESS, Step.DONE)) {
                        return;
                    }
                }
            }
            end(RunStatus.COMPLETED, null, "completed", "Search complete! Discovered " + discovered + " jobs, imported "
                    + imported + ", processed " + processed.get() + ".");
        } catch (RunFailed e) {
            end(RunStatus.FAILED, e.getMessage(), "failed", "Search failed: " + e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("Pipeline run {} failed", run.id(), e);
            end(RunStatus.FAILED, "Unexpected error in step " + run.step().wire() + ": " + e.getMessage(), "failed",
                    "Search failed");
        }
    }

    /** Saves a finished step; false when the run must not go on (stopped, cancelled, or no longer ours). */
    private boolean checkpoint(Step finished, Step following) {
        if (stop.get() || Thread.currentThread().isInterrupted()) {
            leave();
            return false;
        }
        if (cancel.get()) {
            end(RunStatus.CANCELLED, null, "cancelled", "Cancelled by user request");
            return false;
        }
        run = run.with(following, finished, summary(), progress, run.selectedJobIds());
        if (!runs.save(run, owner, clock.instant())) {
            LOG.warn("Pipeline run {} is no longer owned by this instance; stopping", run.id());
            return false;
        }
        return true;
    }

    private void leave() {
        synchronized (this) {
            run = run.with(run.step(), run.finishedStep(), summary(), progress, run.selectedJobIds());
            runs.save(run, owner, clock.instant());
        }
        runs.release(run.id(), owner);
        LOG.info("Pipeline run {} stopped at step {}; it resumes on the next start", run.id(), run.step().wire());
    }

    private void end(RunStatus status, String error, String step, String message) {
        Instant now = clock.instant();
        Progress last = progress.finished(step, message, error, now);
        synchronized (this) {
            progress = last;
            run = run.with(run.step(), run.finishedStep(), summary(), last, run.selectedJobIds()).ended(status, error, last, now);
            runs.save(run, owner, now);
        }
        published.accept(last);
        LOG.info("Pipeline run {} {}: {}", run.id(), status.wire(), error == null ? message : error);
    }

    private void publish(Progress next, boolean persist) {
        boolean save;
        synchronized (this) {
            progress = next;
            long now = System.currentTimeMillis();
            save = persist || now - lastSave >= SAVE_EVERY_MILLIS;
            if (save) {
                lastSave = now;
                run = run.with(run.step(), run.finishedStep(), summary(), next, run.selectedJobIds());
                if (!runs.save(run, owner, clock.instant())) {
                    stop.set(true);
                }
            }
        }
        published.accept(next);
    }

    private void discoverAndImport() {
        long began = System.nanoTime();
        RunRequest request = run.request();
        List<SourceConfig> configs = new ArrayList<>();
        List<RunSummary.SourceOutcome> missing = new ArrayList<>();
        for (String id : request.sources()) {
            try {
                configs.add(steps.sources().get(id));
            } catch (NotFound gone) {
                missing.add(new RunSummary.SourceOutcome(id, id, null, 0, 0, List.of(), "the source was deleted", 0, null));
            }
        }
        List<String> terms = request.searchTerms() != null ? request.searchTerms()
                : steps.settings().get(Setting.SEARCH_TERMS);
        Set<String> blocked = new LinkedHashSet<>(steps.settings().get(Setting.BLOCKED_COMPANY_KEYWORDS));
        blocked.addAll(request.blockedCompanyKeywords());
        Filters filters = new Filters(terms, request.countries(), request.cityLocations(), request.remoteRule(),
                List.copyOf(blocked), request.maxPostingAgeDays());
        int perSource = request.runBudget() == null || configs.isEmpty() ? Search.DEFAULT_MAX_ITEMS
                : Math.max(1, (request.runBudget() + configs.size() - 1) / configs.size());
        String place = !request.cityLocations().isEmpty() ? request.cityLocations().get(0)
                : request.countries().stream().sorted().findFirst().orElse(null);
        Search search = new Search(terms, place, perSource);
        AtomicInteger finished = new AtomicInteger();
        AtomicInteger delivered = new AtomicInteger();
        int total = configs.size();
        publish(progress.crawling(null, 0, total, 0), true);
        DiscoveryRun result = steps.discovery().discover(configs, search, filters, DiscoveryService.SOURCE_TIMEOUT,
                this::halted, new DiscoveryService.Listener() {
                    @Override
                    public void sourceFinished(DiscoveryRun.SourceResult r) {
                        publish(progress.crawling(r.name(), finished.incrementAndGet(), total,
                                delivered.addAndGet(r.postings())), false);
                    }

                    @Override
                    public void importing(int postings) {
                        stepMillis.put(Step.DISCOVER.wire(), (System.nanoTime() - began) / 1_000_000);
                        publish(progress.step("importing", "Found " + postings + " jobs, importing to database..."), true);
                    }
                });
        List<RunSummary.SourceOutcome> outcomes = new ArrayList<>(missing);
        result.sources().forEach(r -> outcomes.add(new RunSummary.SourceOutcome(r.id(), r.name(), r.type(),
                r.postings(), r.itemErrorCount(), r.itemErrors(), r.error(), r.millis(), r.terms())));
        synchronized (this) {
            sources = outcomes;
            discovered = result.discovered();
            filtered = result.filtered();
            duplicatesInRun = result.duplicatesInRun();
            alreadyKnown = result.alreadyKnown();
            imported = result.imported();
            previouslyApplied = result.previouslyApplied();
        }
        stepMillis.put(Step.IMPORT.wire(), (System.nanoTime() - began) / 1_000_000
                - stepMillis.getOrDefault(Step.DISCOVER.wire(), 0L));
        publish(progress.imported(imported, "Imported " + imported + " new jobs (" + (alreadyKnown + duplicatesInRun)
                + " duplicates)."), true);
        boolean allFailed = !outcomes.isEmpty() && outcomes.stream().allMatch(o -> o.error() != null);
        if (allFailed && discovered == 0 && !halted()) {
            throw new RunFailed("All sources failed: " + String.join("; ", outcomes.stream()
                    .map(o -> o.name() + ": " + o.error()).toList()));
        }
    }

    private void score() {
        long began = System.nanoTime();
        List<String> ids = steps.jobs().unscoredDiscoveredIds();
        synchronized (this) {
            toScore = scored.get() + scoreFailed.get() + ids.size();
        }
        publish(progress.scoring(scored.get(), toScore, exceptional.get(), null), true);
        AtomicReference<String> fatal = new AtomicReference<>();
        runPool(ids, scoreParallel(), id -> {
            if (fatal.get() != null) {
                return;
            }
            try {
                Job job = steps.jobs().scoreInRun(id);
                scored.incrementAndGet();
                if (job.suitabilityScore() != null && job.suitabilityScore() > 90) {
                    exceptional.incrementAndGet();
                }
                publish(progress.scoring(scored.get(), toScore, exceptional.get(), current(job)), false);
            } catch (Unprocessable e) {
                fatal.compareAndSet(null, e.getMessage());
            } catch (NotFound gone) {
                // Deleted meanwhile: nothing to score.
            } catch (JobwrightException e) {
                scoreFailed.incrementAndGet();
                error("scoring job " + id + ": " + e.getMessage());
            }
        });
        if (fatal.get() != null) {
            throw new RunFailed("Scoring is not possible: " + fatal.get());
        }
        stepMillis.put(Step.SCORE.wire(), (System.nanoTime() - began) / 1_000_000);
        publish(progress.step("scoring", "Scored " + scored.get() + " jobs."), true);
    }

    /**
     * How many jobs to score at once: the offline engine is bound by the CPU, so more threads than cores only cost
     * memory; an LLM mostly waits for its provider, so as many as {@code llmMaxConcurrency} allows.
     */
    private int scoreParallel() {
        if ("offline".equals(steps.settings().get(Setting.LLM_PROVIDER))) {
            return Math.max(1, Math.min(SCORE_PARALLEL, Runtime.getRuntime().availableProcessors()));
        }
        return steps.settings().get(Setting.LLM_MAX_CONCURRENCY);
    }

    private void select() {
        List<String> best = steps.jobs().bestDiscoveredIds(run.request().minSuitabilityScore(), run.request().topN());
        synchronized (this) {
            selected = best.size();
            run = run.with(run.step(), run.finishedStep(), summary(), progress, best);
        }
        publish(progress.processing(0, best.size(), null).step("selecting", "Selected " + best.size()
                + " jobs scoring at least " + formatScore(run.request().minSuitabilityScore()) + "."), true);
    }

    private void process() {
        long began = System.nanoTime();
        List<String> chosen = run.selectedJobIds() == null ? List.of() : run.selectedJobIds();
        processed.set(0);
        AtomicInteger failedNow = new AtomicInteger();
        publish(progress.processing(0, chosen.size(), null), true);
        runPool(chosen, PROCESS_PARALLEL, id -> {
            Job job;
            try {
                job = steps.jobs().get(id);
            } catch (NotFound gone) {
                error("job " + id + " was deleted before it could be processed");
                return;
            }
            if (job.status() == JobStatus.READY) {
                processed.incrementAndGet();
                return;
            }
            if (job.status() != JobStatus.DISCOVERED) {
                error("job " + id + " is " + job.status().wire() + " now; not processed");
                return;
            }
            publish(progress.processing(processed.get(), chosen.size(), current(job)), false);
            try {
                steps.jobs().process(id);
                processed.incrementAndGet();
            } catch (JobwrightException e) {
                failedNow.incrementAndGet();
                error("processing job " + id + " (" + job.title() + "): " + e.getMessage());
            }
            publish(progress.processing(processed.get(), chosen.size(), null), false);
        });
        processFailed.set(failedNow.get());
        stepMillis.put(Step.PROCESS.wire(), (System.nanoTime() - began) / 1_000_000);
    }

    /** Runs {@code work} over the ids on {@code parallel} threads; stops taking new ids once halted. */
    private void runPool(List<String> ids, int parallel, Consumer<String> work) {
        if (ids.isEmpty()) {
            return;
        }
        // Platform threads: SQLite waits for its write lock in native code, which would pin virtual threads.
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallel, ids.size()),
                Thread.ofPlatform().name("pipeline-" + run.id().substring(0, 8) + "-", 0).daemon(true).factory());
        try {
            for (String id : ids) {
                pool.execute(Correlation.propagate(() -> {
                    if (!halted()) {
                        work.accept(id);
                    }
                }));
            }
            pool.shutdown();
            while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
                // In-flight work finishes; queued ids are skipped once halted.
            }
        } catch (InterruptedException e) {
            stop.set(true);
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private void error(String message) {
        synchronized (errors) {
            if (errors.size() < RunSummary.MAX_ERRORS) {
                errors.add(message);
            }
        }
    }

    private static Progress.CurrentJob current(Job job) {
        return new Progress.CurrentJob(job.id(), job.title(), job.employer());
    }

    private static String formatScore(double score) {
        return score == Math.rint(score) ? Long.toString((long) score) : Double.toString(score);
    }

    private synchronized RunSummary summary() {
        return new RunSummary(sources, discovered, filtered, duplicatesInRun, alreadyKnown, imported, previouslyApplied,
                toScore, scored.get(), scoreFailed.get(), exceptional.get(), selected, processed.get(),
                processFailed.get(), new LinkedHashMap<>(stepMillis), new ArrayList<>(errors));
    }
}
