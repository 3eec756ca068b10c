package io.jobwright.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LatencyRecorderTest {

    @Test
    void merging_recorders_takes_percentiles_over_all_their_latencies() {
        LatencyRecorder fast = new LatencyRecorder();
        LatencyRecorder slow = new LatencyRecorder();
        for (int i = 1; i <= 5_000; i++) {
            fast.record(1_000_000, true, 100);
        }
        for (int i = 1; i <= 5_000; i++) {
            slow.record(9_000_000, i > 10, 300);
        }

        Percentiles merged = LatencyRecorder.merge(List.of(fast, slow));

        assertThat(merged).isEqualTo(new Percentiles(10_000, 1.0, 9.0));
        assertThat(fast.errors() + slow.errors()).isEqualTo(10);
        assertThat(fast.bodyBytes() + slow.bodyBytes()).isEqualTo(2_000_000);
    }
}
