package io.jobwright.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.jobwright.net.AddressPolicy;
import io.jobwright.net.SafeFetcher;
import io.jobwright.source.arbeitnow.ArbeitnowSource;
import io.jobwright.source.feed.FeedSource;
import io.jobwright.source.fake.FakeBoard;
import io.jobwright.source.remoteok.RemoteOkSource;
import io.jobwright.source.remotive.RemotiveSource;
import io.jobwright.source.workday.WorkdaySource;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Reading a source's whole listing for the re-check: which sources list everything, and when they say they did not. */
class ListingTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private final FakeBoard board = new FakeBoard();
    private final SourceRunner runner = new SourceRunner(new SafeFetcher(AddressPolicy.allowing("127.0.0.1"),
            SafeFetcher.Options.defaults().withHostInterval(Duration.ZERO).withRetries(0, Duration.ZERO)
                    .withRequestTimeout(Duration.ofSeconds(5))));

    @AfterEach
    void close() {
        board.close();
    }

    SourceParams params(Map<String, String> params) {
        Map<String, String> all = new HashMap<>(params);
        all.putIfAbsent("baseUrl", board.url());
        return SourceParams.of(all);
    }

    static String remotiveJob(int id) {
        return "{\"id\": " + id + ", \"title\": \"Job " + id + "\", \"url\": \"https://remotive.com/job/" + id + "\"}";
    }

    @Test
    void remotive_says_its_listing_is_incomplete_when_the_answer_fills_the_limit() {
        board.json("/api/remote-jobs", "{\"jobs\": [" + remotiveJob(1) + ", " + remotiveJob(2) + ", " + remotiveJob(3) + "]}");
        RemotiveSource remotive = new RemotiveSource();

        SourceRunner.Execution full = runner.listing(remotive, params(Map.of()), 3, TIMEOUT);
        SourceRunner.Execution roomy = runner.listing(remotive, params(Map.of()), 10, TIMEOUT);

        assertThat(remotive.listsEveryOpenPosting(params(Map.of()))).isTrue();
        assertThat(full.incomplete()).contains("limit of 3");
        assertThat(roomy.incomplete()).isNull();
        assertThat(roomy.outcome().postings()).hasSize(3);
        assertThat(board.requests()).allMatch(r -> !r.contains("search="));
    }

    @Test
    void arbeitnow_reads_every_page_for_a_listing_and_says_so_when_pages_remain() {
        board.on("/api/job-board-api", ex -> {
            String page = ex.getRequestURI().getQuery().replace("page=", "");
            FakeBoard.send(ex, 200, "application/json", ("{\"data\": [{\"slug\": \"job-" + page + "\", \"title\": \"Job\"}],"
                    + " \"links\": {\"next\": \"" + board.url() + "/api/job-board-api?page=" + (Integer.parseInt(page) + 1)
                    + "\"}}").getBytes(StandardCharsets.UTF_8));
        });

        SourceRunner.Execution listing = runner.listing(new ArbeitnowSource(), params(Map.of("pages", "2")), 1000, TIMEOUT);

        assertThat(listing.outcome().postings()).as("the pages parameter limits discovery, not the listing").hasSize(20);
        assertThat(listing.incomplete()).contains("more than 20 pages");
    }

    @Test
    void workday_lists_without_detail_requests_and_is_complete_only_with_every_posting_its_total_announces() {
        board.json("/wday/cxs/acme/External/jobs", "{\"total\": 2, \"jobPostings\": ["
                + "{\"title\": \"One\", \"externalPath\": \"/job/Berlin/One_R1\"},"
                + "{\"title\": \"Two\", \"externalPath\": \"/job/Berlin/Two_R2\"}]}");
        Map<String, String> site = Map.of("url", "https://acme.wd5.myworkdayjobs.com/en-US/External");

        SourceRunner.Execution listing = runner.listing(new WorkdaySource(), params(site), 1000, TIMEOUT);

        assertThat(listing.incomplete()).isNull();
        assertThat(listing.outcome().postings()).extracting(RawPosting::sourceJobId)
                .containsExactly("/job/Berlin/One_R1", "/job/Berlin/Two_R2");
        assertThat(board.requests()).noneMatch(r -> r.contains("/job/Berlin/"));

        board.json("/wday/cxs/acme/External/jobs", "{\"total\": 5, \"jobPostings\": ["
                + "{\"title\": \"One\", \"externalPath\": \"/job/Berlin/One_R1\"}]}");
        assertThat(runner.listing(new WorkdaySource(), params(site), 1000, TIMEOUT).incomplete())
                .contains("1 of its 5");
    }

    @Test
    void workday_reads_every_page_though_only_the_first_one_states_the_total() {
        board.on("/wday/cxs/acme/External/jobs", ex -> {
            int offset = io.jobwright.web.Json.MAPPER.readTree(ex.getRequestBody()).path("offset").asInt();
            StringBuilder jobs = new StringBuilder();
            for (int n = offset; n < Math.min(offset + 20, 50); n++) {
                jobs.append(jobs.isEmpty() ? "" : ",").append("{\"title\": \"Job ").append(n)
                        .append("\", \"externalPath\": \"/job/Berlin/Job_R").append(n).append("\"}");
            }
            String body = "{\"total\": " + (offset == 0 ? 50 : 0) + ", \"jobPostings\": [" + jobs + "]}";
            FakeBoard.send(ex, 200, "application/json", body.getBytes(StandardCharsets.UTF_8));
        });
        Map<String, String> site = Map.of("url", "https://acme.wd5.myworkdayjobs.com/en-US/External");

        SourceRunner.Execution listing = runner.listing(new WorkdaySource(), params(site), 1000, TIMEOUT);

        assertThat(listing.outcome().postings()).hasSize(50);
        assertThat(listing.incomplete()).isNull();
    }

    @Test
    void a_feed_lists_everything_only_when_marked_complete_and_not_when_it_links_a_next_page() {
        String item = "<item><title>Role</title><guid>g-1</guid><link>https://example.com/1</link></item>";
        board.on("/one.xml", ex -> FakeBoard.send(ex, 200, "application/rss+xml",
                        ("<?xml version=\"1.0\"?><rss><channel>" + item + "</channel></rss>").getBytes(StandardCharsets.UTF_8)))
                .on("/paged.xml", ex -> FakeBoard.send(ex, 200, "application/atom+xml", ("<?xml version=\"1.0\"?>"
                        + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><link rel=\"next\" href=\"/paged.xml?page=2\"/>"
                        + "<entry><title>Role</title><id>e-1</id><link href=\"https://example.com/e-1\"/></entry></feed>")
                        .getBytes(StandardCharsets.UTF_8)));
        FeedSource feed = new FeedSource();
        SourceParams unmarked = params(Map.of("url", board.url() + "/one.xml"));
        SourceParams marked = params(Map.of("url", board.url() + "/one.xml", "complete", "true"));

        assertThat(feed.listsEveryOpenPosting(unmarked)).isFalse();
        assertThat(feed.listsEveryOpenPosting(marked)).isTrue();
        assertThat(runner.listing(feed, marked, 1000, TIMEOUT).incomplete()).isNull();
        assertThat(runner.listing(feed, params(Map.of("url", board.url() + "/paged.xml", "complete", "true")), 1000,
                TIMEOUT).incomplete()).contains("next page");
        assertThat(new RemoteOkSource().listsEveryOpenPosting(params(Map.of()))).as("a window of recent postings").isFalse();
    }
}
