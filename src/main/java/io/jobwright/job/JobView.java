package io.jobwright.job;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.jobwright.web.Json;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntSupplier;

/**
 * A job as the API shows it: camelCase fields named as in JobOps' {@code Job}, ISO-8601 timestamps, the computed
 * {@code pdfFreshness} and {@code pdfUrl}; internal bookkeeping (work owner, heartbeats, hashes) left out.
 */
public final class JobView {

    private final IntSupplier resumeRevision;
    private final String rendererId;

    public JobView(IntSupplier resumeRevision, String rendererId) {
        this.resumeRevision = resumeRevision;
        this.rendererId = rendererId;
    }

    /** Every field of the job. */
    public Map<String, Object> full(Job job) {
        Map<String, Object> m = identity(job);
        m.put("jobDescription", job.jobDescription());
        for (ListingField field : ListingField.values()) {
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
        m.put("pdfPath", job.pdfPath());
        m.put("pdfSource", job.pdfSource());
        m.put("pdfRegenerating", job.pdfRegenerating());
        m.put("pdfFingerprint", job.pdfFingerprint());
        m.put("pdfGeneratedAt", iso(job.pdfGeneratedAt()));
        m.put("pdfFreshness", freshness(job));
        m.put("pdfUrl", pdfUrl(job));
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
        return listItem(job, resumeRevision.getAsInt());
    }

    /** The list item, with the resume revision read once for a whole list. */
    public Map<String, Object> listItem(Job job, int revision) {
        Map<String, Object> m = identity(job);
        m.put("applicationLink", job.listing(ListingField.APPLICATION_LINK));
        m.put("datePosted", job.listing(ListingField.DATE_POSTED));
        m.put("deadline", job.listing(ListingField.DEADLINE));
        m.put("salary", job.listing(ListingField.SALARY));
        m.put("location", job.listing(ListingField.LOCATION));
        m.put("status", job.status().wire());
        m.put("outcome", job.outcome());
        m.put("closedAt", iso(job.closedAt()));
        m.put("suitabilityScore", job.suitabilityScore());
        m.put("sponsorMatchScore", job.listing(ListingField.SPONSOR_MATCH_SCORE));
        m.put("jobType", job.listing(ListingField.JOB_TYPE));
        m.put("jobFunction", job.listing(ListingField.JOB_FUNCTION));
        m.put("pdfRegenerating", job.pdfRegenerating());
        m.put("pdfFreshness", PdfInputs.freshness(job, revision, rendererId));
        m.put("pdfUrl", pdfUrl(job));
        m.put("salaryMinAmount", job.listing(ListingField.SALARY_MIN_AMOUNT));
        m.put("salaryMaxAmount", job.listing(ListingField.SALARY_MAX_AMOUNT));
        m.put("salaryCurrency", job.listing(ListingField.SALARY_CURRENCY));
        m.put("discoveredAt", iso(job.discoveredAt()));
        m.put("readyAt", iso(job.readyAt()));
        m.put("appliedAt", iso(job.appliedAt()));
        m.put("updatedAt", iso(job.updatedAt()));
        return m;
    }

    /** The resume revision now, for callers rendering many list items. */
    public int currentResumeRevision() {
        return resumeRevision.getAsInt();
    }

    /** missing, uploaded, current, stale or regenerating. */
    public String freshness(Job job) {
        return PdfInputs.freshness(job, resumeRevision.getAsInt(), rendererId);
    }

    /** {@code /pdfs/resume_<id>.pdf?v=<updatedAt millis>}, or null when the job has no PDF. */
    public static String pdfUrl(Job job) {
        return job.pdfPath() == null ? null
                : "/pdfs/resume_" + job.id() + ".pdf?v=" + job.updatedAt().toEpochMilli();
    }

    /** The fields that name a job, first in both views. */
    private static Map<String, Object> identity(Job job) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", job.id());
        m.put("source", job.source());
        m.put("sourceJobId", job.sourceJobId());
        m.put("title", job.title());
        m.put("employer", job.employer());
        m.put("jobUrl", job.jobUrl());
        return m;
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
