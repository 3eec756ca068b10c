package io.jobwright.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PercentilesTest {

    private static final long MS = 1_000_000;

    @Test
    void nearest_rank_of_one_to_a_hundred_is_the_value_at_that_rank() {
        long[] sorted = new long[100];
        for (int i = 0; i < 100; i++) {
            sorted[i] = i + 1;
        }

        assertThat(Percentiles.nearestRank(sorted, 50)).isEqualTo(50);
        assertThat(Percentiles.nearestRank(sorted, 99)).isEqualTo(99);
        assertThat(Percentiles.nearestRank(sorted, 100)).isEqualTo(100);
    }

    @Test
    void nearest_rank_rounds_the_rank_up() {
        long[] sorted = {10, 20, 30, 40};

        assertThat(Percentiles.nearestRank(sorted, 50)).isEqualTo(20);
        assertThat(Percentiles.nearestRank(sorted, 99)).isEqualTo(40);
        assertThat(Percentiles.nearestRank(sorted, 0)).isEqualTo(10);
    }

    @Test
    void a_single_value_is_every_percentile() {
        assertThat(Percentiles.of(new long[] {7 * MS}, 1)).isEqualTo(new Percentiles(1, 7.0, 7.0));
    }

    @Test
    void only_the_counted_prefix_is_used_and_the_input_is_left_unsorted() {
        long[] nanos = {3 * MS, 1 * MS, 2 * MS, 999 * MS};

        Percentiles percentiles = Percentiles.of(nanos, 3);

        assertThat(percentiles).isEqualTo(new Percentiles(3, 2.0, 3.0));
        assertThat(nanos).containsExactly(3 * MS, 1 * MS, 2 * MS, 999 * MS);
    }

    @Test
    void milliseconds_keep_microsecond_precision() {
        assertThat(Percentiles.of(new long[] {1_234_567}, 1).p50Ms()).isEqualTo(1.235);
    }

    @Test
    void nothing_measured_gives_zeros_not_nan() {
        assertThat(Percentiles.of(new long[0], 0)).isEqualTo(Percentiles.NONE);
        assertThatThrownBy(() -> Percentiles.nearestRank(new long[0], 50)).isInstanceOf(IllegalArgumentException.class);
    }
}
