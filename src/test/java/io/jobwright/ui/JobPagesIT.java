package io.jobwright.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jobwright.TestApp;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workspace's HTML over plain HTTP: filters, paging, sign-in redirects and CSRF on actions. */
class JobPagesIT {

    @TempDir
    static Path dataDir;
    static TestApp app;
    static String cheap;
    static String remoteRich;
    static String hybrid;

    @BeforeAll
    static void start() {
        app = TestApp.sqlite(dataDir).withAdmin();
        cheap = JobsFixture.importJob(app, "Cheap onsite", "Filterco", "x",
                Map.of("salaryMaxAmount", 30000, "isRemote", false, "source", "board-a"));
        remoteRich = JobsFixture.importJob(app, "Rich remote", "Filterco", "x",
                Map.of("salaryMinAmount", 90000, "isRemote", true, "source", "board-b"));
        hybrid = JobsFixture.importJob(app, "Hybrid role", "Filterco", "x",
                Map.of("workFromHomeType", "Hybrid", "source", "board-a"));
        app.call("PATCH", "/api/jobs/" + cheap, Map.of("suitabilityScore", 20));
        app.call("PATCH", "/api/jobs/" + remoteRich, Map.of("suitabilityScore", 85));
        app.call("PATCH", "/api/jobs/" + hybrid, Map.of("suitabilityScore", 60));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static Document page(String path) {
        TestApp.Response response = app.send("GET", path, null, Map.of(), app.token());
        assertThat(response.status()).as(path).isEqualTo(200);
        return Jsoup.parse(response.text());
    }

    private static List<String> rowIds(String path) {
        return page(path).select("#workspace .row").stream().map(row -> row.attr("data-id")).toList();
    }

    @Test
    void filters_narrow_the_list_by_source_score_salary_and_workplace() {
        assertThat(rowIds("/jobs/discovered?q=Filterco")).containsExactlyInAnyOrder(cheap, remoteRich, hybrid);
        assertThat(rowIds("/jobs/discovered?q=Filterco&source=board-a")).containsExactlyInAnyOrder(cheap, hybrid);
        assertThat(rowIds("/jobs/discovered?q=Filterco&minScore=50&maxScore=70")).containsExactly(hybrid);
        assertThat(rowIds("/jobs/discovered?q=Filterco&minSalary=50000")).containsExactly(remoteRich);
        assertThat(rowIds("/jobs/discovered?q=Filterco&workplace=remote")).containsExactly(remoteRich);
        assertThat(rowIds("/jobs/discovered?q=Filterco&workplace=hybrid")).containsExactly(hybrid);
        assertThat(rowIds("/jobs/discovered?q=Filterco&workplace=onsite")).containsExactly(cheap);
        assertThat(rowIds("/jobs/discovered?q=Filterco&days=7")).hasSize(3);
        assertThat(rowIds("/jobs/discovered?q=Filterco&dateField=applied&days=7")).isEmpty();
        assertThat(rowIds("/jobs/discovered?q=Filterco&to=2000-01-01")).isEmpty();
    }

    @Test
    void sort_orders_by_score_and_garbled_parameters_fall_back_to_defaults() {
        assertThat(rowIds("/jobs/discovered?q=Filterco&sort=score")).containsExactly(remoteRich, hybrid, cheap);
        assertThat(rowIds("/jobs/discovered?q=Filterco&sort=title")).containsExactly(cheap, hybrid, remoteRich);
        assertThat(rowIds("/jobs/discovered?q=Filterco&sort=salary")).first().isEqualTo(remoteRich);
        assertThat(rowIds("/jobs/discovered?q=Filterco&sort=nonsense&minScore=abc&page=-4&from=yesterday")).hasSize(3);
    }

    private static JsonNode selectAll(String path) {
        TestApp.Response response = app.send("GET", path, null, Map.of(), app.token());
        assertThat(response.status()).as(path).isEqualTo(200);
        return response.json();
    }

    private static List<String> ids(JsonNode picked) {
        List<String> ids = new java.util.ArrayList<>();
        picked.path("ids").forEach(id -> ids.add(id.asText()));
        return ids;
    }

    @Test
    void select_all_picks_every_job_under_the_filters_in_the_lists_order() {
        Element button = page("/jobs/discovered?q=Filterco&source=board-a&sort=title").selectFirst("[data-select-all]");
        assertThat(button).isNotNull();
        assertThat(button.text()).isEqualTo("Select all 2");
        assertThat(button.attr("data-select-all")).isEqualTo("/jobs/discovered/ids?q=Filterco&sort=title&source=board-a");

        JsonNode filtered = selectAll(button.attr("data-select-all"));
        assertThat(ids(filtered)).containsExactly(cheap, hybrid);
        assertThat(filtered.path("total").asInt()).isEqualTo(2);
        assertThat(filtered.path("limit").asInt()).isEqualTo(500);
        assertThat(ids(selectAll("/jobs/discovered/ids?q=Filterco&sort=score"))).containsExactly(remoteRich, hybrid, cheap);
        assertThat(ids(selectAll("/jobs/applied/ids?q=Filterco"))).isEmpty();

        TestApp.Response noTab = app.send("GET", "/jobs/nowhere/ids", null, Map.of(), app.token());
        assertThat(noTab.status()).isEqualTo(404);
        assertThat(noTab.text()).contains("ready, discovered, applied and all");
    }

    @Test
    void an_outcome_closes_an_application_an_unknown_one_is_refused_and_a_blank_one_reopens_it() {
        String id = JobsFixture.importJob(app, "Outcome role", "Outcomeco", "x", Map.of());
        app.call("POST", "/api/jobs/" + id + "/apply", null);
        java.util.function.Function<String, TestApp.Response> post = outcome -> app.send("POST", "/jobs/" + id + "/outcome",
                ("outcome=" + outcome).getBytes(StandardCharsets.UTF_8),
                Map.of("Content-Type", "application/x-www-form-urlencoded"), app.token());

        assertThat(post.apply("rejected").status()).isEqualTo(303);
        JsonNode rejected = app.call("GET", "/api/jobs/" + id, null).data();
        assertThat(rejected.path("outcome").asText()).isEqualTo("rejected");
        assertThat(rejected.path("closedAt").isNull()).isFalse();
        Element row = page("/jobs/applied?q=Outcomeco").selectFirst("#workspace .row");
        assertThat(row.select(".badge").eachText()).contains("applied", "rejected");

        TestApp.Response refused = post.apply("hired");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text()).contains("offer_accepted");
        assertThat(app.call("GET", "/api/jobs/" + id, null).data().path("outcome").asText()).isEqualTo("rejected");

        assertThat(post.apply("").status()).isEqualTo(303);
        JsonNode open = app.call("GET", "/api/jobs/" + id, null).data();
        assertThat(open.path("outcome").isNull()).isTrue();
        assertThat(open.path("closedAt").isNull()).isTrue();
    }

