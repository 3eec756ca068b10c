package io.jobwright.ui;

import io.jobwright.job.Job;
import io.jobwright.job.JobQuery;
import io.jobwright.job.JobRepository;
import io.jobwright.job.JobService;
import io.jobwright.job.JobStatus;
import io.jobwright.job.JobView;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Builds one page of the jobs list: the rows come from the database a page at a time, never the whole list. */
final class Workspace {

    static final int PAGE_SIZE = 50;

    private final JobService jobs;
    private final Clock clock;

    Workspace(JobService jobs, Clock clock) {
        this.jobs = jobs;
        this.clock = clock;
    }

    /**
     * The jobs applied to (or in progress) in the last 30 days at the employers of {@code shown}, to flag
     * look-alikes in the list. Only identities are read, and only those at the page's employers are kept.
     */
    private AppliedLately appliedLately(Instant now, List<Job> shown) {
        AppliedLately applied = new AppliedLately(shown.stream().map(job -> AppliedLately.normal(job.employer()))
                .collect(Collectors.toSet()));
        JobQuery.Filters recent = new JobQuery.Filters(null, null, null, null, null, JobQuery.DateField.APPLIED,
                now.minus(java.time.Duration.ofDays(30)), null);
        jobs.forEachIdentity(new JobQuery(java.util.EnumSet.of(JobStatus.APPLIED, JobStatus.IN_PROGRESS), null,
                JobQuery.Sort.parse("appliedAt:desc"), 1_000, 0, false, recent), applied::add);
        return applied;
    }

    /**
     * Title-and-employer look-alikes: the same employer (ignoring case and punctuation) and a title equal to, or
     * containing, one applied to. A different job id is required, so a job never resembles itself.
     */
    static final class AppliedLately {
        private final Set<String> employers;
        private final Map<String, List<String[]>> byEmployer = new HashMap<>();

        /** Remembers only applications at these (normalised) employers. */
        AppliedLately(Set<String> employers) {
            this.employers = employers;
        }

        void add(JobRepository.Identity job) {
            String employer = normal(job.employer());
            if (employers.contains(employer)) {
                byEmployer.computeIfAbsent(employer, k -> new ArrayList<>()).add(new String[]{job.id(), normal(job.title())});
            }
        }

        boolean resembles(Job job) {
            if (job.status() == JobStatus.APPLIED || job.status() == JobStatus.IN_PROGRESS) {
                return false;
            }
            String title = normal(job.title());
            for (String[] other : byEmployer.getOrDefault(normal(job.employer()), List.of())) {
                if (!other[0].equals(job.id()) && !title.isEmpty()
                        && (other[1].equals(title) || other[1].contains(title) || title.contains(other[1]))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Lower case, letters and numbers only, runs of anything else as one space. Written out rather than as a
         * regular expression: a page normalises up to a thousand employers, and a replaceAll compiles its pattern
         * every time (it was most of what the jobs page allocated).
         */
        static String normal(String text) {
            if (text == null) {
                return "";
            }
            StringBuilder out = new StringBuilder(text.length());
            boolean gap = false;
            for (int i = 0; i < text.length(); ) {
                int c = text.codePointAt(i);
                i += Character.charCount(c);
                if (Character.isLetter(c) || isNumber(c)) {
                    if (gap && !out.isEmpty()) {
                        out.append(' ');
                    }
                    gap = false;
                    out.appendCodePoint(Character.toLowerCase(c));
                } else {
                    gap = true;
                }
            }
            return out.toString();
        }

        private static boolean isNumber(int c) {
            int type = Character.getType(c);
            return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                    || type == Character.OTHER_NUMBER;
        }
    }

    /** The first {@code limit} ids of the jobs {@code tab} shows under {@code state}, in its order, and how many it shows. */
    Selection select(Tab tab, JobList.ListState state, int limit) {
        Instant now = clock.instant();
        int total = jobs.count(ListParams.query(tab, state, Integer.MAX_VALUE, 0, now));
        List<String> ids = new ArrayList<>(Math.min(limit, total));
        jobs.forEachIdentity(ListParams.query(tab, state, limit, 0, now), job -> ids.add(job.id()));
        return new Selection(ids, total);
    }

    /** What "Select all" picks: {@code ids} (at most a bulk action's worth) of {@code total} matching jobs. */
    record Selection(List<String> ids, int total) {
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
        String renderKey = view.currentRenderKey();
        List<Job> onPage = new ArrayList<>(PAGE_SIZE);
        jobs.forEach(ListParams.query(tab, state, PAGE_SIZE, (shown - 1) * PAGE_SIZE, now), onPage::add);
        AppliedLately applied = appliedLately(now, onPage);
        List<JobRow> rows = onPage.stream()
                .map(job -> JobRow.of(job, view.freshness(job, renderKey), now, applied.resembles(job))).toList();
        return new JobList(tab, rows, counts, total, shown, PAGE_SIZE, state);
    }
}
