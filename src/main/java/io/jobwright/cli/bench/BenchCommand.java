package io.jobwright.cli.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code bench}: measures the real HTTP API of a freshly started app (see docs/benchmark.md). Progress goes to
 * stderr; the results table goes to stdout and, as JSON, to a file. Exits 1 when any request failed or the app
 * could not be started, seeded or measured.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false, subcommands = PipelineBench.class,
        description = {"Start the app as a child process on a fresh data dir, seed jobs through the API, "
                + "and measure startup time, memory and request latency against the targets."})
public final class BenchCommand implements Callable<Integer> {

    private static final DateTimeFormatter FILE_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    @Spec
    private CommandSpec spec;

    @Option(names = "--jobs", defaultValue = "10000", description = "Jobs to seed (default: ${DEFAULT-VALUE}).")
    private int jobs;

    @Option(names = "--duration-seconds", defaultValue = "10",
            description = "Measuring time per scenario and concurrency (default: ${DEFAULT-VALUE}).")
    private int durationSeconds;

    @Option(names = "--warmup-seconds", defaultValue = "2",
            description = "Unmeasured requests before each run (default: ${DEFAULT-VALUE}).")
    private int warmupSeconds;

    @Option(names = "--clients", split = ",", defaultValue = "1,16",
            description = "Concurrent clients for each scenario (default: ${DEFAULT-VALUE}).")
    private List<Integer> clients;

    @Option(names = "--seed-clients", defaultValue = "12",
            description = "Parallel connections while seeding (default: ${DEFAULT-VALUE}).")
    private int seedClients;

    @Option(names = "--out", description = "JSON results file (default: bench-results/bench-<UTC time>.json).")
    private Path out;

    @Mixin
    private AppLaunch launch;

    @Option(names = "--aot-cache", description = "Start the app with -XX:AOTCache=<file> (JDK 25+).")
    private Path aotCache;

    @Option(names = "--startup-runs", defaultValue = "3",
            description = "Starts to time; the median is reported, the last start is benchmarked (default: ${DEFAULT-VALUE}).")
    private int startupRuns;

    @Option(names = "--render", description = "Run the render scenario instead of the API scenarios: first and warm "
            + "renders of a two-page resume, 100 background regenerations and peak memory.")
    private boolean render;

    @Option(names = "--scenarios", split = ",",
            description = "Only these scenarios, comma-separated (default: all of list-all, list-discovered, page-50, "
                    + "get-one, patch, revision, llm-score, jobs-page).")
    private List<String> only;

    @Option(names = "--llm-jobs", defaultValue = "100",
            description = "Jobs the llm-score scenario rescores (default: ${DEFAULT-VALUE}).")
    private int llmJobs;

    @Option(names = "--llm-latency-ms", defaultValue = "200",
            description = "The fake LLM provider's answer delay (default: ${DEFAULT-VALUE}).")
    private int llmLatencyMs;

    @Option(names = "--llm-concurrency", defaultValue = "8",
            description = "Concurrent rescores, and the app's llmMaxConcurrency, in llm-score (default: ${DEFAULT-VALUE}).")
    private int llmConcurrency;

    /** Runs the whole bench and returns the exit code: 0 when every request succeeded, 1 otherwise. */
    @Override
    public Integer call() {
        Path appJar = launch.jar(spec);
        List<String> childJvm = childJvmArgs(appJar);
        validate();
        FailureLog failures = new FailureLog();
        double loadBefore = HostLoad.oneMinute();
        if (loadBefore >= 1) {
            progress("WARNING: the host is busy (load average %.2f on %d CPUs); the figures will be noisy", loadBefore,
                    Runtime.getRuntime().availableProcessors());
        }
        if (render) {
            return renderBench(appJar, childJvm);
        }
        List<Long> startups = new ArrayList<>();
        for (int run = 1; run < startupRuns; run++) {
            try (Guarded probe = new Guarded(AppProcess.spawn(appJar, childJvm))) {
                probe.app().awaitHealthy();
                startups.add(probe.app().startupMillis());
                progress("start %d of %d answered /health after %d ms", run, startupRuns, probe.app().startupMillis());
            } catch (BenchFailure e) {
                System.err.println("bench: " + e.getMessage());
                return 1;
            }
        }
        Path file = out != null ? out : Path.of("bench-results", "bench-" + FILE_STAMP.format(Instant.now()) + ".json");
        Guarded guard = null;
        try {
            guard = new Guarded(AppProcess.spawn(appJar, childJvm));
            BenchReport report = measure(guard.app(), childJvm, failures, loadBefore, startups);
            System.out.print(ReportTable.render(report));
            report.write(file);
            System.out.println("\nresults written to " + file.toAbsolutePath());
            if (failures.count() > 0) {
                System.err.println("bench: " + failures.count() + " requests failed; the first ones:");
                failures.first().forEach(f -> System.err.println("  " + f));
                keepLog(guard.app(), file);
                return 1;
            }
            return 0;
        } catch (BenchFailure e) {
            System.err.println("bench: " + e.getMessage());
            if (guard != null) {
                keepLog(guard.app(), file);
            }
            return 1;
        } finally {
            if (guard != null) {
                guard.close();
            }
        }
    }

