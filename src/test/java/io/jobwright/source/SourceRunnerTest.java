package io.jobwright.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.jobwright.net.AddressPolicy;
import io.jobwright.net.SafeFetcher;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SourceRunnerTest {

    private final SourceRunner runner = new SourceRunner(new SafeFetcher(AddressPolicy.allowing("127.0.0.1"),
            SafeFetcher.Options.defaults()));

    /** A source that delivers two postings and then fails with {@code failure}. */
    private static JobSource failingWith(Error failure) {
        return new JobSource() {
            @Override
            public SourceType type() {
                return new SourceType("fake", "Fake", List.of(), List.of(), null);
            }

            @Override
            public void discover(Discovery d) {
                d.posting(RawPosting.builder("1", "Backend Engineer").company("Acme").build());
                d.posting(RawPosting.builder("2", "Data Engineer").company("Acme").build());
                throw failure;
            }
        };
    }

    @Test
    void a_source_running_out_of_memory_reports_it_and_keeps_what_it_read() {
        SourceRunner.Outcome outcome = runner.run(failingWith(new OutOfMemoryError("Java heap space")),
                SourceParams.of(Map.of()), Search.everything(), Duration.ofSeconds(10), () -> false);

        assertThat(outcome.ok()).isFalse();
        assertThat(outcome.error()).startsWith("ran out of memory after 2 postings");
        assertThat(outcome.postings()).extracting(RawPosting::sourceJobId).containsExactly("1", "2");
    }

    @Test
    void postings_go_to_the_sink_as_they_are_read_and_other_errors_are_the_sources_error_too() {
        List<String> sunk = new ArrayList<>();
        SourceRunner.Outcome outcome = runner.run(failingWith(new StackOverflowError()), SourceParams.of(Map.of()),
                Search.everything(), Duration.ofSeconds(10), () -> false, raw -> sunk.add(raw.sourceJobId()));

        assertThat(outcome.error()).contains("StackOverflowError");
        assertThat(sunk).containsExactly("1", "2");
        assertThat(outcome.postings()).isEmpty();
    }
}
