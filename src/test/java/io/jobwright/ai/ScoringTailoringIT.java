package io.jobwright.ai;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.jobwright.TestApp;
import io.jobwright.TestApp.Response;
import io.jobwright.web.Json;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scoring, tailoring with TruthGuard, the tailoring diff and manual-job inference over HTTP, offline. */
class ScoringTailoringIT {

    private static final String DESCRIPTION = """
            We build a search engine. What you'll do:
            - Improve storage and indexing layers in Rust
            - Profile and tune query performance
            Requirements:
            - Experience with Rust, Java or C++
            - PostgreSQL and Kubernetes
            Nice to have:
            - Kafka
            What we offer:
            - Fully remote team, learning budget
            """;

    @TempDir
    Path dataDir;
    private TestApp app;

    @BeforeEach
    void start() throws IOException {
        app = TestApp.sqlite(dataDir).withAdmin();
        byte[] resume = Files.readAllBytes(Path.of("src/test/resources/ai/ranking-resume.json"));
        Response imported = app.send("POST", "/api/resume/import", resume, Map.of("Content-Type", "application/json"), app.token());
        assertThat(imported.status()).isLessThan(300);
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private String importJob(String title, String employer, String description) {
        Response r = app.call("POST", "/api/manual-jobs/import", Map.of("skipTailoring", true, "job",
                Map.of("title", title, "employer", employer, "jobDescription", description)));
        assertThat(r.status()).isEqualTo(201);
        return r.data().path("job").path("id").asText();
    }

    @Test
    void rescoring_offline_stores_score_reason_with_points_brief_and_engine() throws IOException {
        String id = importJob("Database Engineer", "Puffer", DESCRIPTION);

        JsonNode job = app.call("POST", "/api/jobs/" + id + "/rescore", null).data();

        assertThat(job.path("suitabilityScore").asDouble()).isBetween(50.0, 100.0);
        assertThat(job.path("scoreEngine").asText()).isEqualTo("offline");
        assertThat(job.path("suitabilityReason").asText()).contains("Skills ", "/40", "Similarity ", "/30", "Rust");
        JsonNode brief = Json.MAPPER.readTree(job.path("jobBrief").asText());
        assertThat(brief.path("they_want").toString()).contains("PostgreSQL and Kubernetes");
        assertThat(brief.path("company_offers").toString()).contains("learning budget");
        assertThat(brief.path("practical_details").toString()).contains("Workplace: Remote", "Salary: Not stated");
    }

    @Test
    void a_blocked_company_scores_zero_and_the_reason_says_why() {
        app.call("PATCH", "/api/settings", Map.of("blockedCompanyKeywords", java.util.List.of("puffer")));
        String id = importJob("Database Engineer", "Puffer Inc", DESCRIPTION);

        JsonNode job = app.call("POST", "/api/jobs/" + id + "/rescore", null).data();

        assertThat(job.path("suitabilityScore").asDouble()).isZero();
        assertThat(job.path("suitabilityReason").asText()).contains("blocked company keyword \"puffer\"");
    }

    @Test
    void offline_tailoring_keeps_the_users_headline_and_the_diff_shows_skills_reordered() {
        String id = importJob("Staff Database Engineer", "Puffer", DESCRIPTION);

        JsonNode job = app.call("POST", "/api/jobs/" + id + "/summarize", null).data();

        assertThat(job.path("tailoredHeadline").asText()).isEqualTo("Senior Backend Engineer");
        assertThat(job.path("tailoringEngine").asText()).isEqualTo("offline");
        assertThat(job.path("tailoringFindings").size()).isZero();
        JsonNode diff = app.call("GET", "/api/jobs/" + id + "/tailoring/diff", null).data();
        assertThat(diff.path("headline").path("changed").asBoolean()).isFalse();
        assertThat(diff.path("skills").path("added").size()).isZero();
        assertThat(diff.path("skills").path("reordered").asBoolean()).isTrue();
        assertThat(diff.path("skills").path("tailored").get(0).path("name").asText()).isEqualTo("Languages");
        assertThat(diff.path("skills").path("tailored").get(0).path("keywords").get(0).asText()).isEqualTo("Rust");
    }

    @Test
    void the_users_own_edits_are_reported_by_truthguard_but_kept_as_typed() {
        String id = importJob("Staff Database Engineer", "Puffer", DESCRIPTION);

        JsonNode job = app.call("PATCH", "/api/jobs/" + id, Map.of("tailoredHeadline", "Staff Database Engineer",
                "tailoredSummary", "I led search at Google.")).data();

        assertThat(job.path("tailoredHeadline").asText()).isEqualTo("Staff Database Engineer");
        assertThat(job.path("tailoredSummary").asText()).isEqualTo("I led search at Google.");
        assertThat(job.path("tailoringEngine").asText()).isEqualTo("user");
        assertThat(job.path("tailoringFindings").findValuesAsText("action")).containsOnly("reported");
        assertThat(job.path("tailoringFindings").findValuesAsText("kind")).contains("headline", "employer");
        JsonNode diff = app.call("GET", "/api/jobs/" + id + "/tailoring/diff", null).data();
        assertThat(diff.path("headline").path("changed").asBoolean()).isTrue();
        assertThat(diff.path("findings").size()).isEqualTo(job.path("tailoringFindings").size());
    }

    @Test
    void inference_reads_labelled_text_and_leaves_unknown_fields_empty() {
        JsonNode data = app.call("POST", "/api/manual-jobs/infer", Map.of("text",
                "# Backend Engineer\nCompany: Acme Search\nLocation: Berlin\nSalary: €70,000 – €85,000 per year\n\n"
                        + "We build things.")).data();

        assertThat(data.path("method").asText()).isEqualTo("patterns");
        assertThat(data.path("job").path("title").asText()).isEqualTo("Backend Engineer");
        assertThat(data.path("job").path("employer").asText()).isEqualTo("Acme Search");
        assertThat(data.path("job").path("location").asText()).isEqualTo("Berlin");
        assertThat(data.path("job").path("salary").asText()).isEqualTo("€70,000 – €85,000 per year");
        assertThat(data.path("job").path("deadline").asText()).isEmpty();
        assertThat(data.path("job").path("degreeRequired").asText()).isEmpty();
    }

    @Test
    void inference_prefers_json_ld_and_fetches_urls_only_from_public_addresses_unless_allowed() throws IOException {
        String html = """
                <html><head><title>Careers</title><script type="application/ld+json">
                {"@context":"https://schema.org","@type":"JobPosting","title":"Data Engineer",
                 "hiringOrganization":{"@type":"Organization","name":"Example GmbH"},
                 "jobLocation":{"@type":"Place","address":{"addressLocality":"Hamburg","addressCountry":"DE"}},
                 "baseSalary":{"@type":"MonetaryAmount","currency":"EUR","value":{"minValue":60000,"maxValue":75000,"unitText":"YEAR"}},
                 "employmentType":"FULL_TIME","validThrough":"2027-01-31","description":"<p>Build <b>pipelines</b>.</p>"}
                </script></head><body><h1>Something else</h1></body></html>""";
        HttpServer site = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        site.createContext("/job", ex -> {
            byte[] body = html.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        site.start();
        try {
            String url = "http://127.0.0.1:" + site.getAddress().getPort() + "/job";
            Response refused = app.call("POST", "/api/manual-jobs/infer", Map.of("url", url));
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.code()).isEqualTo("INVALID_REQUEST");
            assertThat(refused.json().path("error").path("message").asText())
                    .contains("url", "127.0.0.1", "private", "JOBWRIGHT_FETCH_ALLOW");
            Response oldSetting = app.call("PATCH", "/api/settings", Map.of("allowPrivateFetchUrls", true));
            assertThat(oldSetting.status()).as("the address policy is the server's configuration, not a setting")
                    .isEqualTo(400);

            app.stop();
            app.withEnv("JOBWRIGHT_FETCH_ALLOW", "127.0.0.1").start();
            JsonNode data = app.call("POST", "/api/manual-jobs/infer", Map.of("url", url)).data();

            assertThat(data.path("method").asText()).isEqualTo("json-ld");
            JsonNode job = data.path("job");
            assertThat(job.path("title").asText()).isEqualTo("Data Engineer");
            assertThat(job.path("employer").asText()).isEqualTo("Example GmbH");
            assertThat(job.path("location").asText()).isEqualTo("Hamburg, DE");
            assertThat(job.path("salary").asText()).isEqualTo("EUR 60000–75000 per year");
            assertThat(job.path("deadline").asText()).isEqualTo("2027-01-31");
            assertThat(job.path("jobDescription").asText()).isEqualTo("Build pipelines .");
            assertThat(job.path("jobUrl").asText()).isEqualTo(url);
        } finally {
            site.stop(0);
        }
    }

    @Test
    void inference_refuses_anything_but_exactly_one_input() {
        Response two = app.call("POST", "/api/manual-jobs/infer", Map.of("text", "a", "html", "<p>b</p>"));
        Response none = app.call("POST", "/api/manual-jobs/infer", Map.of());
        Response wrongType = app.call("POST", "/api/manual-jobs/infer", Map.of("text", 42));
        Response badScheme = app.call("POST", "/api/manual-jobs/infer", Map.of("url", "file:///etc/passwd"));
        Response unknown = app.call("POST", "/api/manual-jobs/infer", Map.of("pdf", "x"));

        assertThat(java.util.List.of(two, none, wrongType, badScheme, unknown)).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.code()).isEqualTo("INVALID_REQUEST");
        });
        assertThat(badScheme.json().path("error").path("message").asText()).contains("url");
        assertThat(unknown.json().path("error").path("message").asText()).contains("pdf");
    }

    @Test
    void inference_refuses_a_redirect_from_an_allowed_page_to_a_private_address() throws IOException {
        HttpServer inside = HttpServer.create(new InetSocketAddress("127.0.0.2", 0), 0);
        java.util.concurrent.atomic.AtomicInteger insideRequests = new java.util.concurrent.atomic.AtomicInteger();
        inside.createContext("/", ex -> {
            insideRequests.incrementAndGet();
            byte[] body = "<html><body><h1>Internal admin</h1></body></html>".getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        inside.start();
        String insideUrl = "http://127.0.0.2:" + inside.getAddress().getPort() + "/admin";
        HttpServer site = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        site.createContext("/to-inside", ex -> {
            ex.getResponseHeaders().add("Location", insideUrl);
            ex.sendResponseHeaders(302, -1);
            ex.close();
        });
        site.createContext("/to-metadata", ex -> {
            ex.getResponseHeaders().add("Location", "http://169.254.169.254/latest/meta-data/");
            ex.sendResponseHeaders(301, -1);
            ex.close();
        });
        site.start();
        try {
            app.stop();
            app.withEnv("JOBWRIGHT_FETCH_ALLOW", "127.0.0.1").start();
            String base = "http://127.0.0.1:" + site.getAddress().getPort();

            Response toInside = app.call("POST", "/api/manual-jobs/infer", Map.of("url", base + "/to-inside"));
            Response toMetadata = app.call("POST", "/api/manual-jobs/infer", Map.of("url", base + "/to-metadata"));

            assertThat(toInside.status()).as(toInside.text()).isEqualTo(400);
            assertThat(toInside.code()).isEqualTo("INVALID_REQUEST");
            assertThat(toInside.json().path("error").path("message").asText()).contains("url", "127.0.0.2");
            assertThat(insideRequests.get()).as("the private address is never contacted").isZero();
            assertThat(toMetadata.status()).as(toMetadata.text()).isEqualTo(400);
            assertThat(toMetadata.json().path("error").path("message").asText()).contains("url", "169.254.169.254");
        } finally {
            site.stop(0);
            inside.stop(0);
        }
    }
}
