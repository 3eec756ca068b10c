package io.jobwright.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jobwright.net.AddressPolicy;
import io.jobwright.net.SafeFetcher;
import io.jobwright.source.adzuna.AdzunaSource;
import io.jobwright.source.arbeitnow.ArbeitnowSource;
import io.jobwright.source.ashby.AshbySource;
import io.jobwright.source.fake.FakeBoard;
import io.jobwright.source.feed.FeedSource;
import io.jobwright.source.greenhouse.GreenhouseSource;
import io.jobwright.source.jsonld.JsonLdSource;
import io.jobwright.source.lever.LeverSource;
import io.jobwright.source.personio.PersonioSource;
import io.jobwright.source.recruitee.RecruiteeSource;
import io.jobwright.source.remoteok.RemoteOkSource;
import io.jobwright.source.remotive.RemotiveSource;
import io.jobwright.source.smartrecruiters.SmartRecruitersSource;
import io.jobwright.source.workday.WorkdaySource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Contract tests: each source reads the real payloads under {@code ../shared/fixtures/job-apis} (other people's
 * data, read in place and never copied), served by a loopback board at the path the real API uses. Skipped, with a
 * notice, when the folder is absent.
 */
class SharedJobApiFixturesTest {

    static final Path FOLDER = Path.of("..", "shared", "fixtures", "job-apis");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-08-10T12:00:00Z"), ZoneOffset.UTC);
    private static final SourceRunner RUNNER = new SourceRunner(new SafeFetcher(AddressPolicy.allowing("127.0.0.1"),
            SafeFetcher.Options.defaults().withHostInterval(Duration.ZERO).withRetries(0, Duration.ZERO)));

    private final FakeBoard board = new FakeBoard();

    @BeforeAll
    static void skipWithANoticeWhenTheSharedFixturesAreAbsent() {
        boolean present = Files.isDirectory(FOLDER);
        if (!present) {
            System.out.println("NOTICE: " + FOLDER.toAbsolutePath().normalize()
                    + " is absent; skipping the shared job-API conformance fixtures.");
        }
        assumeTrue(present, "shared job-API fixtures absent");
    }

    @AfterEach
    void stop() {
        board.close();
    }

    private static Path fixture(String name) {
        return FOLDER.resolve(name);
    }

    private List<Posting> run(JobSource source, Map<String, String> params) {
        SourceParams p = SourceParams.of(params);
        source.validate(p);
        SourceRunner.Outcome outcome = RUNNER.run(source, p, Search.everything(), Duration.ofSeconds(30), () -> false);
        assertThat(outcome.error()).as("source error").isNull();
        Normaliser normaliser = new Normaliser(CLOCK);
        return outcome.postings().stream().map(r -> normaliser.normalise(source.type().name(), "test", r)).toList();
    }

    @Test
    void greenhouse_board_with_content() {
        board.file("/v1/boards/amplitude/jobs", fixture("greenhouse/careerkit-amplitude-jobs-content-true.json"), "application/json");
        List<Posting> postings = run(new GreenhouseSource(), Map.of("board", "amplitude", "baseUrl", board.url()));

        assertThat(postings).hasSize(2);
        Posting first = postings.get(0);
        assertThat(first.sourceJobId()).isEqualTo("8636903002");
        assertThat(first.title()).isEqualTo("Customer Data Scientist - Experimentation");
        assertThat(first.company()).isEqualTo("Amplitude");
        assertThat(first.listingUrl()).isEqualTo("https://job-boards.greenhouse.io/amplitude/jobs/8636903002");
        assertThat(first.location()).extracting(Location::city, Location::country).containsExactly("London", "GB");
        assertThat(first.datePosted()).isEqualTo(LocalDate.of(2026, 7, 16));
        assertThat(first.descriptionHtml()).startsWith("<div>").doesNotContain("&lt;");
        assertThat(first.descriptionText()).startsWith("Amplitude is the").doesNotContain("<");
        assertThat(first.jobType()).isEqualTo("Regular");
        assertThat(board.requests().get(0)).startsWith("GET /v1/boards/amplitude/jobs?content=true");
    }

    @Test
    void lever_site_postings_with_lists_and_workplace() {
        board.file("/v0/postings/idealistconsulting", fixture("lever/careerkit-idealistconsulting-postings.json"), "application/json");
        List<Posting> postings = run(new LeverSource(), Map.of("site", "idealistconsulting", "baseUrl", board.url()));

        assertThat(postings).hasSize(2);
        Posting first = postings.get(0);
        assertThat(first.sourceJobId()).isEqualTo("a24ec4e5-5caa-473d-abd4-b71f09a8167b");
        assertThat(first.location()).extracting(Location::city, Location::region, Location::country, Location::workplace)
                .containsExactly("Chicago", "IL", "US", Location.Workplace.REMOTE);
        assertThat(first.descriptionText()).contains("How You'll Contribute").contains("- Guide full project life cycle");
        assertThat(first.applyUrl()).endsWith("/apply");
        assertThat(first.datePosted()).isEqualTo(LocalDate.of(2025, 11, 27));
        assertThat(board.requests().get(0)).contains("mode=json&skip=0&limit=100");
    }

