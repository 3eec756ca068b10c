package io.jobwright.ui;

import io.jobwright.TestApp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.statement.PreparedBatch;

/** Jobs for the browser tests: a few imported through the API like a user would, or thousands inserted at once. */
final class JobsFixture {

    private JobsFixture() {
    }

    /** Imports one job through the manual-import API without tailoring; returns its id. */
    static String importJob(TestApp app, String title, String employer, String description, Map<String, Object> extra) {
        Map<String, Object> job = new LinkedHashMap<>();
        job.put("title", title);
        job.put("employer", employer);
        job.put("jobUrl", "https://jobs.example.com/" + Math.abs((title + employer).hashCode()));
        job.put("jobDescription", description);
        job.putAll(extra);
        TestApp.Response response = app.call("POST", "/api/manual-jobs/import", Map.of("job", job, "skipTailoring", true));
        if (response.status() != 201) {
            throw new IllegalStateException("import failed: " + response.status() + " " + response.text());
        }
        return response.data().path("job").path("id").asText();
    }

    /** Inserts {@code count} discovered jobs in one batch (the API path is exercised elsewhere; this is volume). */
    static List<String> insertMany(TestApp app, int count) {
        List<String> ids = new ArrayList<>(count);
        long now = System.currentTimeMillis();
        app.app().database().jdbi().useTransaction(handle -> {
            PreparedBatch batch = handle.prepareBatch("INSERT INTO jobs (id, source, job_url, job_url_key, title, employer,"
                    + " location, status, suitability_score, inputs_fingerprint, discovered_at, created_at, updated_at)"
                    + " VALUES (:id, 'bulk', :url, :url, :title, :employer, :location, :status, :score, '', :at, :at, :at)");
            for (int i = 0; i < count; i++) {
                String id = String.format("bulk-%05d", i);
                ids.add(id);
                batch.bind("id", id).bind("url", "https://jobs.example.com/bulk/" + i)
                        .bind("title", "Engineer " + i).bind("employer", "Employer " + (i % 97))
                        .bind("location", i % 3 == 0 ? "Remote" : "Berlin").bind("status", i % 5 == 0 ? "ready" : "discovered")
                        .bind("score", (double) (i * 37 % 101)).bind("at", now - i * 60_000L).add();
            }
            batch.execute();
        });
        return ids;
    }
}
