package io.jobwright.ui;

import io.jobwright.job.Job;
import io.jobwright.job.JobView;
import io.jobwright.job.ListingField;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * The open job beside the list: the job itself plus what the panel shows derived from it. The description is
 * posting text from anywhere, so HTML in it is reduced to a safe subset (no scripts, handlers, styles or frames)
 * and plain text is shown as text.
 *
 * @param descriptionHtml the sanitized description, safe to insert as HTML
 * @param freshness       the PDF's state: missing, uploaded, current, stale or regenerating
 * @param pdfUrl          where the PDF is served, or null without one
 */
public record JobDetail(Job job, String descriptionHtml, String freshness, String pdfUrl, String location,
                        String salary, Integer score, Ats ats) {

    /**
     * What the ATS check read back from the generated PDF.
     *
     * @param recall  the share of the resume's words found in the PDF's text, 0–100
     * @param missing words it could not find
     */
    public record Ats(boolean passed, int recall, java.util.List<String> missing) {
    }

    private static final java.util.regex.Pattern TAG = java.util.regex.Pattern.compile("</?[A-Za-z][^<>]*>");
    private static final Safelist POSTING = Safelist.basic().removeTags("a").addTags("h1", "h2", "h3", "h4");

    static JobDetail of(Job job, JobView view) {
        Double score = job.suitabilityScore();
        Ats ats = null;
        if (view.full(job).get("atsCheck") instanceof java.util.Map<?, ?> check) {
            java.util.List<String> missing = check.get("missing") instanceof java.util.List<?> words
                    ? words.stream().map(String::valueOf).toList() : java.util.List.of();
            ats = new Ats(Boolean.TRUE.equals(check.get("passed")),
                    (int) Math.round(((Number) check.get("recall")).doubleValue() * 100), missing);
        }
        return new JobDetail(job, sanitize(job.jobDescription()), view.freshness(job), JobView.pdfUrl(job),
                (String) job.listing(ListingField.LOCATION), (String) job.listing(ListingField.SALARY),
                score == null ? null : (int) Math.round(score), ats);
    }

    /** The description as safe HTML: tags outside a small formatting subset are dropped, text is escaped. */
    static String sanitize(String description) {
        if (description == null || description.isBlank()) {
            return "";
        }
        Document.OutputSettings settings = new Document.OutputSettings().prettyPrint(false);
        if (!TAG.matcher(description).find()) {
            String escaped = org.jsoup.nodes.Entities.escape(description.strip().replace("\r\n", "\n"));
            return "<p>" + escaped.replaceAll("\n{2,}", "</p><p>").replace("\n", "<br>") + "</p>";
        }
        return Jsoup.clean(description, "", POSTING, settings);
    }

    /** One labelled part of the job brief, as text or a list. */
    public record BriefItem(String label, String text, java.util.List<String> items) {
    }

    /** The AI job brief as labelled parts, in the brief's order; empty when there is none or it is not JSON. */
    public java.util.List<BriefItem> brief() {
        String raw = job.jobBrief();
        if (raw == null || raw.isBlank()) {
            return java.util.List.of();
        }
        try {
            com.fasterxml.jackson.databind.JsonNode node = io.jobwright.web.Json.MAPPER.readTree(raw);
            if (!node.isObject()) {
                return java.util.List.of(new BriefItem("Brief", raw, java.util.List.of()));
            }
            java.util.List<BriefItem> items = new java.util.ArrayList<>();
            node.properties().forEach(e -> {
                com.fasterxml.jackson.databind.JsonNode value = e.getValue();
                String label = words(e.getKey());
                if (value.isArray()) {
                    java.util.List<String> list = new java.util.ArrayList<>();
                    value.forEach(v -> list.add(v.isTextual() ? v.textValue() : v.toString()));
                    if (!list.isEmpty()) {
                        items.add(new BriefItem(label, null, list));
                    }
                } else if (!value.isNull() && !value.asText().isBlank()) {
                    items.add(new BriefItem(label, value.isTextual() ? value.textValue() : value.toString(),
                            java.util.List.of()));
                }
            });
            return items;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return java.util.List.of(new BriefItem("Brief", raw, java.util.List.of()));
        }
    }

    /** "roleSummary" → "Role summary". */
    private static String words(String key) {
        String spaced = key.replaceAll("([a-z])([A-Z])", "$1 $2").replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    /** The score's reason as separate factors (the offline engine writes "Skills 22/40 (…); Similarity 24/30 (…)"). */
    public java.util.List<String> factors() {
        String reason = job.suitabilityReason();
        if (reason == null || reason.isBlank()) {
            return java.util.List.of();
        }
        // Only a "; " before the next "Name 12/40" starts a factor; semicolons inside a factor's note stay.
        String text = reason.strip().endsWith(".") ? reason.strip().substring(0, reason.strip().length() - 1) : reason.strip();
        return java.util.Arrays.stream(text.split(";\\s+(?=\\p{Lu}[\\p{L} -]*\\s-?\\d+/\\d+)"))
                .map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** True while the job is being tailored and rendered. */
    public boolean processing() {
        return job.status() == io.jobwright.job.JobStatus.PROCESSING || job.pdfRegenerating();
    }

    /** The listing's URL to open (the direct one when known). */
    public String listingUrl() {
        Object direct = job.listing(ListingField.JOB_URL_DIRECT);
        String url = direct instanceof String text ? text : job.jobUrl();
        return url != null && (url.startsWith("https://") || url.startsWith("http://")) ? url : null;
    }
}
