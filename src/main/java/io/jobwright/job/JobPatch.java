package io.jobwright.job;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jobwright.error.InvalidRequest;
import io.jobwright.web.Json;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A validated PATCH of a job: which fields change to what, the status requested (if any) and the version the
 * editor saw. Parsing checks every field's type and size and refuses unknown or read-only fields by name, so a
 * typo never silently does nothing.
 */
public record JobPatch(Map<String, Object> changes, JobStatus status, Instant expectedUpdatedAt) {

    /** How an application can end, in the order people read them. */
    public static final List<String> OUTCOMES = List.of("offer_accepted", "offer_declined", "rejected", "withdrawn",
            "no_response", "ghosted");
    private static final Set<String> READ_ONLY = Set.of("id", "source", "sourceJobId", "pdfPath", "pdfSource",
            "pdfRegenerating", "pdfFingerprint", "pdfGeneratedAt", "pdfFreshness", "pdfUrl", "discoveredAt",
            "processedAt", "readyAt", "appliedAt", "createdAt", "updatedAt");
    private static final int MAX_PROJECT_IDS = 100;

    /**
     * Parses a PATCH body.
     *
     * @throws InvalidRequest naming the first offending field
     */
    public static JobPatch parse(ObjectNode body) {
        List<String> unknown = new ArrayList<>();
        Map<String, Object> changes = new LinkedHashMap<>();
        JobStatus status = null;
        Instant expected = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = body.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String name = entry.getKey();
            JsonNode value = entry.getValue();
            switch (name) {
                case "title", "employer" -> changes.put(name, requiredText(name, value, 500));
                case "jobUrl" -> changes.put(name, url(name, value));
                case "jobDescription" -> changes.put(name, text(name, value, 40_000));
                case "status" -> status = JobStatus.parse(requiredText(name, value, 40)).orElseThrow(() ->
                        InvalidRequest.field(name, "unknown status '" + value.asText() + "'; expected one of "
                                + JobStatus.allWire()));
                case "outcome" -> changes.put(name, outcome(value));
                case "closedAt" -> changes.put(name, instant(name, value));
                case "suitabilityScore" -> changes.put(name, number(name, value, 0, 100));
                case "suitabilityReason" -> changes.put(name, text(name, value, 2000));
                case "jobBrief" -> changes.put(name, value.isObject() ? Json.write(value) : text(name, value, 20_000));
                case "tailoredSummary" -> changes.put(name, text(name, value, 5000));
                case "tailoredHeadline" -> changes.put(name, text(name, value, 300));
                case "tailoredSkills" -> changes.put(name, TailoredSkills.normalize(name, value));
                case "selectedProjectIds" -> changes.put(name, projectIds(name, value));
                case "tracerLinksEnabled" -> {
                    if (!value.isBoolean()) {
                        throw InvalidRequest.field(name, "must be true or false");
                    }
                    changes.put(name, value.booleanValue());
                }
                case "expectedUpdatedAt" -> expected = instant(name, value);
                default -> {
                    ListingField field = ListingField.byApiName(name);
                    if (field != null) {
                        changes.put(name, listingValue(field, value));
                    } else if (READ_ONLY.contains(name)) {
                        throw InvalidRequest.field(name, "is not editable");
                    } else {
                        unknown.add(name);
                    }
                }
            }
        }
        if (!unknown.isEmpty()) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("unknownFields", unknown);
            throw new InvalidRequest("Unknown field" + (unknown.size() > 1 ? "s" : "") + ": "
                    + String.join(", ", unknown), details);
        }
        return new JobPatch(changes, status, expected);
    }

    /** Whether the patch changes a field. */
    public boolean changes(String field) {
        return changes.containsKey(field);
    }

    /** The job with this patch's field changes applied (status is applied by the service). */
    public Job applyTo(Job job) {
        Job.Builder b = job.toBuilder();
        changes.forEach((name, value) -> {
            switch (name) {
                case "title" -> b.title((String) value);
                case "employer" -> b.employer((String) value);
                case "jobUrl" -> b.jobUrl((String) value);
                case "jobDescription" -> b.jobDescription((String) value);
                case "outcome" -> b.outcome((String) value);
                case "closedAt" -> b.closedAt((Instant) value);
                case "suitabilityScore" -> b.suitabilityScore((Double) value);
                case "suitabilityReason" -> b.suitabilityReason((String) value);
                case "jobBrief" -> b.jobBrief((String) value);
                case "tailoredSummary" -> b.tailoredSummary((String) value);
                case "tailoredHeadline" -> b.tailoredHeadline((String) value);
                case "tailoredSkills" -> b.tailoredSkills((String) value);
                case "selectedProjectIds" -> b.selectedProjectIds((String) value);
                case "tracerLinksEnabled" -> b.tracerLinksEnabled((Boolean) value);
                default -> b.listing(ListingField.byApiName(name), value);
            }
        });
        // A changed description invalidates the brief drawn from it, unless the same patch sets a new one.
        if (changes.containsKey("jobDescription") && !changes.containsKey("jobBrief")
                && !java.util.Objects.equals(job.jobDescription(), changes.get("jobDescription"))) {
            b.jobBrief(null);
        }
        return b.build();
    }

    static String requiredText(String field, JsonNode value, int max) {
        String text = text(field, value, max);
        if (text == null || text.isEmpty()) {
            throw InvalidRequest.field(field, "must not be empty");
        }
        return text;
    }

    static String text(String field, JsonNode value, int max) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw InvalidRequest.field(field, "must be a string or null");
        }
        String text = value.textValue().trim();
        if (text.length() > max) {
            throw InvalidRequest.field(field, "must be at most " + max + " characters, got " + text.length());
        }
        return text.isEmpty() ? null : text;
    }

    static String url(String field, JsonNode value) {
        String text = text(field, value, 2000);
        if (text != null) {
            JobUrls.parse(field, text);
        }
        return text;
    }

    private static String outcome(JsonNode value) {
        String text = text("outcome", value, 40);
        if (text != null && !OUTCOMES.contains(text)) {
            throw InvalidRequest.field("outcome", "must be one of " + String.join(", ", OUTCOMES.stream().sorted()
                    .toList()) + " or null, got '" + text + "'");
        }
        return text;
    }

    static Instant instant(String field, JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isIntegralNumber()) {
            long n = value.longValue();
            // Unix seconds (JobOps' closedAt) or epoch milliseconds.
            return n < 100_000_000_000L ? Instant.ofEpochSecond(n) : Instant.ofEpochMilli(n);
        }
        if (value.isTextual()) {
            try {
                return Instant.parse(value.textValue().trim());
            } catch (DateTimeParseException e) {
                throw InvalidRequest.field(field, "must be an ISO-8601 UTC timestamp like 2026-12-03T10:15:30Z");
            }
        }
        throw InvalidRequest.field(field, "must be an ISO-8601 timestamp, a number or null");
    }

    private static Double number(String field, JsonNode value, double min, double max) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isNumber()) {
            throw InvalidRequest.field(field, "must be a number or null");
        }
        double n = value.doubleValue();
        if (Double.isNaN(n) || n < min || n > max) {
            throw InvalidRequest.field(field, "must be between " + (int) min + " and " + (int) max);
        }
        return n;
    }

    private static String projectIds(String field, JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        List<String> ids = new ArrayList<>();
        if (value.isTextual()) {
            for (String part : value.textValue().split(",")) {
                if (!part.isBlank()) {
                    ids.add(part.trim());
                }
            }
        } else if (value instanceof ArrayNode array) {
            for (JsonNode item : array) {
                if (!item.isTextual() || item.textValue().isBlank()) {
                    throw InvalidRequest.field(field, "must hold non-empty strings");
                }
                ids.add(item.textValue().trim());
            }
        } else {
            throw InvalidRequest.field(field, "must be a comma-separated string or an array of strings");
        }
        if (ids.size() > MAX_PROJECT_IDS) {
            throw InvalidRequest.field(field, "must list at most " + MAX_PROJECT_IDS + " ids");
        }
        for (String id : ids) {
            if (id.length() > 100 || id.contains(",")) {
                throw InvalidRequest.field(field, "ids must be at most 100 characters without commas");
            }
        }
        return ids.isEmpty() ? null : String.join(",", ids.stream().distinct().toList());
    }

    private static Object listingValue(ListingField field, JsonNode value) {
        String name = field.apiName();
        return switch (field.kind()) {
            case TEXT -> text(name, value, field.maxLength());
            case URL -> url(name, value);
            case JSON -> {
                if (value == null || value.isNull()) {
                    yield null;
                }
                String json = value.isTextual() ? value.textValue() : Json.write(value);
                try {
                    Json.MAPPER.readTree(json);
                } catch (JsonProcessingException e) {
                    throw InvalidRequest.field(name, "must be JSON");
                }
                if (json.length() > field.maxLength()) {
                    throw InvalidRequest.field(name, "must be at most " + field.maxLength() + " characters");
                }
                yield json;
            }
            case NUMBER -> number(name, value, field == ListingField.SPONSOR_MATCH_SCORE ? 0 : -1e12,
                    field == ListingField.SPONSOR_MATCH_SCORE ? 100 : 1e12);
            case INTEGER -> {
                if (value == null || value.isNull()) {
                    yield null;
                }
                if (!value.canConvertToLong() || !value.isIntegralNumber()) {
                    throw InvalidRequest.field(name, "must be a whole number or null");
                }
                yield value.longValue();
            }
            case BOOLEAN -> {
                if (value == null || value.isNull()) {
                    yield null;
                }
                if (!value.isBoolean()) {
                    throw InvalidRequest.field(name, "must be true, false or null");
                }
                yield value.booleanValue();
            }
        };
    }
}
