package io.jobwright.cli.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The project's speed and memory targets, checked against a run. Median targets describe one user clicking around,
 * so they are checked at 1 client; the p99 targets are about staying responsive under load, checked at 16 clients.
 */
final class Targets {

    private record Latency(String scenario, int clients, boolean p99, double limitMs) {
    }

    private static final List<Latency> LATENCY = List.of(
            new Latency("list-all", 1, false, 100),
            new Latency("list-discovered", 1, false, 70),
            new Latency("page-50", 1, false, 15),
            new Latency("get-one", 1, false, 5),
            new Latency("revision", 1, false, 5),
            new Latency("patch", 1, false, 4),
            new Latency("get-one", 16, true, 50),
            new Latency("patch", 16, true, 50),
            new Latency("revision", 16, true, 50));

    static final double STARTUP_MS = 1_500;
    /** LLM scoring of 100 jobs against a provider answering in 200 ms, whole run. */
    static final double LLM_SCORE_100_MS = 6_000;
    static final double RSS_IDLE_MB = 160;
    static final double RSS_AFTER_LOAD_MB = 300;

    private Targets() {
    }

    /** Every target with its verdict for the given measurements. */
    static List<TargetCheck> check(long startupMs, double rssIdleMb, double rssAfterLoadMb, List<ScenarioResult> results) {
        List<TargetCheck> checks = new ArrayList<>();
        checks.add(TargetCheck.of("startup", (double) startupMs, STARTUP_MS, "ms", false));
        checks.add(TargetCheck.of("RSS idle", rssIdleMb, RSS_IDLE_MB, "MB", false));
        checks.add(TargetCheck.of("RSS after load", rssAfterLoadMb, RSS_AFTER_LOAD_MB, "MB", false));
        for (Latency target : LATENCY) {
            Optional<ScenarioResult> result = results.stream()
                    .filter(r -> r.name().equals(target.scenario()) && r.clients() == target.clients())
                    .findFirst();
            String name = target.scenario() + (target.p99() ? " p99" : " p50") + " at " + target.clients()
                    + (target.clients() == 1 ? " client" : " clients");
            checks.add(TargetCheck.of(name,
                    result.map(r -> target.p99() ? r.p99Ms() : r.p50Ms()).orElse(null),
                    target.limitMs(), "ms",
                    result.map(r -> r.errors() > 0).orElse(false)));
        }
        results.stream().filter(r -> r.name().startsWith(LlmScoringScenario.NAME) && r.rps() > 0)
                .forEach(r -> checks.add(TargetCheck.of(r.name() + " " + r.requests() + " jobs total",
                        r.requests() / r.rps() * 1000, LLM_SCORE_100_MS, "ms", r.errors() > 0)));
        return checks;
    }
}
