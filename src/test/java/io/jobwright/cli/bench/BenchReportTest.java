package io.jobwright.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchReportTest {

    private static final BenchReport REPORT = new BenchReport("2026-12-03T19:00:00Z", "25.0.3", "abc1234", 2, 0.25, 1.5, 10_000,
            List.of("-XX:AOTCache=app.aot"), 812, List.of(900L, 812L, 790L), 61.5, 162.6, 142.5, 231.25, 260.0,
            List.of(new ScenarioResult("get-one", 16, 9_000, 900.5, 1.25, 12.5, 0, 2_345)),
            List.of(TargetCheck.of("startup", 812.0, 1_500, "ms", false)),
            0, List.of());

    @Test
    void json_holds_the_figures_under_their_documented_names() throws Exception {
        JsonNode json = BenchClient.JSON.readTree(REPORT.toJson());

        assertThat(json.path("startupMs").asLong()).isEqualTo(812);
        assertThat(json.path("startupSamplesMs").size()).isEqualTo(3);
        assertThat(json.path("rssIdleMb").asDouble()).isEqualTo(142.5);
        assertThat(json.path("rssAfterLoadMb").asDouble()).isEqualTo(231.25);
        assertThat(json.path("rssPeakMb").asDouble()).isEqualTo(260.0);
        assertThat(json.path("jobs").asInt()).isEqualTo(10_000);
        assertThat(json.path("loadBefore").asDouble()).isEqualTo(0.25);
        assertThat(json.path("date").asText()).isEqualTo("2026-12-03T19:00:00Z");
        assertThat(json.path("javaVersion").asText()).isEqualTo("25.0.3");
        assertThat(json.path("gitCommit").asText()).isEqualTo("abc1234");
        JsonNode scenario = json.path("scenarios").get(0);
        assertThat(scenario.path("name").asText()).isEqualTo("get-one");
        assertThat(scenario.path("clients").asInt()).isEqualTo(16);
        assertThat(scenario.path("requests").asInt()).isEqualTo(9_000);
        assertThat(scenario.path("rps").asDouble()).isEqualTo(900.5);
        assertThat(scenario.path("p50Ms").asDouble()).isEqualTo(1.25);
        assertThat(scenario.path("p99Ms").asDouble()).isEqualTo(12.5);
        assertThat(scenario.path("errors").asInt()).isZero();
        assertThat(scenario.path("avgBytes").asLong()).isEqualTo(2_345);
        assertThat(json.path("targets").get(0).path("verdict").asText()).isEqualTo("PASS");
    }

    @Test
    void table_shows_each_scenario_and_each_target_verdict() {
        String table = ReportTable.render(REPORT);

        assertThat(table)
                .contains("startup 812 ms (median of [900, 812, 790])")
                .contains("host load average 0.25 before, 1.50 after")
                .contains("app JVM options: -XX:AOTCache=app.aot")
                .containsPattern("get-one\\s+16\\s+9000\\s+900\\.5\\s+1\\.25\\s+12\\.50\\s+0\\s+2,345")
                .containsPattern("startup\\s+812\\.0 ms\\s+<=\\s+1500 ms\\s+PASS");
    }
}
