package io.jobwright.job;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.jobwright.render.AtsReport;
import io.jobwright.web.Json;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * The {@code job_ats_checks} table: the read-back report of each job's last generated PDF, kept with the PDF path
 * it belongs to, so a report never describes a PDF the job no longer has. Thread-safe.
 */
public final class AtsChecks {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final Jdbi jdbi;

    public AtsChecks(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Stores the report of the PDF at {@code pdfPath}, replacing the job's previous report. */
    public void save(String jobId, String pdfPath, AtsReport report, Instant at) {
        String missing;
        try {
            missing = Json.MAPPER.writeValueAsString(report.missing());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A list of strings always serializes", e);
        }
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO job_ats_checks (job_id, pdf_path, passed, recall, missing, checked_at)
                        VALUES (:job, :path, :passed, :recall, :missing, :at)
                        ON CONFLICT (job_id) DO UPDATE SET pdf_path = excluded.pdf_path, passed = excluded.passed,
                            recall = excluded.recall, missing = excluded.missing, checked_at = excluded.checked_at""")
                .bind("job", jobId).bind("path", pdfPath).bind("passed", report.passed() ? 1 : 0)
                .bind("recall", report.recall()).bind("missing", missing).bind("at", at.toEpochMilli())
                .execute());
    }

    /**
     * The API form of the report for the job's current PDF ({@code passed}, {@code recall}, {@code missing},
     * {@code checkedAt}), or empty when that PDF was not checked (uploaded, or none yet).
     */
    public Optional<Map<String, Object>> forPdf(String jobId, String pdfPath) {
        if (pdfPath == null) {
            return Optional.empty();
        }
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT passed, recall, missing, checked_at FROM job_ats_checks
                        WHERE job_id = :job AND pdf_path = :path""")
                .bind("job", jobId).bind("path", pdfPath)
                .map((rs, ctx) -> {
                    Map<String, Object> view = new LinkedHashMap<>();
                    view.put("passed", rs.getInt("passed") != 0);
                    view.put("recall", rs.getDouble("recall"));
                    try {
                        view.put("missing", Json.MAPPER.readValue(rs.getString("missing"), STRINGS));
                    } catch (JsonProcessingException e) {
                        view.put("missing", List.of());
                    }
                    view.put("checkedAt", Instant.ofEpochMilli(rs.getLong("checked_at")).toString());
                    return view;
                })
                .findOne());
    }
}
