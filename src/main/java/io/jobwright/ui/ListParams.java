package io.jobwright.ui;

import io.javalin.http.Context;
import io.jobwright.job.JobQuery;
import io.jobwright.job.JobStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the jobs list's view state from the query string, forgiving on purpose: a page link is not an API call,
 * so an unknown sort or a garbled number falls back to the default instead of failing the page.
 */
final class ListParams {

    /** Sort keys offered in the workspace, mapped to the list API's sort. */
    static final Map<String, String> SORTS = Map.of(
            "score", "suitabilityScore:desc",
            "date", "discoveredAt:desc",
            "title", "title:asc",
            "employer", "employer:asc",
            "salary", "salaryMinAmount:desc");

    private ListParams() {
    }

    static JobList.ListState state(Context ctx) {
        String sort = ctx.queryParam("sort");
        String show = ctx.queryParam("show");
        return new JobList.ListState(blankToNull(ctx.queryParam("q")),
                sort != null && SORTS.containsKey(sort) ? sort : null,
                show != null && Set.of("skipped", "expired", "everything").contains(show) ? show : null,
                blankToNull(ctx.queryParam("source")),
                integer(ctx.queryParam("minScore"), 0, 100), integer(ctx.queryParam("maxScore"), 0, 100),
                integer(ctx.queryParam("minSalary"), 0, 100_000_000),
                oneOf(ctx.queryParam("workplace"), Set.of("remote", "hybrid", "onsite")),
                oneOf(ctx.queryParam("dateField"), Set.of("ready", "applied")),
                oneOf(ctx.queryParam("days"), Set.of("7", "14", "30", "90")) == null ? null
                        : Integer.parseInt(ctx.queryParam("days")),
                date(ctx.queryParam("from")), date(ctx.queryParam("to")));
    }

    static int page(Context ctx) {
        Integer page = integer(ctx.queryParam("page"), 1, Integer.MAX_VALUE);
        return page == null ? 1 : page;
    }

    /** The list query for a tab under a state, one page of it; {@code now} anchors "within N days". */
    static JobQuery query(Tab tab, JobList.ListState state, int limit, int offset, Instant now) {
        Set<JobStatus> statuses = EnumSet.copyOf(tab.statuses());
        if (tab == Tab.ALL && state.show() != null) {
            statuses = switch (state.show()) {
                case "skipped" -> EnumSet.of(JobStatus.SKIPPED);
                case "expired" -> EnumSet.of(JobStatus.EXPIRED);
                default -> EnumSet.allOf(JobStatus.class);
            };
        }
        String sort = state.sort() == null ? (tab == Tab.DISCOVERED ? "suitabilityScore:desc" : null)
                : SORTS.get(state.sort());
        return new JobQuery(statuses, state.q(), JobQuery.Sort.parse(sort), limit, offset, false, filters(state, now));
    }

    private static JobQuery.Filters filters(JobList.ListState state, Instant now) {
        Instant since = state.days() == null ? null : now.minus(Duration.ofDays(state.days()));
        if (state.from() != null) {
            Instant from = LocalDate.parse(state.from()).atStartOfDay(ZoneOffset.UTC).toInstant();
            since = since == null || from.isAfter(since) ? from : since;
        }
        Instant until = state.to() == null ? null
                : LocalDate.parse(state.to()).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        return new JobQuery.Filters(state.source(), state.minScore(), state.maxScore(), state.minSalary(),
                state.workplace() == null ? null : JobQuery.Workplace.valueOf(state.workplace().toUpperCase(Locale.ROOT)),
                state.dateField() == null ? null : JobQuery.DateField.valueOf(state.dateField().toUpperCase(Locale.ROOT)),
                since, until);
    }

    private static String date(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.trim()).toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String oneOf(String value, Set<String> allowed) {
        return value != null && allowed.contains(value) ? value : null;
    }

    private static Integer integer(String raw, int min, int max) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            return value < min || value > max ? null : value;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