    @Test
    void lever_eu_sites_use_the_eu_host_by_default() {
        assertThat(new LeverSource().type().param("region")).isNotNull();
        assertThat(LeverSource.EU_BASE).isEqualTo("https://api.eu.lever.co");
    }

    @Test
    void ashby_boards_with_compensation() throws IOException {
        board.file("/posting-api/job-board/Nango", fixture("ashby/ashby-nango-2025-10.json"), "application/json");
        List<Posting> postings = run(new AshbySource(), Map.of("board", "Nango", "baseUrl", board.url()));

        assertThat(postings).hasSize(14);
        Posting first = postings.get(0);
        assertThat(first.title()).isEqualTo("Staff Backend Engineer (Remote, UK)");
        assertThat(first.salary()).extracting(Salary::min, Salary::max, Salary::currency, Salary::interval)
                .containsExactly(120_000.0, 200_000.0, "USD", "year");
        assertThat(first.location()).extracting(Location::country, Location::workplace)
                .containsExactly("GB", Location.Workplace.REMOTE);
        assertThat(board.requests().get(0)).contains("includeCompensation=true");

        try (Stream<Path> files = Files.list(FOLDER.resolve("ashby"))) {
            for (Path file : files.sorted().toList()) {
                try (FakeBoard other = new FakeBoard()) {
                    other.file("/posting-api/job-board/any", file, "application/json");
                    assertThat(run(new AshbySource(), Map.of("board", "any", "baseUrl", other.url())))
                            .as(file.getFileName().toString()).isNotEmpty().allSatisfy(p -> {
                                assertThat(p.title()).isNotBlank();
                                assertThat(p.listingUrl()).startsWith("https://jobs.ashbyhq.com/");
                            });
                }
            }
        }
    }

    @Test
    void smartrecruiters_company_postings() {
        board.file("/v1/companies/Tieto2/postings", fixture("smartrecruiters/smartrecruiters-tieto-postings.json"), "application/json");
        List<Posting> postings = run(new SmartRecruitersSource(), Map.of("company", "Tieto2", "baseUrl", board.url()));

        assertThat(postings).hasSize(3);
        assertThat(postings.get(0).company()).isEqualTo("Tieto");
        assertThat(postings.get(0).location()).extracting(Location::city, Location::country).containsExactly("Szczecin", "PL");
        assertThat(postings.get(0).listingUrl()).startsWith("https://jobs.smartrecruiters.com/Tieto2/");
    }

    @Test
    void recruitee_offers_with_salary_and_hybrid() {
        board.file("/api/offers/", fixture("recruitee/careerkit-offers.json"), "application/json");
        List<Posting> postings = run(new RecruiteeSource(), Map.of("company", "acme", "baseUrl", board.url()));

        assertThat(postings).hasSize(2);
        Posting first = postings.get(0);
        assertThat(first.salary()).extracting(Salary::min, Salary::max, Salary::currency, Salary::interval)
                .containsExactly(60_000.0, 75_000.0, "EUR", "year");
        assertThat(first.location()).extracting(Location::city, Location::country, Location::workplace)
                .containsExactly("Berlin", "DE", Location.Workplace.HYBRID);
        assertThat(first.descriptionText()).contains("What we expect from you");
        assertThat(first.datePosted()).isEqualTo(LocalDate.of(2026, 8, 5));
    }

    @Test
    void workday_list_then_details() {
        board.file("/wday/cxs/gdit/External_Career_Site/jobs", fixture("workday/workday-cxs-jobs-list-gdit.json"), "application/json");
        board.file("/wday/cxs/gdit/External_Career_Site/job/*", fixture("workday/workday-cxs-job-detail-data-engineer.json"), "application/json");
        List<Posting> postings = run(new WorkdaySource(), Map.of("url",
                "https://gdit.wd5.myworkdayjobs.com/en-US/External_Career_Site", "baseUrl", board.url()));

        assertThat(postings).hasSize(4);
        assertThat(postings.get(0).title()).isEqualTo("Data Engineer");
        assertThat(postings.get(0).descriptionText()).isNotBlank();
        assertThat(board.requests().get(0)).startsWith("POST /wday/cxs/gdit/External_Career_Site/jobs");
    }

