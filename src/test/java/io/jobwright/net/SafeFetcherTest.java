package io.jobwright.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jobwright.source.fake.FakeBoard;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SafeFetcherTest {

    private final FakeBoard board = new FakeBoard();
    private final SafeFetcher.Options fast = SafeFetcher.Options.defaults().withHostInterval(Duration.ZERO)
            .withRetries(2, Duration.ofMillis(10)).withRequestTimeout(Duration.ofSeconds(2));
    private final SafeFetcher loopbackAllowed = new SafeFetcher(AddressPolicy.allowing("127.0.0.1"), fast);

    @AfterEach
    void stop() {
        board.close();
    }

    @Test
    void loopback_is_refused_unless_allowed_and_nothing_is_sent() {
        board.json("/jobs", "{}");
        SafeFetcher strict = new SafeFetcher(AddressPolicy.publicOnly(), fast);

        assertThatThrownBy(() -> strict.get(URI.create(board.url() + "/jobs")))
                .isInstanceOf(FetchFailed.class).hasMessageContaining("127.0.0.1 is a loopback, private");
        assertThat(board.requests()).isEmpty();
        assertThat(loopbackAllowed.get(URI.create(board.url() + "/jobs")).text()).isEqualTo("{}");
    }

    @Test
    void private_link_local_metadata_and_unique_local_addresses_are_refused() throws Exception {
        AddressPolicy policy = AddressPolicy.publicOnly();
        for (String address : new String[]{"10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "127.0.0.1",
                "0.0.0.0", "100.64.0.1", "::1", "fd00:ec2::254", "fe80::1", "::ffff:127.0.0.1"}) {
            assertThat(policy.permits(InetAddress.getByName(address))).as(address).isFalse();
        }
        assertThat(policy.permits(InetAddress.getByName("93.184.216.34"))).isTrue();
        assertThat(AddressPolicy.allowing("10.0.0.0/8").permits(InetAddress.getByName("10.9.9.9"))).isTrue();
        assertThat(AddressPolicy.allowing("10.0.0.0/8").permits(InetAddress.getByName("192.168.1.1"))).isFalse();
    }

    @Test
    void a_redirect_to_a_metadata_address_is_refused_before_connecting() {
        board.on("/go", ex -> {
            ex.getResponseHeaders().add("Location", "http://169.254.169.254/latest/meta-data/");
            ex.sendResponseHeaders(302, -1);
        });

        assertThatThrownBy(() -> loopbackAllowed.get(URI.create(board.url() + "/go")))
                .isInstanceOf(FetchFailed.class).hasMessageContaining("169.254.169.254");
    }

    @Test
    void an_endless_redirect_stops_after_the_limit() {
        board.redirectLoop("/loop");

        assertThatThrownBy(() -> loopbackAllowed.get(URI.create(board.url() + "/loop")))
                .isInstanceOf(FetchFailed.class).hasMessageContaining("too many redirects");
        assertThat(board.requests()).hasSize(6);
    }

    @Test
    void a_429_with_retry_after_is_retried_and_then_succeeds() {
        AtomicInteger calls = new AtomicInteger();
        board.on("/busy", ex -> {
            if (calls.incrementAndGet() == 1) {
                ex.getResponseHeaders().add("Retry-After", "0");
                FakeBoard.send(ex, 429, "text/plain", "slow down".getBytes(StandardCharsets.UTF_8));
            } else {
                FakeBoard.send(ex, 200, "application/json", "[1]".getBytes(StandardCharsets.UTF_8));
            }
        });

        assertThat(loopbackAllowed.get(URI.create(board.url() + "/busy")).text()).isEqualTo("[1]");
        assertThat(calls).hasValue(2);
    }

    @Test
    void a_retry_after_longer_than_we_wait_fails_at_once_naming_the_rate_limit() {
        board.on("/busy", ex -> {
            ex.getResponseHeaders().add("Retry-After", "3600");
            FakeBoard.send(ex, 429, "text/plain", new byte[0]);
        });

        assertThatThrownBy(() -> loopbackAllowed.get(URI.create(board.url() + "/busy")))
                .isInstanceOf(FetchFailed.class).hasMessageContaining("HTTP 429 (rate limited)");
        assertThat(board.requests()).hasSize(1);
    }

    @Test
    void a_server_error_is_retried_with_backoff_then_reported_with_its_status() {
        board.status("/broken", 500, "text/plain", "oops");

        assertThatThrownBy(() -> loopbackAllowed.get(URI.create(board.url() + "/broken")))
                .isInstanceOf(FetchFailed.class).hasMessageContaining("HTTP 500").hasMessageContaining("after 3 attempts");
        assertThat(board.requests()).hasSize(3);
    }

    @Test
    void a_body_over_the_size_limit_is_refused() {
        board.on("/huge", ex -> FakeBoard.send(ex, 200, "application/json", new byte[200_000]));
        SafeFetcher small = new SafeFetcher(AddressPolicy.allowing("127.0.0.1"), fast.withMaxBytes(100_000));

        assertThatThrownBy(() -> small.get(URI.create(board.url() + "/huge")))
                .isInstanceOf(FetchFailed.class).hasMessageContaining("larger than 97 KB");
    }

    @Test
    void a_server_that_never_answers_times_out() {
        board.hang("/slow");
        SafeFetcher impatient = new SafeFetcher(AddressPolicy.allowing("127.0.0.1"),
                fast.withRequestTimeout(Duration.ofMillis(500)));

        assertThatThrownBy(() -> impatient.get(URI.create(board.url() + "/slow")))
                .isInstanceOf(FetchFailed.class).hasMessageContaining("no answer from 127.0.0.1 within");
    }

    @Test
    void requests_carry_a_polite_user_agent_and_only_http_urls_are_fetched() {
        board.json("/jobs", "{}");
        loopbackAllowed.get(URI.create(board.url() + "/jobs"));

        assertThat(board.requests().get(0)).contains("UA=Jobwright/");
        assertThatThrownBy(() -> loopbackAllowed.get(URI.create("file:///etc/passwd")))
                .isInstanceOf(FetchFailed.class).hasMessageContaining("only http and https");
    }
}