    @Test
    void tabs_show_counts_and_skipped_jobs_are_reached_through_the_show_filter() {
        String skipped = JobsFixture.importJob(app, "Skipped one", "Tabco", "x", Map.of());
        app.call("POST", "/api/jobs/" + skipped + "/skip", null);

        Document all = page("/jobs/all?q=Tabco");
        assertThat(all.select("#workspace .row")).isEmpty();
        assertThat(all.select("[data-tab-link=discovered] .count").text()).isNotBlank();
        assertThat(rowIds("/jobs/all?q=Tabco&show=skipped")).containsExactly(skipped);

        // The bulk bar offers only what a tab's jobs can do.
        assertThat(page("/jobs/discovered").select("#bulkbar [data-bulk]").eachAttr("data-bulk"))
                .containsExactly("move_to_ready", "skip", "rescore");
        assertThat(page("/jobs/ready").select("#bulkbar [data-bulk]").eachAttr("data-bulk")).containsExactly("skip", "rescore");
        assertThat(page("/jobs/applied").select("#bulkbar [data-bulk]").eachAttr("data-bulk")).containsExactly("rescore");
    }

    @Test
    void ten_thousand_jobs_page_fifty_at_a_time_under_two_hundred_kilobytes() {
        JobsFixture.insertMany(app, 10_000);

        TestApp.Response first = app.send("GET", "/jobs/discovered?source=bulk", null, Map.of(), app.token());
        Document doc = Jsoup.parse(first.text());
        assertThat(doc.select("#workspace .row")).hasSize(50);
        assertThat(doc.select(".range").text()).isEqualTo("1–50 of 8000");
        assertThat(first.body().length).isLessThan(200 * 1024);

        Document last = page("/jobs/discovered?source=bulk&page=160");
        assertThat(last.select("#workspace .row")).hasSize(50);
        assertThat(last.select(".range").text()).isEqualTo("7951–8000 of 8000");
        assertThat(last.select("[data-page-next]")).isEmpty();
        Element prev = last.selectFirst("[data-page-prev]");
        assertThat(prev).isNotNull();
        assertThat(prev.attr("href")).isEqualTo("/jobs/discovered?source=bulk&page=159");
        assertThat(page("/jobs/discovered?source=bulk&page=9999").select(".range").text()).isEqualTo("7951–8000 of 8000");
        assertThat(last.select("[data-select-all]").text()).isEqualTo("Select the first 500");

        // "Select all" over 8,000 jobs picks what one bulk action takes, starting with the list's own first page.
        JsonNode picked = selectAll("/jobs/discovered/ids?source=bulk");
        assertThat(picked.path("total").asInt()).isEqualTo(8000);
        assertThat(ids(picked)).hasSize(500).doesNotHaveDuplicates()
                .startsWith(doc.select("#workspace .row").stream().map(row -> row.attr("data-id")).toArray(String[]::new));
    }

