package io.jobwright.ui;

import io.jobwright.job.JobQuery;
import io.jobwright.job.JobService;
import io.jobwright.job.JobStatus;
import io.jobwright.job.JobView;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Builds one page of the jobs list: the rows come from the database a page at a time, never the whole list. */
final class Workspace {

    static final int PAGE_SIZE = 50;

    private final JobService jobs;
    private final Clock clock;

    Workspace(JobService jobs, Clock clock) {
        this.jobs = jobs;
        this.clock = clock;
    }

    /** Page {@code page} (1-based; past the end shows the last page) of {@code tab} under {@code state}. */
    JobList list(Tab tab, JobList.ListState state, int page) {
        Map<JobStatus, Integer> byStatus = jobs.countByStatus();
        Map<Tab, Integer> counts = new EnumMap<>(Tab.class);
        for (Tab each : Tab.values()) {
            counts.put(each, each.count(byStatus));
        }
        Instant now = clock.instant();
        JobQuery counting = ListParams.query(tab, state, Integer.MAX_VALUE, 0, now);
        int total = jobs.count(counting);
        int pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int shown = Math.min(Math.max(1, page), pages);
        JobView view = jobs.view();
        int revision = view.currentResumeRevision();
        List<JobRow> rows = new ArrayList<>(PAGE_SIZE);
        jobs.forEach(ListParams.query(tab, state, PAGE_SIZE, (shown - 1) * PAGE_SIZE, now),
                job -> rows.add(JobRow.of(job, view.freshness(job, revision), now)));
        return new JobList(tab, rows, counts, total, shown, PAGE_SIZE, state);
    }
}
