package io.jobwright.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.jobwright.config.Config;
import io.jobwright.db.Database;
import io.jobwright.job.Job;
import io.jobwright.job.JobRepository;
import io.jobwright.job.ListingField;
import io.jobwright.net.AddressPolicy;
import io.jobwright.net.SafeFetcher;
import io.jobwright.source.fake.FakeBoard;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Discovery from several sources into a real SQLite database, with faulty boards among healthy ones. */
class DiscoveryServiceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-08-10T12:00:00Z"), ZoneOffset.UTC);
    /** A Greenhouse board in its real shape, written for these tests. */
    static final String GREENHOUSE = """
            {"jobs": [
              {"id": 101, "title": "Backend Engineer (m/w/d)", "company_name": "Acme GmbH",
               "absolute_url": "https://boards.greenhouse.io/acme/jobs/101", "location": {"name": "Berlin, Germany"},
               "first_published": "2026-08-01T09:00:00Z", "updated_at": "2026-08-02T09:00:00Z",
               "content": "&lt;p&gt;Build &lt;b&gt;APIs&lt;/b&gt; in Java.&lt;/p&gt;&lt;p&gt;Pay: €70,000 - €85,000 per year&lt;/p&gt;",
               "departments": [{"name": "Engineering"}], "metadata": []},
              {"id": 102, "title": "Office Manager", "company_name": "Acme GmbH",
               "absolute_url": "https://boards.greenhouse.io/acme/jobs/102", "location": {"name": "Berlin, Germany"},
               "first_published": "2026-08-01T09:00:00Z", "content": "&lt;p&gt;Run the office.&lt;/p&gt;"},
              {"id": 103, "title": "Backend Engineer", "company_name": "Acme GmbH",
               "absolute_url": "https://boards.greenhouse.io/acme/jobs/103", "location": {"name": "Remote - Europe"},
               "first_published": "2025-01-01T09:00:00Z", "content": "&lt;p&gt;Old posting.&lt;/p&gt;"},
              {"title": "No id"}
            ], "meta": {"total": 4}}
            """;
    /** A Lever site in its real shape; one posting repeats the Greenhouse one under another URL. */
    static final String LEVER = """
            [{"id": "aaa-1", "text": "Backend Engineer", "hostedUrl": "https://jobs.lever.co/acme/aaa-1",
              "categories": {"location": "Berlin", "commitment": "Full-time"},
              "country": "DE", "workplaceType": "onsite", "createdAt": 1785000000000, "descriptionPlain": "Short.",
              "description": "<p>Short.</p>", "lists": []},
             {"id": "aaa-2", "text": "Platform Engineer", "hostedUrl": "https://jobs.lever.co/acme/aaa-2",
              "categories": {"location": "Hamburg"}, "country": "DE", "createdAt": 1785000000000,
              "description": "<p>Kubernetes.</p>", "salaryRange": {"min": 65000, "max": 80000, "currency": "EUR", "interval": "per-year-salary"}}]
            """;

    @TempDir
    Path dir;
    private Database database;
    private JobRepository jobs;
    private DiscoveryService discovery;
    private final FakeBoard board = new FakeBoard();

    @BeforeEach
    void open() {
        database = Database.open(new Config.DbConfig(null, null, null), dir);
        jobs = new JobRepository(database.jdbi(), CLOCK);
        SafeFetcher fetcher = new SafeFetcher(AddressPolicy.allowing("127.0.0.1"), SafeFetcher.Options.defaults()
                .withHostInterval(Duration.ZERO).withRetries(1, Duration.ofMillis(10))
                .withRequestTimeout(Duration.ofSeconds(2)).withMaxBytes(1_000_000));
        Sources sources = SourceCatalog.all(dir);
        discovery = new DiscoveryService(sources, new SourceRunner(fetcher), new PostingImporter(jobs, CLOCK));
    }

    @AfterEach
    void close() {
        board.close();
        database.close();
    }

    private SourceConfig source(String type, String name, Map<String, String> params) {
        return new SourceConfig(name, type, name, params, Map.of(), true, CLOCK.instant(), CLOCK.instant());
    }

    @Test
    void faulty_boards_record_their_reasons_and_healthy_ones_are_imported_deduplicated_and_filtered() {
        board.json("/v1/boards/acme/jobs", GREENHOUSE);
        board.json("/v0/postings/acme", LEVER);
        board.status("/v1/boards/broken/jobs", 500, "text/plain", "boom");
        board.status("/v1/boards/limited/jobs", 429, "text/plain", "");
        board.status("/v1/boards/html/jobs", 200, "text/html", "<html><body>Log in</body></html>");
        board.json("/v1/boards/cut/jobs", GREENHOUSE.substring(0, GREENHOUSE.length() / 2));
        board.on("/v1/boards/huge/jobs", ex -> FakeBoard.send(ex, 200, "application/json", new byte[2_000_000]));
        board.redirectLoop("/v1/boards/loop/jobs");
        board.hang("/v1/boards/hang/jobs");
        String base = board.url();
        List<SourceConfig> configs = List.of(
                source("greenhouse", "acme", Map.of("board", "acme", "baseUrl", base)),
                source("lever", "acme-lever", Map.of("site", "acme", "baseUrl", base)),
                source("greenhouse", "broken", Map.of("board", "broken", "baseUrl", base)),
                source("greenhouse", "limited", Map.of("board", "limited", "baseUrl", base)),
                source("greenhouse", "html", Map.of("board", "html", "baseUrl", base)),
                source("greenhouse", "cut", Map.of("board", "cut", "baseUrl", base)),
                source("greenhouse", "huge", Map.of("board", "huge", "baseUrl", base)),
                source("greenhouse", "loop", Map.of("board", "loop", "baseUrl", base)),
                source("greenhouse", "hang", Map.of("board", "hang", "baseUrl", base)));
        Filters filters = new Filters(List.of("engineer"), Set.of("DE"), List.of(), "include", List.of(), 180);

        DiscoveryRun run = discovery.discover(configs, Search.everything(), filters, Duration.ofSeconds(3),
                () -> false, r -> { });

        Map<String, String> errors = run.sources().stream().filter(s -> s.error() != null)
                .collect(Collectors.toMap(DiscoveryRun.SourceResult::name, DiscoveryRun.SourceResult::error));
        assertThat(errors).containsOnlyKeys("broken", "limited", "html", "cut", "huge", "loop", "hang");
        assertThat(errors.get("broken")).contains("HTTP 500");
        assertThat(errors.get("limited")).contains("HTTP 429");
        assertThat(errors.get("html")).contains("HTML instead of JSON");
        assertThat(errors.get("cut")).contains("malformed JSON");
        assertThat(errors.get("huge")).contains("larger than");
        assertThat(errors.get("loop")).contains("too many redirects");
        assertThat(errors.get("hang")).containsAnyOf("no answer", "timed out");
        DiscoveryRun.SourceResult acme = run.sources().get(0);
        assertThat(acme.postings()).isEqualTo(3);
        assertThat(acme.itemErrorCount()).isEqualTo(1);
        // The truncated board keeps the one whole posting before the cut: acme's backend job again.
        DiscoveryRun.SourceResult cut = run.sources().stream().filter(r -> r.name().equals("cut")).findFirst().orElseThrow();
        assertThat(cut.postings()).isEqualTo(1);

        assertThat(run.filtered()).containsEntry("searchTerms", 1).containsEntry("tooOld", 1);
        assertThat(run.duplicatesInRun()).isEqualTo(2);
        assertThat(run.imported()).isEqualTo(2);
        List<Job> stored = run.importedJobIds().stream().map(jobs::get).toList();
        assertThat(stored).extracting(Job::title).containsExactlyInAnyOrder("Backend Engineer (m/w/d)", "Platform Engineer");
        Job backend = stored.stream().filter(j -> j.title().startsWith("Backend")).findFirst().orElseThrow();
        assertThat(backend.source()).isEqualTo("greenhouse:acme");
        assertThat(backend.jobDescription()).isEqualTo("Build APIs in Java.\n\nPay: €70,000 - €85,000 per year");
        assertThat(backend.listing(ListingField.DESCRIPTION_HTML)).isEqualTo("<p>Build <b>APIs</b> in Java.</p><p>Pay: €70,000 - €85,000 per year</p>");
        assertThat(backend.listing(ListingField.DATE_POSTED)).isEqualTo("2026-08-01");
        assertThat(backend.listing(ListingField.LOCATION_EVIDENCE)).asString().contains("\"country\":\"DE\"");
        Job platform = stored.stream().filter(j -> j.title().startsWith("Platform")).findFirst().orElseThrow();
        assertThat(platform.listing(ListingField.SALARY_MIN_AMOUNT)).isEqualTo(65_000.0);
        assertThat(platform.listing(ListingField.SALARY_CURRENCY)).isEqualTo("EUR");
        assertThat(platform.listing(ListingField.SALARY_INTERVAL)).isEqualTo("year");
    }

    @Test
    void a_second_run_finds_the_same_postings_already_known() {
        board.json("/v1/boards/acme/jobs", GREENHOUSE);
        List<SourceConfig> configs = List.of(source("greenhouse", "acme", Map.of("board", "acme", "baseUrl", board.url())));

        DiscoveryRun first = discovery.discover(configs, Search.everything(), Filters.none());
        DiscoveryRun second = discovery.discover(configs, Search.everything(), Filters.none());

        assertThat(first.imported()).isEqualTo(3);
        assertThat(second.imported()).isZero();
        assertThat(second.alreadyKnown()).isEqualTo(3);
    }

    @Test
    void cancelling_stops_sources_and_keeps_what_they_read() {
        board.hang("/v1/boards/hang/jobs");
        board.json("/v1/boards/acme/jobs", GREENHOUSE);
        boolean[] cancel = {false};
        List<SourceConfig> configs = List.of(
                source("greenhouse", "hang", Map.of("board", "hang", "baseUrl", board.url())),
                source("greenhouse", "acme", Map.of("board", "acme", "baseUrl", board.url())));

        DiscoveryRun run = discovery.discover(configs, Search.everything(), Filters.none(), Duration.ofMinutes(1),
                () -> cancel[0], r -> {
                    if (r.name().equals("acme")) {
                        cancel[0] = true;
                    }
                });

        assertThat(run.sources().get(0).error()).isEqualTo("cancelled");
        assertThat(run.imported()).isEqualTo(3);
    }
}
