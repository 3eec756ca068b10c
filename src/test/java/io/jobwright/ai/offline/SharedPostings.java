package io.jobwright.ai.offline;

import com.fasterxml.jackson.databind.JsonNode;
import io.jobwright.ai.JobPosting;
import io.jobwright.web.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the shared job descriptions (Markdown with a small header, or a JSON Resume job) as postings. */
final class SharedPostings {

    static final Path FOLDER = Path.of("..", "shared", "fixtures", "job-descriptions");

    private SharedPostings() {
    }

    static JobPosting read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        return file.toString().endsWith(".json") ? json(Json.MAPPER.readTree(text)) : markdown(text);
    }

    private static JobPosting markdown(String text) {
        String title = null, employer = null, location = null, type = null;
        int body = text.indexOf("\n---");
        String header = body < 0 ? "" : text.substring(0, body);
        for (String line : header.split("\n")) {
            if (line.startsWith("# ")) {
                title = line.substring(2).strip();
            } else if (line.startsWith("Company board:")) {
                employer = line.substring(14).strip();
            } else if (line.startsWith("Location:")) {
                location = line.substring(9).strip();
            } else if (line.startsWith("Employment type:")) {
                type = line.substring(16).strip();
            }
        }
        String description = body < 0 ? text : text.substring(body + 4).strip();
        return new JobPosting(title, employer, location, null, null, null, null, null, null, null, type, null, null,
                null, description);
    }

    private static JobPosting json(JsonNode job) {
        StringBuilder d = new StringBuilder(job.path("description").asText("")).append("\n\nResponsibilities:\n");
        job.path("responsibilities").forEach(r -> d.append("- ").append(r.asText()).append('\n'));
        d.append("\nQualifications:\n");
        job.path("qualifications").forEach(r -> d.append("- ").append(r.asText()).append('\n'));
        d.append("\nSkills:\n");
        job.path("skills").forEach(s -> d.append("- ").append(s.path("name").asText()).append(": ")
                .append(String.join(", ", Json.MAPPER.convertValue(s.path("keywords"), String[].class))).append('\n'));
        String remote = job.path("remote").asText(null);
        return new JobPosting(job.path("title").asText(null), job.path("company").asText(null),
                job.path("location").path("city").asText(null), job.path("salary").asText(null), null, null, null,
                null, null, remote == null ? null : remote.toLowerCase(), job.path("type").asText(null),
                job.path("experience").asText(null), null, null, d.toString());
    }
}
