package io.jobwright.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HostLoadTest {

    @Test
    void the_one_minute_average_is_the_first_field_of_proc_loadavg() {
        assertThat(HostLoad.parse("0.52 0.38 0.29 2/311 12345\n")).isEqualTo(0.52);
    }
}
