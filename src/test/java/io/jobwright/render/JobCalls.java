package io.jobwright.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jobwright.TestApp;
import io.jobwright.TestApp.Response;
import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;

/** The job calls the render ITs make through the API, each asserting it succeeded. */
final class JobCalls {

    private final TestApp app;

    JobCalls(TestApp app) {
        this.app = app;
    }

    /** A discovered job, imported without tailoring. */
    String importJob(String title, String employer) {
        Response response = app.call("POST", "/api/manual-jobs/import", Map.of("job", Map.of("title", title,
                "employer", employer, "jobDescription", "Java, PostgreSQL and Kafka services."), "skipTailoring", true));
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        return response.data().path("job").path("id").asText();
    }

    /** A job imported and processed to ready with a generated PDF. */
    String processedJob(String title, String employer) {
        String id = importJob(title, employer);
        Response processed = app.call("POST", "/api/jobs/" + id + "/process", null);
        assertThat(processed.status()).as(processed.text()).isEqualTo(200);
        return id;
    }

    JsonNode job(String id) {
        Response response = app.call("GET", "/api/jobs/" + id, null);
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.data();
    }

    byte[] pdf(String id) {
        Response pdf = app.send("GET", "/api/jobs/" + id + "/pdf", null, Map.of(), app.token());
        assertThat(pdf.status()).isEqualTo(200);
        return pdf.body();
    }

    /** Polls the job until the condition holds, failing after 30 s. */
    void awaitJob(String id, Predicate<JsonNode> condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        JsonNode last = job(id);
        while (!condition.test(last)) {
            assertThat(System.nanoTime()).as("waited 30 s for job %s; last seen %s", id, last).isLessThan(deadline);
            Thread.onSpinWait();
            last = job(id);
        }
    }
}
