package io.jobwright.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProcessRssTest {

    @Test
    void reads_current_and_peak_resident_memory_from_proc_status() {
        String status = """
                Name:\tjava
                VmPeak:\t 5123456 kB
                VmHWM:\t  307200 kB
                VmRSS:\t  153600 kB
                Threads:\t42
                """;

        ProcessRss rss = ProcessRss.parse(status);

        assertThat(rss).isEqualTo(new ProcessRss(153_600, 307_200));
        assertThat(rss.rssMb()).isEqualTo(150.0);
        assertThat(rss.peakMb()).isEqualTo(300.0);
    }

    @Test
    void the_bench_process_itself_can_be_read() {
        assertThat(ProcessRss.of(ProcessHandle.current().pid()).rssKb()).isPositive();
    }
}
