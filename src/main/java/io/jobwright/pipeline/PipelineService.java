package io.jobwright.pipeline;

import io.jobwright.db.Dialect;
import io.jobwright.error.Conflict;
import io.jobwright.error.InvalidRequest;
import io.jobwright.source.SourceConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts, cancels, reports and recovers pipeline runs. One run at a time (the database refuses a second). The run
 * executes on a background thread of this instance, which keeps a heartbeat on its row; a run whose owner stopped
 * (a clean shutdown hands it over at once, a crash after {@link #STALE_AFTER}) is adopted and resumed from its last
 * finished step, or failed with a reason after {@link #MAX_ATTEMPTS} interruptions. Thread-safe.
 */
public final class PipelineService implements AutoCloseable {

    /** A run whose owner sent no heartbeat for this long is taken over. */
    public static final Duration STALE_AFTER = Duration.ofSeconds(45);
    /** How many times a run is started (first start plus resumes) before an interruption fails it. */
    public static final int MAX_ATTEMPTS = 3;
    private static final Logger LOG = LoggerFactory.getLogger(PipelineService.class);
    private static final int RECENT_RUNS = 20;

    private final PipelineRepository runs;
    private final RunSteps steps;
    private final Dialect dialect;
    private final String instanceId;
    private final Clock clock;
    private final ProgressFeed feed;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("pipeline-run").daemon(true).factory());
    private volatile RunExecution active;

    public PipelineService(PipelineRepository runs, RunSteps steps, Dialect dialect, String instanceId, Clock clock) {
        this.runs = runs;
        this.steps = steps;
        this.dialect = dialect;
        this.instanceId = instanceId;
        this.clock = clock;
        this.feed = new ProgressFeed(this::progress);
    }

    /**
     * Starts a run in the background and returns it as stored.
     *
     * @throws InvalidRequest when a named source does not exist or there is no source to run
     * @throws Conflict       when a run is already in progress
     */
    public synchronized RunView start(RunRequest request) {
        List<String> ids = resolveSources(request.sources());
        RunRequest resolved = new RunRequest(ids, request.searchTerms(), request.topN(), request.minSuitabilityScore(),
                request.runBudget(), request.preset(), request.countries(), request.cityLocations(),
                request.workplaceTypes(), request.blockedCompanyKeywords(), request.maxPostingAgeDays(),
                request.discoverOnly(), request.trigger());
        Instant now = clock.instant();
        String id = UUID.randomUUID().toString();
        Progress first = new Progress(id, "crawling", "Fetching jobs from sources...", null, null, 0, ids.size(), 0, 0,
                0, 0, 0, 0, 0, null, null, now, null);
        RunView run = new RunView(id, RunStatus.RUNNING, resolved.trigger(), Step.DISCOVER, null, resolved,
                RunSummary.empty(), first, null, null, null, instanceId, now, 1, now, now, null);
        runs.insert(run);
        LOG.info("Pipeline run {} started by {} over {} source(s)", id, resolved.trigger(), ids.size());
        launch(run);
        return run;
    }

    /** The run, or {@code NotFound}. */
    public RunView get(String id) {
        return runs.get(id);
    }

    /** The newest {@value #RECENT_RUNS} runs, newest first. */
    public List<RunView> recent() {
        return runs.recent(RECENT_RUNS);
    }

    /** The run in progress, if any (on any instance). */
    public Optional<RunView> running() {
        return runs.running();
    }

    /** Whether a run is in progress, and the latest run. */
    public Map<String, Object> status() {
        Map<String, Object> m = new LinkedHashMap<>();
        List<RunView> latest = runs.recent(1);
        m.put("isRunning", latest.stream().anyMatch(r -> !r.finished()));
        m.put("lastRun", latest.isEmpty() ? null : latest.get(0).toMap());
        m.put("nextScheduledRun", null);
        return m;
    }

    /** The live progress: this instance's run, else the stored progress of the latest run, else idle. */
    public Progress progress() {
        RunExecution current = active;
        if (current != null && !current.done()) {
            return current.progress();
        }
        List<RunView> latest = runs.recent(1);
        return latest.isEmpty() ? Progress.idle() : latest.get(0).progress();
    }

    /** The server-sent-event feed of {@link #progress}. */
    public ProgressFeed feed() {
        return feed;
    }

    /** What {@link #cancel} did. */
    public record Cancelled(String message, String pipelineRunId, boolean alreadyRequested) {
    }

    /**
     * Asks the running run to stop: sources stop between pages, pools take no new jobs, in-flight work finishes, and
     * the run ends {@code cancelled}. Asking twice is harmless.
     *
     * @throws Conflict when no run is in progress
     */
    public Cancelled cancel() {
        RunView run = runs.requestCancel(clock.instant()).orElseThrow(() -> new Conflict("No running pipeline to cancel"));
        RunExecution current = active;
        if (current != null && current.runId().equals(run.id())) {
            current.cancel();
        }
        boolean already = run.cancelRequestedAt() != null;
        LOG.info("Pipeline run {} cancellation requested", run.id());
        return new Cancelled(already ? "Cancellation was already requested" : "Cancellation requested", run.id(), already);
    }

    /**
     * Takes over a run left by a stopped or crashed instance: at startup every run not owned by a live instance (on
     * SQLite, every run, since only this process can use the database), later only those whose heartbeat went stale.
     */
    public synchronized void recover(boolean atStartup) {
        try {
            Optional<RunView> found = runs.running();
            if (found.isEmpty()) {
                return;
            }
            RunView run = found.get();
            RunExecution current = active;
            if (current != null && !current.done()) {
                return;
            }
            Instant now = clock.instant();
            // Owned by this instance but executed by nobody: its thread died; take it over like any orphan.
            boolean orphanedHere = instanceId.equals(run.owner());
            boolean stale = orphanedHere || run.owner() == null || run.heartbeatAt() == null
                    || run.heartbeatAt().isBefore(now.minus(STALE_AFTER)) || (atStartup && dialect.singleProcess());
            if (!stale || !runs.adopt(run, instanceId, now)) {
                return;
            }
            RunView adopted = runs.get(run.id());
            if (adopted.cancelRequestedAt() != null) {
                runs.endOrphan(adopted, RunStatus.CANCELLED, null, adopted.progress().finished("cancelled",
                        "Cancelled by user request", null, now), now);
                LOG.info("Pipeline run {} was cancelled while it was interrupted", run.id());
                return;
            }
            if (adopted.attempts() > MAX_ATTEMPTS) {
                String reason = "The run was interrupted " + (adopted.attempts() - 1) + " times (last in step "
                        + adopted.step().wire() + "); giving up";
                runs.endOrphan(adopted, RunStatus.FAILED, reason, adopted.progress().finished("failed",
                        "Search failed: " + reason, reason, now), now);
                LOG.warn("Pipeline run {} failed: {}", run.id(), reason);
                return;
            }
            LOG.info("Resuming pipeline run {} after step {} (attempt {})", run.id(),
                    adopted.finishedStep() == null ? "none" : adopted.finishedStep().wire(), adopted.attempts());
            launch(adopted);
        } catch (RuntimeException e) {
            LOG.warn("Recovering pipeline runs failed: {}", e.getMessage());
        }
    }

    /** Keeps this instance's claim on its run fresh, and picks up a cancellation asked of another instance. */
    public void heartbeat() {
        RunExecution current = active;
        if (current == null || current.done()) {
            return;
        }
        try {
            if (!runs.heartbeat(current.runId(), instanceId, clock.instant())) {
                current.stop();
            } else if (runs.cancelRequested(current.runId())) {
                current.cancel();
            }
        } catch (RuntimeException e) {
            LOG.warn("Pipeline heartbeat failed: {}", e.getMessage());
        }
    }

    /** Waits until this instance's run has ended or stopped (for the CLI and tests); false on timeout. */
    public boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        RunExecution current = active;
        while (current != null && !current.done()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            feed.awaitChange(Duration.ofMillis(200));
        }
        return true;
    }

    /**
     * Stops the running run where it is and hands it over (it stays {@code running} and resumes on the next start
     * or on another instance); in-flight jobs get a few seconds to finish.
     */
    @Override
    public void close() {
        RunExecution current = active;
        if (current != null) {
            current.stop();
        }
        executor.shutdown();
        try {
            if (!executor.awaitTermination(20, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
        feed.close();
    }

    private void launch(RunView run) {
        RunExecution execution = new RunExecution(run, runs, steps, instanceId, clock, feed::changed);
        active = execution;
        feed.changed(run.progress());
        executor.execute(execution);
    }

    private List<String> resolveSources(List<String> selectors) {
        List<SourceConfig> all = steps.sources().list();
        Set<String> ids = new LinkedHashSet<>();
        if (selectors.isEmpty()) {
            all.stream().filter(SourceConfig::enabled).forEach(s -> ids.add(s.id()));
            if (ids.isEmpty()) {
                throw InvalidRequest.field("sources", "no enabled source is configured; add one with POST /api/sources");
            }
            return List.copyOf(ids);
        }
        List<String> unknown = new ArrayList<>();
        for (String selector : selectors) {
            Optional<SourceConfig> byId = all.stream().filter(s -> s.id().equals(selector)).findFirst()
                    .or(() -> all.stream().filter(s -> s.name().equalsIgnoreCase(selector)).findFirst());
            if (byId.isPresent()) {
                ids.add(byId.get().id());
                continue;
            }
            String type = selector.toLowerCase(Locale.ROOT);
            List<SourceConfig> ofType = all.stream().filter(s -> s.type().equals(type) && s.enabled()).toList();
            if (ofType.isEmpty()) {
                unknown.add(selector);
            }
            ofType.forEach(s -> ids.add(s.id()));
        }
        if (!unknown.isEmpty()) {
            throw new InvalidRequest("sources: no configured source has the id, name or type " + String.join(", ", unknown)
                    + " (a type needs at least one enabled source of it; see GET /api/sources)",
                    Map.of("field", "sources", "unknownSources", unknown));
        }
        return List.copyOf(ids);
    }
}
