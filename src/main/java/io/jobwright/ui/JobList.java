package io.jobwright.ui;

import io.jobwright.job.JobActions;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * One page of the jobs list as the workspace shows it: the tab, its rows, the counts on every tab, and the view
 * state (search text, sort, page) that every link and form on the page carries along.
 *
 * @param page   1-based
 * @param counts jobs per tab
 */
public record JobList(Tab tab, List<JobRow> rows, Map<Tab, Integer> counts, int total, int page, int pageSize,
                      ListState state) {

    /** How many pages the list has (at least one). */
    public int pages() {
        return Math.max(1, (total + pageSize - 1) / pageSize);
    }

    /** The number of the first row on this page (1-based), for "51–100 of 10,000". */
    public int first() {
        return total == 0 ? 0 : (page - 1) * pageSize + 1;
    }

    /** The number of the last row on this page. */
    public int last() {
        return Math.min(total, page * pageSize);
    }

    /** The URL of this list on another page. */
    public String pageHref(int number) {
        return state.href(tab, null, number);
    }

    /** The URL of this list with one job open. */
    public String jobHref(String id) {
        return state.href(tab, id, page);
    }

    /** The URL of this list with one job open in the Tailor view. */
    public String tailorHref(String id) {
        return state.href(tab, id, page, "/tailor");
    }

    /** The "Select all" button's words: every job under the filters, or as many as one bulk action takes. */
    public String selectAllLabel() {
        return total <= JobActions.MAX_JOBS ? "Select all " + total : "Select the first " + JobActions.MAX_JOBS;
    }

    /** Where the page script reads the ids of every job this list shows under its filters ("Select all"). */
    public String idsHref() {
        return state.href(tab, null, 1, "/ids");
    }

    /** The URL of another tab (first page, same search and sort). */
    public String tabHref(Tab other) {
        return state.href(other, null, 1);
    }

    /**
     * The view state that survives navigation: search text, sort and filters, as query parameters.
     *
     * @param sort   {@code score}, {@code date}, {@code title}, {@code employer} or {@code salary}, with
     *               {@code :asc}/{@code :desc}
     * @param show      on the All tab: {@code active} (default), {@code skipped}, {@code expired} or {@code everything}
     * @param dateField which date {@code days}, {@code from} and {@code to} apply to: discovered (default), ready, applied
     * @param from      ISO date (inclusive); {@code to} is inclusive too
     */
    public record ListState(String q, String sort, String show, String source, Integer minScore, Integer maxScore,
                            Integer minSalary, String workplace, String dateField, Integer days, String from,
                            String to) {

        /** {@code /jobs/<tab>[/<id>]?…} with the state's parameters. */
        public String href(Tab tab, String id, int page) {
            return href(tab, id, page, "");
        }

        /**
         * As {@link #href(Tab, String, int)}, with {@code suffix} after the job's id ({@code "/tailor"}), or after the
         * tab when there is no job ({@code "/ids"}).
         */
        public String href(Tab tab, String id, int page, String suffix) {
            StringBuilder url = new StringBuilder("/jobs/").append(tab.slug());
            if (id != null) {
                url.append('/').append(encode(id));
            }
            url.append(suffix);
            StringBuilder query = new StringBuilder();
            add(query, "q", q);
            add(query, "sort", sort);
            add(query, "show", show);
            add(query, "source", source);
            add(query, "minScore", minScore);
            add(query, "maxScore", maxScore);
            add(query, "minSalary", minSalary);
            add(query, "workplace", workplace);
            add(query, "dateField", dateField);
            add(query, "days", days);
            add(query, "from", from);
            add(query, "to", to);
            if (page > 1) {
                add(query, "page", page);
            }
            return query.isEmpty() ? url.toString() : url.append('?').append(query).toString();
        }

        /** True when any filter beyond search and sort is set. */
        public boolean filtered() {
            return show != null || source != null || minScore != null || maxScore != null || minSalary != null
                    || workplace != null || days != null || from != null || to != null;
        }

        private static void add(StringBuilder query, String name, Object value) {
            if (value == null || value.toString().isEmpty()) {
                return;
            }
            if (!query.isEmpty()) {
                query.append('&');
            }
            query.append(name).append('=').append(encode(value.toString()));
        }

        private static String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }
}
