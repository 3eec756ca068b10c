package io.jobwright.job;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jobwright.error.InvalidRequest;
import io.jobwright.web.Requests;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A job the user pasted or typed in: title, employer and description are required; a URL is optional (without one
 * the job is known by its id). Other posting fields are the {@link ListingField}s.
 */
public record ManualJob(String source, String sourceJobId, String title, String employer, String jobUrl,
                        String jobDescription, Map<ListingField, Object> listing) {

    private static final Set<String> ALLOWED = Stream.concat(
            Stream.of("source", "sourceJobId", "title", "employer", "jobUrl", "jobDescription"),
            Arrays.stream(ListingField.values()).map(ListingField::apiName)).collect(Collectors.toUnmodifiableSet());
    private static final Pattern SOURCE = Pattern.compile("[a-z0-9][a-z0-9:_-]{0,99}", Pattern.CASE_INSENSITIVE);

    /**
     * Parses the {@code job} object of an import request.
     *
     * @throws InvalidRequest naming the first offending field ({@code job.title}, …)
     */
    public static ManualJob parse(JsonNode node) {
        if (!(node instanceof ObjectNode job)) {
            throw InvalidRequest.field("job", "must be an object with title, employer and jobDescription");
        }
        Requests.rejectUnknown(job, ALLOWED, "job.");
        String source = "manual";
        String sourceJobId = null;
        String title = null;
        String employer = null;
        String jobUrl = null;
        String description = null;
        Map<ListingField, Object> listing = new EnumMap<>(ListingField.class);
        for (Iterator<Map.Entry<String, JsonNode>> it = job.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String field = "job." + e.getKey();
            switch (e.getKey()) {
                case "source" -> {
                    source = JobPatch.requiredText(field, e.getValue(), 100);
                    if (!SOURCE.matcher(source).matches()) {
                        throw InvalidRequest.field(field, "may hold only letters, digits, ':', '_' and '-'");
                    }
                }
                case "sourceJobId" -> sourceJobId = JobPatch.text(field, e.getValue(), 500);
                case "title" -> title = JobPatch.requiredText(field, e.getValue(), 500);
                case "employer" -> employer = JobPatch.requiredText(field, e.getValue(), 500);
                case "jobUrl" -> jobUrl = JobPatch.url(field, e.getValue());
                case "jobDescription" -> description = JobPatch.requiredText(field, e.getValue(), 40_000);
                default -> {
                    ListingField listingField = ListingField.byApiName(e.getKey());
                    if (listingField != null) {
                        ObjectNode one = job.objectNode().set(e.getKey(), e.getValue());
                        listing.put(listingField, JobPatch.parse(one).changes().get(e.getKey()));
                    }
                }
            }
        }
        if (title == null) {
            throw InvalidRequest.field("job.title", "is required");
        }
        if (employer == null) {
            throw InvalidRequest.field("job.employer", "is required");
        }
        if (description == null) {
            throw InvalidRequest.field("job.jobDescription", "is required (paste the job description)");
        }
        return new ManualJob(source, sourceJobId, title, employer, jobUrl, description, listing);
    }

    /** A new discovered job with this content. */
    Job toJob(String id) {
        Job.Builder b = new Job.Builder().id(id).source(source).sourceJobId(sourceJobId).title(title)
                .employer(employer).jobUrl(jobUrl).jobDescription(jobDescription).status(JobStatus.DISCOVERED);
        listing.forEach(b::listing);
        return b.build();
    }
}