    /** {@code --render}: one fresh app, the {@link RenderBench} steps, a table and a JSON file. */
    private int renderBench(Path appJar, List<String> childJvm) {
        Path file = out != null ? out : Path.of("bench-results", "render-" + FILE_STAMP.format(Instant.now()) + ".json");
        try (Guarded guard = new Guarded(AppProcess.spawn(appJar, childJvm))) {
            guard.app().awaitHealthy();
            progress("app (pid %d) answered /health %d ms after spawn", guard.app().pid(), guard.app().startupMillis());
            try {
                Map<String, Object> results = new java.util.LinkedHashMap<>();
                results.put("at", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
                results.put("java", Runtime.version().toString());
                results.put("gitCommit", GitCommit.describe());
                results.put("cpus", Runtime.getRuntime().availableProcessors());
                results.put("loadBefore", HostLoad.oneMinute());
                results.put("jvmArgs", childJvm);
                results.putAll(new RenderBench(guard.app(), createAdmin(guard.app())).run());
                results.put("loadAfter", HostLoad.oneMinute());
                @SuppressWarnings("unchecked")
                List<TargetCheck> targets = (List<TargetCheck>) results.get("targets");
                System.out.print(RenderBench.table(targets));
                RenderBench.write(results, file);
                System.out.println("\nresults written to " + file.toAbsolutePath());
                return 0;
            } catch (BenchFailure e) {
                System.err.println("bench: " + e.getMessage());
                keepLog(guard.app(), file);
                return 1;
            }
        } catch (BenchFailure e) {
            System.err.println("bench: " + e.getMessage());
            return 1;
        }
    }

    /** The temp dir goes away with the app; a failed run's log is worth keeping beside its results. */
    private static void keepLog(AppProcess app, Path resultsFile) {
        Path log = resultsFile.resolveSibling(resultsFile.getFileName().toString().replaceFirst("\\.json$", "") + "-app.log");
        if (app.saveLog(log)) {
            System.err.println("bench: the app's log is saved in " + log.toAbsolutePath());
        } else {
            System.err.println("bench: the app's log ends:\n  " + String.join("\n  ", app.logTail(20)));
        }
    }

    private BenchReport measure(AppProcess app, List<String> childJvm, FailureLog failures, double loadBefore,
            List<Long> startups) {
        app.awaitHealthy();
        progress("app (pid %d) answered /health %d ms after spawn", app.pid(), app.startupMillis());
        startups.add(app.startupMillis());
        long startupMs = Percentiles.nearestRank(startups.stream().mapToLong(Long::longValue).sorted().toArray(), 50);
        String token = createAdmin(app);
        SeededJobs seeded = new Seeder(app.baseUri(), token, seedClients, new PostingGenerator(42), failures).seed(jobs);
        progress("seeded %s in %.1f s", seeded.counts(), seeded.seconds());
        checkListSize(app, token, seeded.ids().size());
        pause(Duration.ofSeconds(2));
        ProcessRss idle = ProcessRss.of(app.pid());
        progress("RSS idle %.1f MB", idle.rssMb());

        ScenarioRunner runner = new ScenarioRunner(app.baseUri(), token, Duration.ofSeconds(warmupSeconds),
                Duration.ofSeconds(durationSeconds), failures);
        List<ScenarioResult> results = new ArrayList<>();
        for (Scenario scenario : ApiScenarios.over(seeded)) {
            if (only != null && !only.contains(scenario.name())) {
                continue;
            }
            for (int count : clients) {
                ScenarioResult result = runner.run(scenario, count);
                progress("%-16s x%-2d %8.1f req/s  p50 %8.2f ms  p99 %8.2f ms  %d errors", result.name(), count,
                        result.rps(), result.p50Ms(), result.p99Ms(), result.errors());
                results.add(result);
            }
        }
        if (only == null || only.contains(LlmScoringScenario.NAME)) {
            for (ScenarioResult llm : new LlmScoringScenario(app.baseUri(), token, failures)
                    .run(seeded.ids(), llmJobs, llmConcurrency, Duration.ofMillis(llmLatencyMs))) {
                progress("%-16s x%-2d %d jobs in %.2f s (provider latency %d ms)  p50 %8.2f ms  p99 %8.2f ms  %d errors",
                        llm.name(), llm.clients(), llm.requests(), llm.requests() / llm.rps(), llmLatencyMs, llm.p50Ms(),
                        llm.p99Ms(), llm.errors());
                results.add(llm);
            }
        }
        ProcessRss afterLoad = ProcessRss.of(app.pid());
        return new BenchReport(Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
                Runtime.version().toString(), GitCommit.describe(), Runtime.getRuntime().availableProcessors(), loadBefore,
                HostLoad.oneMinute(), jobs,
                childJvm, startupMs, startups, seeded.seconds(), seeded.jobsPerSecond(), idle.rssMb(),
                afterLoad.rssMb(), afterLoad.peakMb(), results,
                Targets.check(startupMs, idle.rssMb(), afterLoad.rssMb(), results),
                failures.count(), failures.first());
    }

    static String createAdmin(AppProcess app) {
        try (BenchClient client = new BenchClient(app.baseUri(), null)) {
            Reply reply = client.send(client.json("POST", "/api/auth/setup",
                    Map.of("username", "bench", "password", "bench password 1234")));
            if (!reply.ok()) {
                throw new BenchFailure("Admin setup was refused: " + reply.describe());
            }
            String token = reply.json().path("data").path("token").asText("");
            if (token.isEmpty()) {
                throw new BenchFailure("Admin setup answered without data.token: " + reply.describe());
            }
            return token;
        }
    }

    /** A list that silently stops at a default limit would make "list all" measure something smaller: say so. */
    private static void checkListSize(AppProcess app, String token, int expected) {
        try (BenchClient client = new BenchClient(app.baseUri(), token)) {
            Reply reply = client.send(client.get("/api/jobs?view=list"));
            if (!reply.ok()) {
                throw new BenchFailure("Listing the seeded jobs failed: " + reply.describe());
            }
            int listed = reply.json().path("data").path("jobs").size();
            if (listed != expected) {
                progress("WARNING: GET /api/jobs?view=list returned %d jobs, %d were seeded", listed, expected);
            }
        }
    }

    private List<String> childJvmArgs(Path appJar) {
        List<String> args = launch.jvmOptions(appJar);
        if (aotCache != null) {
            if (!Files.isRegularFile(aotCache)) {
                throw new ParameterException(spec.commandLine(), "--aot-cache " + aotCache
                        + " does not exist; docs/benchmark.md shows how to create one");
            }
            args.add("-XX:AOTCache=" + aotCache.toAbsolutePath());
        }
        return args;
    }

    private void validate() {
        if (jobs < 100) {
            throw new ParameterException(spec.commandLine(), "--jobs must be at least 100 (was " + jobs + ")");
        }
        if (durationSeconds < 1 || warmupSeconds < 0 || seedClients < 1 || startupRuns < 1) {
            throw new ParameterException(spec.commandLine(), "--duration-seconds, --seed-clients and --startup-runs must "
                    + "be at least 1, --warmup-seconds at least 0");
        }
        List<String> known = new ArrayList<>(ApiScenarios.NAMES);
        known.add(LlmScoringScenario.NAME);
        if (only != null && !known.containsAll(only)) {
            throw new ParameterException(spec.commandLine(), "--scenarios must name some of " + known);
        }
        if (llmJobs < 1 || llmJobs > jobs || llmConcurrency < 1 || llmConcurrency > 64 || llmLatencyMs < 0) {
            throw new ParameterException(spec.commandLine(), "--llm-jobs must be 1 to --jobs, --llm-concurrency 1 to 64, "
                    + "--llm-latency-ms at least 0");
        }
        if (clients.isEmpty() || clients.stream().anyMatch(c -> c < 1 || c > 256)) {
            throw new ParameterException(spec.commandLine(), "--clients must be numbers from 1 to 256");
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchFailure("Interrupted");
        }
    }

    /** A child app with a shutdown hook: Ctrl-C or a crash must not leave a JVM listening or a temp dir behind. */
    record Guarded(AppProcess app, Thread hook) implements AutoCloseable {

        Guarded(AppProcess app) {
            this(app, new Thread(app::close, "bench-cleanup"));
            Runtime.getRuntime().addShutdownHook(hook);
        }

        @Override
        public void close() {
            app.close();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException alreadyShuttingDown) {
                // The hook is running or has run; nothing left to undo.
            }
        }
    }

    private static void progress(String format, Object... args) {
        System.err.printf("bench: " + format + "%n", args);
    }
}
