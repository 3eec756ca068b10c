package io.jobwright.job;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * One job posting and everything Jobwright knows and has made for it. Immutable: each change returns a copy, and
 * status changes go through {@link #moveTo}, which consults {@link JobStatus}'s table.
 *
 * @param statusBefore    the status to return to if work in {@code processing} ends without success
 * @param workOwner       the instance doing PDF work on this job, while {@code pdfRegenerating}
 * @param workHeartbeatAt when that instance last said it is still working
 * @param inputsFingerprint hash of this job's PDF inputs as last stored (see {@link PdfInputs}); set on save
 * @param listing         descriptive posting fields (salary, company, …), absent keys are null
 * @param scoreEngine     which engine produced the score, reason and brief: {@code offline} or {@code llm:<provider>/<model>}
 * @param tailoringEngine which engine produced the tailored fields, or {@code user} after the user's own edits
 * @param tailoredBullets reworded bullets as JSON text {@code {"<highlightId>": "text"}}, or null
 * @param tailoringFindings what TruthGuard removed, changed or (for the user's edits) reported, as JSON text of
 *                        {@link io.jobwright.ai.truth.Finding}s, or null
 */
public record Job(
        String id,
        String source,
        String sourceJobId,
        String title,
        String employer,
        String jobUrl,
        String jobDescription,
        JobStatus status,
        JobStatus statusBefore,
        String outcome,
        Instant closedAt,
        Double suitabilityScore,
        String suitabilityReason,
        String jobBrief,
        String tailoredSummary,
        String tailoredHeadline,
        String tailoredSkills,
        String selectedProjectIds,
        String pdfPath,
        String pdfSource,
        boolean pdfRegenerating,
        String pdfFingerprint,
        String inputsFingerprint,
        Instant pdfGeneratedAt,
        String workOwner,
        Instant workHeartbeatAt,
        boolean tracerLinksEnabled,
        Instant discoveredAt,
        Instant processedAt,
        Instant readyAt,
        Instant appliedAt,
        Instant createdAt,
        Instant updatedAt,
        Map<ListingField, Object> listing,
        String scoreEngine,
        String tailoringEngine,
        String tailoredBullets,
        String tailoringFindings) {

    public Job {
        EnumMap<ListingField, Object> copy = new EnumMap<>(ListingField.class);
        if (listing != null) {
            listing.forEach((k, v) -> {
                if (v != null) {
                    copy.put(k, v);
                }
            });
        }
        listing = Collections.unmodifiableMap(copy);
    }

    /** A listing field's value, or null. */
    public Object listing(ListingField field) {
        return listing.get(field);
    }

    /**
     * This job in {@code next} status, with the timestamps the move implies: {@code processedAt} on each entry to
     * processing, {@code readyAt} and {@code appliedAt} on first entry only.
     *
     * @throws io.jobwright.error.Conflict when the status table does not allow the move
     */
    public Job moveTo(JobStatus next, Instant at) {
        status.check(next);
        return new Builder(this).status(next)
                .processedAt(next == JobStatus.PROCESSING ? at : processedAt)
                .readyAt(next == JobStatus.READY && readyAt == null ? at : readyAt)
                .appliedAt(next == JobStatus.APPLIED && appliedAt == null ? at : appliedAt)
                .build();
    }

    /** A builder starting from this job's values. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Copies a job field by field; used for the multi-field changes of PATCH and PDF work. */
    public static final class Builder {
        private String id, source, sourceJobId, title, employer, jobUrl, jobDescription, outcome;
        private JobStatus status, statusBefore;
        private Instant closedAt, pdfGeneratedAt, workHeartbeatAt, discoveredAt, processedAt, readyAt, appliedAt,
                createdAt, updatedAt;
        private Double suitabilityScore;
        private String suitabilityReason, jobBrief, tailoredSummary, tailoredHeadline, tailoredSkills,
                selectedProjectIds, pdfPath, pdfSource, pdfFingerprint, inputsFingerprint, workOwner;
        private boolean pdfRegenerating, tracerLinksEnabled;
        private final EnumMap<ListingField, Object> listing = new EnumMap<>(ListingField.class);
        private String scoreEngine, tailoringEngine, tailoredBullets, tailoringFindings;

        public Builder() {
        }

        Builder(Job j) {
            id = j.id; source = j.source; sourceJobId = j.sourceJobId; title = j.title; employer = j.employer;
            jobUrl = j.jobUrl; jobDescription = j.jobDescription; status = j.status; statusBefore = j.statusBefore;
            outcome = j.outcome; closedAt = j.closedAt; suitabilityScore = j.suitabilityScore;
            suitabilityReason = j.suitabilityReason; jobBrief = j.jobBrief; tailoredSummary = j.tailoredSummary;
            tailoredHeadline = j.tailoredHeadline; tailoredSkills = j.tailoredSkills;
            selectedProjectIds = j.selectedProjectIds; pdfPath = j.pdfPath; pdfSource = j.pdfSource;
            pdfRegenerating = j.pdfRegenerating; pdfFingerprint = j.pdfFingerprint;
            inputsFingerprint = j.inputsFingerprint; pdfGeneratedAt = j.pdfGeneratedAt;
            workOwner = j.workOwner; workHeartbeatAt = j.workHeartbeatAt; tracerLinksEnabled = j.tracerLinksEnabled;
            discoveredAt = j.discoveredAt; processedAt = j.processedAt; readyAt = j.readyAt; appliedAt = j.appliedAt;
            createdAt = j.createdAt; updatedAt = j.updatedAt;
            listing.putAll(j.listing);
            scoreEngine = j.scoreEngine; tailoringEngine = j.tailoringEngine; tailoredBullets = j.tailoredBullets;
            tailoringFindings = j.tailoringFindings;
        }

        public Builder id(String v) { id = v; return this; }
        public Builder source(String v) { source = v; return this; }
        public Builder sourceJobId(String v) { sourceJobId = v; return this; }
        public Builder title(String v) { title = v; return this; }
        public Builder employer(String v) { employer = v; return this; }
        public Builder jobUrl(String v) { jobUrl = v; return this; }
        public Builder jobDescription(String v) { jobDescription = v; return this; }
        public Builder status(JobStatus v) { status = v; return this; }
        public Builder statusBefore(JobStatus v) { statusBefore = v; return this; }
        public Builder outcome(String v) { outcome = v; return this; }
        public Builder closedAt(Instant v) { closedAt = v; return this; }
        public Builder suitabilityScore(Double v) { suitabilityScore = v; return this; }
        public Builder suitabilityReason(String v) { suitabilityReason = v; return this; }
        public Builder jobBrief(String v) { jobBrief = v; return this; }
        public Builder tailoredSummary(String v) { tailoredSummary = v; return this; }
        public Builder tailoredHeadline(String v) { tailoredHeadline = v; return this; }
        public Builder tailoredSkills(String v) { tailoredSkills = v; return this; }
        public Builder selectedProjectIds(String v) { selectedProjectIds = v; return this; }
        public Builder pdfPath(String v) { pdfPath = v; return this; }
        public Builder pdfSource(String v) { pdfSource = v; return this; }
        public Builder pdfRegenerating(boolean v) { pdfRegenerating = v; return this; }
        public Builder pdfFingerprint(String v) { pdfFingerprint = v; return this; }
        public Builder inputsFingerprint(String v) { inputsFingerprint = v; return this; }
        public Builder pdfGeneratedAt(Instant v) { pdfGeneratedAt = v; return this; }
        public Builder workOwner(String v) { workOwner = v; return this; }
        public Builder workHeartbeatAt(Instant v) { workHeartbeatAt = v; return this; }
        public Builder tracerLinksEnabled(boolean v) { tracerLinksEnabled = v; return this; }
        public Builder discoveredAt(Instant v) { discoveredAt = v; return this; }
        public Builder processedAt(Instant v) { processedAt = v; return this; }
        public Builder readyAt(Instant v) { readyAt = v; return this; }
        public Builder appliedAt(Instant v) { appliedAt = v; return this; }
        public Builder createdAt(Instant v) { createdAt = v; return this; }
        public Builder updatedAt(Instant v) { updatedAt = v; return this; }
        public Builder scoreEngine(String v) { scoreEngine = v; return this; }
        public Builder tailoringEngine(String v) { tailoringEngine = v; return this; }
        public Builder tailoredBullets(String v) { tailoredBullets = v; return this; }
        public Builder tailoringFindings(String v) { tailoringFindings = v; return this; }

        public Builder listing(ListingField field, Object value) {
            if (value == null) {
                listing.remove(field);
            } else {
                listing.put(field, value);
            }
            return this;
        }

        public Job build() {
            return new Job(id, source, sourceJobId, title, employer, jobUrl, jobDescription, status, statusBefore,
                    outcome, closedAt, suitabilityScore, suitabilityReason, jobBrief, tailoredSummary,
                    tailoredHeadline, tailoredSkills, selectedProjectIds, pdfPath, pdfSource, pdfRegenerating,
                    pdfFingerprint, inputsFingerprint, pdfGeneratedAt, workOwner, workHeartbeatAt, tracerLinksEnabled, discoveredAt,
                    processedAt, readyAt, appliedAt, createdAt, updatedAt, listing, scoreEngine, tailoringEngine,
                    tailoredBullets, tailoringFindings);
        }
    }
}
