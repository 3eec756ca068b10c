package io.jobwright.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code bench pipeline}: measures pipeline runs end to end against a freshly started app and Greenhouse boards on
 * loopback. Two scenarios, each on its own app: {@code import} (discover, normalise, dedupe and store postings, a
 * tenth of them near-duplicates) and {@code full-run} (discover, import, score every new job with the configured
 * engine, tailor and render the top N). Reports wall time, per-step time and the app's resident memory.
 */
@Command(name = "pipeline", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Time pipeline runs (import of many postings; a full run with scoring and PDFs) against "
                + "loopback job boards.")
final class PipelineBench implements Callable<Integer> {

    private static final DateTimeFormatter FILE_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    static final double IMPORT_TARGET_SECONDS = 10;
    static final double FULL_RUN_TARGET_SECONDS = 90;
    static final double RSS_TARGET_MB = 512;
    /** A base resume for scoring and tailoring: skills the generated postings mention now and then. */
    private static final String RESUME = """
            {"basics": {"name": "Bench Person", "label": "Backend Engineer", "email": "bench@example.org",
              "summary": "Backend engineer building reliable services."},
             "work": [{"name": "Example Ltd", "position": "Senior Backend Engineer", "startDate": "2020-01",
               "highlights": ["Built services in Java and Kotlin on PostgreSQL", "Ran Kafka pipelines"]}],
             "skills": [{"name": "Backend", "keywords": ["Java", "Kotlin", "PostgreSQL", "Kafka", "Go", "Python"]},
                        {"name": "Operations", "keywords": ["Docker", "Kubernetes", "Terraform", "AWS"]}],
             "projects": [{"name": "Router", "description": "A routing service in Java"}]}
            """;

    @Spec
    private CommandSpec spec;

    @Option(names = "--import-postings", defaultValue = "10000",
            description = "Postings in the import scenario (default: ${DEFAULT-VALUE}).")
    private int importPostings;

    @Option(names = "--run-postings", defaultValue = "2000",
            description = "New postings in the full-run scenario (default: ${DEFAULT-VALUE}).")
    private int runPostings;

    @Option(names = "--process", defaultValue = "10",
            description = "Jobs the full run tailors and renders (default: ${DEFAULT-VALUE}).")
    private int process;

    @Option(names = "--boards", defaultValue = "5", description = "Loopback boards sharing the postings (default: ${DEFAULT-VALUE}).")
    private int boards;

    @Option(names = "--scenarios", split = ",", defaultValue = "import,full-run",
            description = "Which scenarios (default: ${DEFAULT-VALUE}).")
    private List<String> scenarios;

    @Mixin
    private AppLaunch launch;

    @Option(names = "--out", description = "JSON results file (default: bench-results/pipeline-<UTC time>.json).")
    private Path out;

    /** One measured scenario. */
    record Result(String scenario, int postings, String status, double seconds, double appCpuSeconds,
                  Map<String, Long> stepMillis, int discovered, int imported, int duplicates, int scored,
                  int processed, double rssMb, double peakRssMb, double targetSeconds, boolean withinTargets) {
    }

    @Override
    public Integer call() {
        Path appJar = launch.jar(spec);
        if (importPostings < 1 || runPostings < 1 || process < 1 || process > 50 || boards < 1 || boards > 50) {
            throw new ParameterException(spec.commandLine(), "--import-postings and --run-postings must be positive, "
                    + "--process from 1 to 50, --boards from 1 to 50");
        }
        List<String> childJvm = launch.jvmOptions(appJar);
        List<Result> results = new ArrayList<>();
        try {
            if (scenarios.contains("import")) {
                results.add(measure(appJar, childJvm, "import", importPostings, true));
            }
            if (scenarios.contains("full-run")) {
                results.add(measure(appJar, childJvm, "full-run", runPostings, false));
            }
        } catch (BenchFailure e) {
            System.err.println("bench pipeline: " + e.getMessage());
            return 1;
        }
        System.out.print(table(results));
        Path file = out != null ? out : Path.of("bench-results", "pipeline-" + FILE_STAMP.format(Instant.now()) + ".json");
        write(file, results, childJvm);
        System.out.println("\nresults written to " + file.toAbsolutePath());
        return results.stream().allMatch(r -> r.status().equals("completed")) ? 0 : 1;
    }

    private Result measure(Path appJar, List<String> childJvm, String name, int postings, boolean importOnly) {
        int boardCount = Math.min(boards, postings);
        try (LoopbackBoards loopback = new LoopbackBoards(boardCount, postings, importOnly ? 10 : 0, importOnly ? 1 : 2);
             BenchCommand.Guarded guard = new BenchCommand.Guarded(AppProcess.spawn(appJar, childJvm,
                     Map.of("JOBWRIGHT_ALLOW_PRIVATE_FETCH", "true")))) {
            AppProcess app = guard.app();
            try {
                return measure(app, loopback, name, postings, boardCount, importOnly);
            } catch (BenchFailure e) {
                throw new BenchFailure(e.getMessage() + "\nthe app's log ends:\n  " + String.join("\n  ", app.logTail(15)));
            }
        }
    }