    @Test
    void personio_xml_feeds() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER.resolve("personio"))) {
            for (Path file : files.sorted().toList()) {
                try (FakeBoard other = new FakeBoard()) {
                    other.file("/xml", file, "application/xml");
                    List<Posting> postings = run(new PersonioSource(), Map.of("company", "acme", "baseUrl", other.url()));
                    assertThat(postings).as(file.getFileName().toString()).isNotEmpty()
                            .allSatisfy(p -> assertThat(p.listingUrl()).startsWith(other.url() + "/job/"));
                }
            }
        }
        board.file("/xml", fixture("personio/personio-xml-demo-account-11-positions.xml"), "application/xml");
        List<Posting> demo = run(new PersonioSource(), Map.of("company", "demo", "baseUrl", board.url()));
        assertThat(demo).hasSize(11);
        assertThat(demo).anySatisfy(p -> assertThat(p.descriptionHtml()).contains("<h3>"));
    }

    @Test
    void remotive_remote_jobs() {
        board.file("/api/remote-jobs", fixture("remotive/remotive-remote-jobs-api-sales-trimmed.json"), "application/json");
        List<Posting> postings = run(new RemotiveSource(), Map.of("baseUrl", board.url()));

        assertThat(postings).hasSize(4);
        assertThat(postings.get(0).company()).isEqualTo("Tribe Wellness");
        assertThat(postings.get(0).salary()).extracting(Salary::min, Salary::max).containsExactly(55_000.0, 100_000.0);
        assertThat(postings).allSatisfy(p -> assertThat(p.location().workplace()).isEqualTo(Location.Workplace.REMOTE));
        assertThat(new RemotiveSource().type().terms()).contains("Remotive");
    }

    @Test
    void arbeitnow_job_board() {
        board.file("/api/job-board-api", fixture("arbeitnow/arbeitnow-job-board-api-2026-02-12-first55.json"), "application/json");
        List<Posting> postings = run(new ArbeitnowSource(), Map.of("baseUrl", board.url(), "pages", "1"));

        assertThat(postings).hasSize(55);
        assertThat(postings.get(0).company()).isEqualTo("SolarEdge");
        assertThat(postings.get(0).location().workplace()).isEqualTo(Location.Workplace.REMOTE);
        assertThat(postings.get(0).datePosted()).isEqualTo(LocalDate.of(2026, 2, 11));
    }

    @Test
    void remoteok_skips_its_legal_notice_and_keeps_its_terms() {
        board.file("/api", fixture("remoteok/remoteok-api-trimmed.json"), "application/json");
        List<Posting> postings = run(new RemoteOkSource(), Map.of("baseUrl", board.url()));

        assertThat(postings).hasSize(4);
        assertThat(postings.get(0).title()).isEqualTo("Australian English Voice Actor Adelaide");
        assertThat(postings.get(0).listingUrl()).startsWith("https://remoteOK.com/remote-jobs/");
        assertThat(new RemoteOkSource().type().terms()).contains("link back").contains("Remote OK");
    }

    @Test
    void adzuna_search_results() {
        board.file("/v1/api/jobs/us/search/1", fixture("adzuna/adzuna-us-search-real.json"), "application/json");
        List<Posting> postings = run(new AdzunaSource(), Map.of("appId", "app", "appKey", "key", "country", "us",
                "pages", "1", "baseUrl", board.url()));

        assertThat(postings).hasSize(4);
        assertThat(postings.get(0).company()).isEqualTo("SSG");
        assertThat(postings.get(0).salary()).extracting(Salary::min, Salary::currency).containsExactly(85_389.0, "USD");
        assertThat(board.requests().get(0)).contains("app_id=app&app_key=key");
    }

    @Test
    void rss_feeds() {
        board.file("/remote-jobs.rss", fixture("rss/weworkremotely-remote-jobs-rss.xml"), "application/rss+xml");
        List<Posting> wwr = run(new FeedSource(), Map.of("url", board.url() + "/remote-jobs.rss"));
        assertThat(wwr).hasSize(4);
        assertThat(wwr.get(0)).extracting(Posting::company, Posting::title).containsExactly("Mathmo", "Maths Coach");
        assertThat(wwr.get(0).descriptionHtml()).doesNotContain("<img");

        board.file("/neogov.xml", fixture("rss/careerkit-neogov-governmentjobs-rss.xml"), "application/rss+xml");
        assertThat(run(new FeedSource(), Map.of("url", board.url() + "/neogov.xml"))).hasSize(2);
    }

    @Test
    void json_ld_careers_page_and_a_page_without_job_postings() {
        board.file("/careers/infra", fixture("jsonld-html/meta-software-engineer-infrastructure.jsonld.html"), "text/html");
        List<Posting> postings = run(new JsonLdSource(), Map.of("url", board.url() + "/careers/infra"));
        assertThat(postings).singleElement().satisfies(p -> {
            assertThat(p.title()).contains("Software Engineer");
            assertThat(p.company()).isNotBlank();
            assertThat(p.descriptionText()).isNotBlank();
        });

        board.file("/careers/none", fixture("jsonld-html/negative-decathlon-talentclue-es-no-jobposting.html"), "text/html");
        SourceRunner.Outcome none = RUNNER.run(new JsonLdSource(), SourceParams.of(Map.of("url", board.url() + "/careers/none")),
                Search.everything(), Duration.ofSeconds(30), () -> false);
        assertThat(none.error()).contains("no schema.org JobPosting found");
        assertThat(none.postings()).isEmpty();
    }
}
