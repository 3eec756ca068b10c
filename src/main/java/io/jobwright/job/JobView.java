package io.jobwright.job;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.io.UncheckedIOException;
import io.jobwright.web.Json;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A job as the API shows it: camelCase fields named as in JobOps' {@code Job}, ISO-8601 timestamps, the computed
 * {@code pdfFreshness} and {@code pdfUrl}; internal bookkeeping (work owner, heartbeats, hashes) left out.
 */
public final class JobView {

    private static final TypeReference<Map<String, Object>> LIST_ITEM = new TypeReference<>() {
    };

    private final Supplier<String> renderKey;
    private final AtsChecks atsChecks;

    /** Views computing freshness against {@code renderKey} and showing reports from {@code atsChecks}. */
    public JobView(Supplier<String> renderKey, AtsChecks atsChecks) {
        this.renderKey = renderKey;
        this.atsChecks = atsChecks;
    }

    /** Every field of the job. */
    public Map<String, Object> full(Job job) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", job.id());
        m.put("source", job.source());
        m.put("sourceJobId", job.sourceJobId());
        m.put("title", job.title());
        m.put("employer", job.employer());
        m.put("jobUrl", job.jobUrl());
        m.put("jobDescription", job.jobDescription());
        for (ListingField field : ListingField.ALL) {
            Object value = job.listing(field);
            m.put(field.apiName(), field.kind() == ListingField.Kind.JSON ? parsed((String) value) : value);
        }
        m.put("status", job.status().wire());
        m.put("outcome", job.outcome());
        m.put("closedAt", iso(job.closedAt()));
        m.put("suitabilityScore", job.suitabilityScore());
        m.put("suitabilityReason", job.suitabilityReason());
        m.put("jobBrief", job.jobBrief());
        m.put("tailoredSummary", job.tailoredSummary());
        m.put("tailoredHeadline", job.tailoredHeadline());
        m.put("tailoredSkills", job.tailoredSkills());
        m.put("selectedProjectIds", job.selectedProjectIds());
        m.put("scoreEngine", job.scoreEngine());
        m.put("tailoringEngine", job.tailoringEngine());
        m.put("tailoredBullets", parsed(job.tailoredBullets()));
        m.put("tailoringFindings", job.tailoringFindings() == null ? java.util.List.of() : parsed(job.tailoringFindings()));
        m.put("pdfPath", job.pdfPath());
        m.put("pdfSource", job.pdfSource());
        m.put("pdfRegenerating", job.pdfRegenerating());
        m.put("pdfFingerprint", job.pdfFingerprint());
        m.put("pdfGeneratedAt", iso(job.pdfGeneratedAt()));
        m.put("pdfFreshness", freshness(job));
        m.put("pdfUrl", pdfUrl(job));
        m.put("atsCheck", "generated".equals(job.pdfSource())
                ? atsChecks.forPdf(job.id(), job.pdfPath()).orElse(null) : null);
        m.put("tracerLinksEnabled", job.tracerLinksEnabled());
        m.put("discoveredAt", iso(job.discoveredAt()));
        m.put("processedAt", iso(job.processedAt()));
        m.put("readyAt", iso(job.readyAt()));
        m.put("appliedAt", iso(job.appliedAt()));
        m.put("createdAt", iso(job.createdAt()));
        m.put("updatedAt", iso(job.updatedAt()));
        return m;
    }

    /** The list item: what a table row needs, no descriptions. */
    public Map<String, Object> listItem(Job job) {
        try (TokenBuffer buffer = new TokenBuffer(Json.MAPPER, false)) {
            writeListItem(buffer, job, renderKey.get());
            return Json.MAPPER.readValue(buffer.asParser(), LIST_ITEM);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the list item straight to a JSON stream, with the render key read once for a whole list. This is
     * the one definition of the list item's fields; lists of thousands of jobs are written through it.
     */
    public void writeListItem(JsonGenerator json, Job job, String renderKey) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", job.id());
        json.writeStringField("source", job.source());
        json.writeStringField("sourceJobId", job.sourceJobId());
        json.writeStringField("title", job.title());
        json.writeStringField("employer", job.employer());
        json.writeStringField("jobUrl", job.jobUrl());
        text(json, "applicationLink", job, ListingField.APPLICATION_LINK);
        text(json, "datePosted", job, ListingField.DATE_POSTED);
        text(json, "deadline", job, ListingField.DEADLINE);
        text(json, "salary", job, ListingField.SALARY);
        text(json, "location", job, ListingField.LOCATION);
        json.writeStringField("status", job.status().wire());
        json.writeStringField("outcome", job.outcome());
        json.writeStringField("closedAt", iso(job.closedAt()));
        number(json, "suitabilityScore", job.suitabilityScore());
        number(json, "sponsorMatchScore", (Double) job.listing(ListingField.SPONSOR_MATCH_SCORE));
        text(json, "jobType", job, ListingField.JOB_TYPE);
        text(json, "jobFunction", job, ListingField.JOB_FUNCTION);
        json.writeBooleanField("pdfRegenerating", job.pdfRegenerating());
        json.writeStringField("pdfFreshness", PdfInputs.freshness(job, renderKey));
        json.writeStringField("pdfUrl", pdfUrl(job));
        number(json, "salaryMinAmount", (Double) job.listing(ListingField.SALARY_MIN_AMOUNT));
        number(json, "salaryMaxAmount", (Double) job.listing(ListingField.SALARY_MAX_AMOUNT));
        text(json, "salaryCurrency", job, ListingField.SALARY_CURRENCY);
        json.writeStringField("discoveredAt", iso(job.discoveredAt()));
        json.writeStringField("readyAt", iso(job.readyAt()));
        json.writeStringField("appliedAt", iso(job.appliedAt()));
        json.writeStringField("updatedAt", iso(job.updatedAt()));
        json.writeEndObject();
    }

    private static void text(JsonGenerator json, String name, Job job, ListingField field) throws IOException {
        json.writeStringField(name, (String) job.listing(field));
    }

    private static void number(JsonGenerator json, String name, Double value) throws IOException {
        if (value == null) {
            json.writeNullField(name);
        } else {
            json.writeNumberField(name, value);
        }
    }

    /** The render key now, for callers rendering many list items. */
    public String currentRenderKey() {
        return renderKey.get();
    }

    /** missing, uploaded, current, stale or regenerating. */
    public String freshness(Job job) {
        return PdfInputs.freshness(job, renderKey.get());
    }

    /** As {@link #freshness(Job)}, against a render key read once for a whole list ({@link #currentRenderKey}). */
    public String freshness(Job job, String renderKey) {
        return PdfInputs.freshness(job, renderKey);
    }

    /** {@code /pdfs/resume_<id>.pdf?v=<updatedAt millis>}, or null when the job has no PDF. */
    public static String pdfUrl(Job job) {
        return job.pdfPath() == null ? null
                : "/pdfs/resume_" + job.id() + ".pdf?v=" + job.updatedAt().toEpochMilli();
    }

    private static String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static Object parsed(String json) {
        if (json == null) {
            return null;
        }
        try {
            return Json.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            return json;
        }
    }
}
