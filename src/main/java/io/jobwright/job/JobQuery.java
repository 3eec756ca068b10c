package io.jobwright.job;

import io.jobwright.error.InvalidRequest;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A request for a list of jobs: which statuses, a text filter, an order, a page, whether to return every field, and
 * the workspace's narrower filters.
 */
public record JobQuery(Set<JobStatus> statuses, String text, Sort sort, int limit, int offset, boolean full,
                       Filters filters) {

    public JobQuery {
        filters = filters == null ? Filters.NONE : filters;
    }

    /** A query without the narrower filters. */
    public JobQuery(Set<JobStatus> statuses, String text, Sort sort, int limit, int offset, boolean full) {
        this(statuses, text, sort, limit, offset, full, Filters.NONE);
    }

    /** Where a job may be worked from, as the filter reads it. */
    public enum Workplace { REMOTE, HYBRID, ONSITE }

    /** Which date a "since" filter applies to. */
    public enum DateField {
        DISCOVERED("discovered_at"), READY("ready_at"), APPLIED("applied_at");

        final String column;

        DateField(String column) {
            this.column = column;
        }
    }

    /**
     * Optional narrower filters; each null field filters nothing.
     *
     * @param source    exact source name
     * @param minScore  lowest suitability score (inclusive)
     * @param maxScore  highest suitability score (inclusive)
     * @param minSalary jobs whose stated salary (its maximum, or its minimum when no maximum) reaches this
     * @param since     jobs whose {@code dateField} is at or after this instant
     * @param until     jobs whose {@code dateField} is before this instant
     */
    public record Filters(String source, Integer minScore, Integer maxScore, Integer minSalary, Workplace workplace,
                          DateField dateField, java.time.Instant since, java.time.Instant until) {
        public static final Filters NONE = new Filters(null, null, null, null, null, null, null, null);

        public Filters {
            dateField = dateField == null ? DateField.DISCOVERED : dateField;
        }
    }

    /** The orders the list supports; the column comes from here, never from the request. */
    public enum SortField {
        DISCOVERED_AT("discoveredAt", "discovered_at"),
        UPDATED_AT("updatedAt", "updated_at"),
        SUITABILITY_SCORE("suitabilityScore", "suitability_score"),
        TITLE("title", "title"),
        EMPLOYER("employer", "employer"),
        READY_AT("readyAt", "ready_at"),
        APPLIED_AT("appliedAt", "applied_at"),
        SALARY_MIN_AMOUNT("salaryMinAmount", "salary_min_amount");

        final String apiName;
        final String column;

        SortField(String apiName, String column) {
            this.apiName = apiName;
            this.column = column;
        }
    }

    /** A sort field and direction. */
    public record Sort(SortField field, boolean ascending) {
        String column() {
            return field.column;
        }

        /**
         * Parses {@code field}, {@code field:asc|desc} or {@code -field}; the default is newest discovered first.
         *
         * @throws InvalidRequest naming {@code sort} when the field or direction is unknown
         */
        public static Sort parse(String raw) {
            if (raw == null || raw.isBlank()) {
                return new Sort(SortField.DISCOVERED_AT, false);
            }
            String text = raw.trim();
            boolean ascending = false;
            if (text.startsWith("-")) {
                text = text.substring(1);
            } else if (text.contains(":")) {
                String direction = text.substring(text.indexOf(':') + 1).toLowerCase(Locale.ROOT);
                if (!direction.equals("asc") && !direction.equals("desc")) {
                    throw InvalidRequest.field("sort", "direction must be asc or desc, got '" + direction + "'");
                }
                ascending = direction.equals("asc");
                text = text.substring(0, text.indexOf(':'));
            } else if (!text.equals("discoveredAt") && !text.equals("updatedAt") && !text.equals("readyAt")
                    && !text.equals("appliedAt") && !text.equals("suitabilityScore")
                    && !text.equals("salaryMinAmount")) {
                ascending = true;
            }
            String name = text;
            SortField field = Arrays.stream(SortField.values()).filter(f -> f.apiName.equals(name)).findFirst()
                    .orElseThrow(() -> InvalidRequest.field("sort", "must be one of " + Arrays.stream(SortField.values())
                            .map(f -> f.apiName).collect(Collectors.joining(", ")) + ", got '" + name + "'"));
            return new Sort(field, ascending);
        }
    }

    /**
     * Parses a comma-separated status list; blank means all.
     *
     * @throws InvalidRequest naming {@code field} for an unknown status
     */
    public static Set<JobStatus> statuses(String field, String raw) {
        Set<JobStatus> statuses = EnumSet.noneOf(JobStatus.class);
        if (raw == null || raw.isBlank()) {
            return statuses;
        }
        for (String part : raw.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            statuses.add(JobStatus.parse(part).orElseThrow(() -> InvalidRequest.field(field,
                    "unknown status '" + part.trim() + "'; expected one of " + JobStatus.allWire())));
        }
        return statuses;
    }
}
