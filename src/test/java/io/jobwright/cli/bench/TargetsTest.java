package io.jobwright.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.jobwright.cli.bench.TargetCheck.Verdict;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TargetsTest {

    @Test
    void medians_are_judged_at_one_client_and_p99_at_sixteen() {
        List<ScenarioResult> results = List.of(
                new ScenarioResult("get-one", 1, 1000, 500, 4.9, 30, 0, 0),
                new ScenarioResult("get-one", 16, 1000, 900, 20, 51, 0, 0));

        Map<String, TargetCheck> checks = byName(Targets.check(1_400, 150, 310, results));

        assertThat(checks.get("startup").verdict()).isEqualTo(Verdict.PASS);
        assertThat(checks.get("RSS idle").verdict()).isEqualTo(Verdict.PASS);
        assertThat(checks.get("RSS after load").verdict()).isEqualTo(Verdict.MISS);
        assertThat(checks.get("get-one p50 at 1 client").measured()).isEqualTo(4.9);
        assertThat(checks.get("get-one p50 at 1 client").verdict()).isEqualTo(Verdict.PASS);
        assertThat(checks.get("get-one p99 at 16 clients").verdict()).isEqualTo(Verdict.MISS);
        assertThat(checks.get("list-all p50 at 1 client").verdict()).isEqualTo(Verdict.NOT_MEASURED);
    }

    @Test
    void a_fast_run_with_failed_requests_does_not_pass() {
        List<ScenarioResult> results = List.of(new ScenarioResult("patch", 1, 100, 1000, 1, 2, 3, 0));

        assertThat(byName(Targets.check(1, 1, 1, results)).get("patch p50 at 1 client").verdict())
                .isEqualTo(Verdict.MISS);
    }

    private static Map<String, TargetCheck> byName(List<TargetCheck> checks) {
        return checks.stream().collect(Collectors.toMap(TargetCheck::name, Function.identity()));
    }
}