    private Result measure(AppProcess app, LoopbackBoards loopback, String name, int postings, int boardCount,
                           boolean importOnly) {
        try {
            app.awaitHealthy();
            String token = BenchCommand.createAdmin(app);
            try (BenchClient client = new BenchClient(app.baseUri(), token)) {
                expect(client.send(client.bytes("/api/resume/import", "application/json",
                        RESUME.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
                List<String> ids = new ArrayList<>();
                for (int i = 0; i < loopback.baseUrls().size(); i++) {
                    ids.add(expect(client.send(client.json("POST", "/api/sources", Map.of("type", "greenhouse",
                            "name", "board-" + (i + 1), "params", Map.of("board", "bench", "baseUrl",
                                    loopback.baseUrls().get(i)))))).path("data").path("id").asText());
                }
                Map<String, Object> request = new LinkedHashMap<>();
                request.put("sources", ids);
                request.put("searchTerms", List.of());
                request.put("discoverOnly", importOnly);
                request.put("topN", process);
                request.put("minSuitabilityScore", 0);
                progress("%s: %d postings on %d loopback boards", name, postings, boardCount);
                long began = System.nanoTime();
                double cpuBefore = cpuSeconds(app.pid());
                String runId = expect(client.send(client.json("POST", "/api/pipeline/run", request)))
                        .path("data").path("pipelineRunId").asText();
                ProcessRss peak = ProcessRss.of(app.pid());
                JsonNode run;
                while (true) {
                    run = expect(client.send(client.get("/api/pipeline/runs/" + runId))).path("data");
                    ProcessRss now = ProcessRss.of(app.pid());
                    peak = now.peakKb() > peak.peakKb() ? now : peak;
                    if (!run.path("status").asText().equals("running")) {
                        break;
                    }
                    Thread.sleep(50);
                }
                double seconds = (System.nanoTime() - began) / 1e9;
                double cpu = cpuSeconds(app.pid()) - cpuBefore;
                ProcessRss after = ProcessRss.of(app.pid());
                JsonNode s = run.path("summary");
                Map<String, Long> steps = new LinkedHashMap<>();
                s.path("stepMillis").fields().forEachRemaining(e -> steps.put(e.getKey(), e.getValue().asLong()));
                if (s.path("discovered").asInt() < postings) {
                    progress("%s: the sources delivered %d of %d postings: %s", name, s.path("discovered").asInt(),
                            postings, s.path("sources"));
                }
                double target = importOnly ? IMPORT_TARGET_SECONDS : FULL_RUN_TARGET_SECONDS;
                Result result = new Result(name, postings, run.path("status").asText(), round(seconds), round(cpu), steps,
                        s.path("discovered").asInt(), s.path("imported").asInt(),
                        s.path("duplicatesInRun").asInt() + s.path("alreadyKnown").asInt(), s.path("scored").asInt(),
                        s.path("processed").asInt(), after.rssMb(), after.peakMb(), target,
                        seconds <= target && after.peakMb() <= RSS_TARGET_MB && s.path("discovered").asInt() == postings);
                progress("%s: %s in %.1f s (app CPU %.1f s), steps %s, peak RSS %.0f MB", name, result.status(), seconds,
                        cpu, steps, after.peakMb());
                return result;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchFailure("Interrupted");
        }
    }

    private static JsonNode expect(Reply reply) {
        if (!reply.ok()) {
            throw new BenchFailure("Request failed: " + reply.describe());
        }
        return reply.json();
    }

    static String table(List<Result> results) {
        StringBuilder t = new StringBuilder();
        t.append(String.format("%-10s %8s %-10s %9s %8s %8s %8s %8s %7s %9s %9s %10s  %s%n", "scenario", "postings",
                "status", "seconds", "target", "app CPU", "imported", "dupes", "scored", "processed", "RSS MB",
                "peak RSS", "steps (ms)"));
        for (Result r : results) {
            t.append(String.format("%-10s %8d %-10s %9.1f %8s %8.1f %8d %8d %7d %9d %9.0f %10.0f  %s%n", r.scenario(),
                    r.postings(), r.status(), r.seconds(), "≤ " + (int) r.targetSeconds(), r.appCpuSeconds(),
                    r.imported(), r.duplicates(),
                    r.scored(), r.processed(), r.rssMb(), r.peakRssMb(), r.stepMillis()));
        }
        t.append(String.format("targets: import ≤ %.0f s, full run ≤ %.0f s, peak RSS ≤ %.0f MB: %s%n",
                IMPORT_TARGET_SECONDS, FULL_RUN_TARGET_SECONDS, RSS_TARGET_MB,
                results.stream().allMatch(Result::withinTargets) ? "met" : "NOT met"));
        return t.toString();
    }

    private static void write(Path file, List<Result> results, List<String> childJvm) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("at", Instant.now().toString());
        report.put("java", Runtime.version().toString());
        report.put("gitCommit", GitCommit.describe());
        report.put("cpus", Runtime.getRuntime().availableProcessors());
        report.put("loadAverage", HostLoad.oneMinute());
        report.put("appJvmOptions", childJvm);
        report.put("results", results);
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            BenchClient.JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), report);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    /**
     * CPU seconds the process has used (user + system, from {@code /proc/<pid>/stat}); on a host shared with other
     * work this says what the run costs, which wall time cannot.
     */
    static double cpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    private static double round(double seconds) {
        return Math.round(seconds * 10) / 10.0;
    }

    private static void progress(String format, Object... args) {
        System.err.printf("bench pipeline: " + format + "%n", args);
    }
}
