package io.jobwright.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.jobwright.net.AddressPolicy;
import io.jobwright.net.SafeFetcher;
import io.jobwright.source.fake.FakeBoard;
import io.jobwright.source.greenhouse.GreenhouseSource;
import io.jobwright.source.lever.LeverSource;
import io.jobwright.source.remotive.RemotiveSource;
import io.jobwright.source.smartrecruiters.SmartRecruitersSource;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Asking a board again about one posting: which answers mean gone, and that failures never do. */
class RecheckTest {

    private final FakeBoard board = new FakeBoard();
    private final SafeFetcher fetcher = new SafeFetcher(AddressPolicy.allowing("127.0.0.1"), SafeFetcher.Options
            .defaults().withHostInterval(Duration.ZERO).withRetries(1, Duration.ofMillis(10))
            .withRequestTimeout(Duration.ofSeconds(2)));

    @AfterEach
    void close() {
        board.close();
    }

    PostingCheck recheck(JobSource source, Map<String, String> params, String id) {
        Map<String, String> all = new java.util.HashMap<>(params);
        all.put("baseUrl", board.url());
        return source.recheck(new Recheck(SourceParams.of(all), id, null, fetcher));
    }

    @Test
    void greenhouse_answers_open_for_200_and_gone_for_404_and_410() {
        board.json("/v1/boards/acme/jobs/1", "{\"id\": 1}")
                .status("/v1/boards/acme/jobs/2", 404, "application/json", "{\"status\":404,\"error\":\"Job not found\"}")
                .status("/v1/boards/acme/jobs/3", 410, "text/plain", "Gone");
        GreenhouseSource greenhouse = new GreenhouseSource();
        assertThat(recheck(greenhouse, Map.of("board", "acme"), "1").state()).isEqualTo(PostingCheck.State.OPEN);
        PostingCheck gone = recheck(greenhouse, Map.of("board", "acme"), "2");
        assertThat(gone.state()).isEqualTo(PostingCheck.State.GONE);
        assertThat(gone.reason()).contains("HTTP 404");
        assertThat(recheck(greenhouse, Map.of("board", "acme"), "3").state()).isEqualTo(PostingCheck.State.GONE);
    }

    @Test
    void a_failing_or_confused_board_is_unknown_never_gone() {
        board.status("/v1/boards/acme/jobs/5", 500, "text/html", "<h1>oops</h1>")
                .status("/v1/boards/acme/jobs/6", 429, "text/plain", "slow down")
                .on("/v1/boards/acme/jobs/7", ex -> FakeBoard.send(ex, 200, "text/html", "<html>maintenance</html>".getBytes()))
                .status("/v1/boards/acme/jobs/8", 403, "text/plain", "forbidden");
        GreenhouseSource greenhouse = new GreenhouseSource();
        for (String id : new String[]{"5", "6", "7", "8"}) {
            assertThat(recheck(greenhouse, Map.of("board", "acme"), id).state()).as("posting " + id)
                    .isEqualTo(PostingCheck.State.UNKNOWN);
        }
    }

    @Test
    void lever_asks_the_single_posting_endpoint_of_the_site() {
        board.status("/v0/postings/beta/abc-123", 404, "application/json", "{\"ok\":false,\"error\":\"Document not found\"}");
        PostingCheck check = recheck(new LeverSource(), Map.of("site", "beta"), "abc-123");
        assertThat(check.state()).isEqualTo(PostingCheck.State.GONE);
        assertThat(board.requests()).anyMatch(r -> r.startsWith("GET /v0/postings/beta/abc-123?mode=json"));
    }

    @Test
    void smartrecruiters_reports_an_inactive_posting_as_gone() {
        board.json("/v1/companies/globex/postings/1", "{\"id\":\"1\",\"active\":false}")
                .json("/v1/companies/globex/postings/2", "{\"id\":\"2\",\"active\":true}")
                .json("/v1/companies/globex/postings/3", "{\"id\":\"3\"}");
        SmartRecruitersSource sr = new SmartRecruitersSource();
        PostingCheck inactive = recheck(sr, Map.of("company", "globex"), "1");
        assertThat(inactive.state()).isEqualTo(PostingCheck.State.GONE);
        assertThat(inactive.reason()).contains("inactive");
        assertThat(recheck(sr, Map.of("company", "globex"), "2").state()).isEqualTo(PostingCheck.State.OPEN);
        assertThat(recheck(sr, Map.of("company", "globex"), "3").state()).isEqualTo(PostingCheck.State.OPEN);
    }

    @Test
    void search_boards_cannot_recheck_a_single_posting_and_say_so_without_a_request() {
        PostingCheck check = recheck(new RemotiveSource(), Map.of(), "42");
        assertThat(check.state()).isEqualTo(PostingCheck.State.UNKNOWN);
        assertThat(check.reason()).contains("remotive");
        assertThat(board.requests()).isEmpty();
    }
}