    @Test
    void a_job_like_one_applied_to_lately_is_flagged_previously_applied() {
        String applied = JobsFixture.importJob(app, "Data Engineer", "Lookalike Ltd", "x", Map.of());
        app.call("POST", "/api/jobs/" + applied + "/apply", null);
        String similar = JobsFixture.importJob(app, "Senior Data Engineer", "Lookalike Ltd.", "y", Map.of());
        String other = JobsFixture.importJob(app, "Data Engineer", "Different Co", "z", Map.of());

        Document doc = page("/jobs/discovered?q=Data+Engineer");

        assertThat(doc.select(".row[data-id=" + similar + "]").text()).contains("Previously applied");
        assertThat(doc.select(".row[data-id=" + other + "]").text()).doesNotContain("Previously applied");
    }

    @Test
    void a_failed_finalize_shows_why_and_leaves_the_job_discovered_with_the_edits_kept() {
        String id = JobsFixture.importJob(app, "Finalize without resume", "Nobaseco", "x", Map.of());
        TestApp.Response login = app.call("POST", "/api/auth/login", Map.of("username", "admin", "password", TestApp.PASSWORD), null);
        Map<String, String> headers = Map.of("Cookie", "jw_session=" + login.data().path("token").asText(),
                "Content-Type", "application/x-www-form-urlencoded", "HX-Request", "true", "HX-Target", "workspace");

        TestApp.Response response = app.send("POST", "/jobs/discovered/" + id + "/tailor",
                ("_csrf=" + login.data().path("csrfToken").asText() + "&intent=finalize&tailoredHeadline=Kept+headline"
                        + "&tailoredSummary=&tailoredSkills=&jobDescription=x").getBytes(StandardCharsets.UTF_8), headers, null);

        Document doc = Jsoup.parse(response.text());
        assertThat(doc.select("#panel [role=alert]").text()).isNotBlank();
        assertThat(doc.select("#f-tailoredHeadline").attr("value")).isEqualTo("Kept headline");
        assertThat(app.call("GET", "/api/jobs/" + id, null).data().path("status").asText()).isEqualTo("discovered");
    }

