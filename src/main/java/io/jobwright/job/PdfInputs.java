package io.jobwright.job;


/**
 * What a job's PDF is made from, reduced to hashes. A job stores the hash of its own inputs on every save; a
 * generated PDF stores the hash of those plus the {@link RenderKey} (base resume content, theme, paper, heading
 * language, renderer version). Comparing the two tells whether the PDF is current without reading any job
 * description.
 */
public final class PdfInputs {

    private PdfInputs() {
    }

    /** The hash of the job-level inputs: the JD and every tailored field, plus what the renderer prints of the job. */
    public static String ofJob(Job job) {
        // Reworded bullets joined the inputs later; jobs without them keep the hash they always had.
        String bullets = job.tailoredBullets() == null ? "" : "\u0000" + job.tailoredBullets();
        return sha256(String.join("\u0000",
                "v1",
                nullSafe(job.jobDescription()),
                nullSafe(job.tailoredSummary()),
                nullSafe(job.tailoredHeadline()),
                nullSafe(job.tailoredSkills()),
                nullSafe(job.selectedProjectIds()),
                nullSafe(job.employer()),
                nullSafe(job.title()),
                Boolean.toString(job.tracerLinksEnabled())) + bullets);
    }

    /** The fingerprint a generated PDF carries: job inputs and the render key. */
    public static String fingerprint(String jobInputs, String renderKey) {
        return sha256(jobInputs + "|" + renderKey);
    }

    /** missing, uploaded, current, stale or regenerating, as the API reports it. */
    public static String freshness(Job job, String renderKey) {
        if (job.pdfRegenerating()) {
            return "regenerating";
        }
        if (job.pdfPath() == null) {
            return "missing";
        }
        if ("uploaded".equals(job.pdfSource())) {
            return "uploaded";
        }
        return fingerprint(job.inputsFingerprint(), renderKey).equals(job.pdfFingerprint())
                ? "current" : "stale";
    }

    private static String nullSafe(String value) {
        return value == null ? "" : value;
    }

    private static String sha256(String text) {
        return RenderKey.sha256(text);
    }
}