    @Test
    void a_job_that_is_gone_shows_the_list_and_says_so() {
        TestApp.Response response = app.send("GET", "/jobs/discovered/no-such-job", null, Map.of(), app.token());

        assertThat(response.status()).isEqualTo(404);
        Document doc = Jsoup.parse(response.text());
        assertThat(doc.select("[data-notice]").text()).contains("no longer exists");
        assertThat(doc.select("#workspace .tabs")).isNotEmpty();
        assertThat(app.send("GET", "/jobs/discovered/no-such-job/tailor", null, Map.of(), app.token()).status()).isEqualTo(404);
    }

    @Test
    void every_page_route_sends_a_visitor_without_a_session_to_sign_in_and_changes_nothing() {
        java.util.Set<String> open = java.util.Set.of("GET /assets/{file}", "GET /login", "POST /login", "GET /setup",
                "POST /setup");
        int before = app.call("GET", "/api/jobs?limit=1", null).data().path("total").asInt();
        for (var route : app.app().routes()) {
            String key = route.method() + " " + route.path();
            if (route.path().startsWith("/api/") || route.path().startsWith("/pdfs/") || route.path().equals("/health")
                    || open.contains(key)) {
                continue;
            }
            String path = route.path().replace("{tab}", "ready").replaceAll("\\{(\\w+)}", "no-such-$1");
            TestApp.Response anonymous = app.send(route.method(), path, "x=1".getBytes(StandardCharsets.UTF_8),
                    Map.of("Content-Type", "application/x-www-form-urlencoded"), null);
            assertThat(anonymous.status()).as(key).isEqualTo(303);
            assertThat(anonymous.header("Location")).as(key).startsWith("/login");
        }
        assertThat(app.call("GET", "/api/jobs?limit=1", null).data().path("total").asInt()).isEqualTo(before);
        assertThat(app.send("GET", "/assets/app.css", null, Map.of(), null).status()).isEqualTo(200);
        assertThat(app.send("GET", "/assets/nothing.js", null, Map.of(), null).status()).isEqualTo(404);
    }

    @Test
    void a_visitor_without_a_session_is_sent_to_sign_in_with_the_way_back() {
        TestApp.Response response = app.send("GET", "/jobs/ready?q=x", null, Map.of(), null);

        assertThat(response.status()).isEqualTo(303);
        assertThat(response.header("Location")).isEqualTo("/login?next=%2Fjobs%2Fready%3Fq%3Dx");
    }

    @Test
    void an_action_without_the_csrf_token_is_refused_and_changes_nothing() {
        String id = JobsFixture.importJob(app, "Csrf target", "Csrfco", "x", Map.of());
        TestApp.Response login = app.call("POST", "/api/auth/login", Map.of("username", "admin", "password", TestApp.PASSWORD), null);
        String session = login.data().path("token").asText();
        String csrf = login.data().path("csrfToken").asText();
        Map<String, String> cookie = Map.of("Cookie", "jw_session=" + session,
                "Content-Type", "application/x-www-form-urlencoded");

        TestApp.Response forged = app.send("POST", "/jobs/" + id + "/skip", "back=/jobs/ready".getBytes(StandardCharsets.UTF_8), cookie, null);
        assertThat(forged.status()).isEqualTo(403);
        assertThat(app.call("GET", "/api/jobs/" + id, null).data().path("status").asText()).isEqualTo("discovered");

        TestApp.Response real = app.send("POST", "/jobs/" + id + "/skip",
                ("_csrf=" + csrf + "&back=/jobs/ready").getBytes(StandardCharsets.UTF_8), cookie, null);
        assertThat(real.status()).isEqualTo(303);
        assertThat(real.header("Location")).isEqualTo("/jobs/ready");
        assertThat(app.call("GET", "/api/jobs/" + id, null).data().path("status").asText()).isEqualTo("skipped");
    }
}
