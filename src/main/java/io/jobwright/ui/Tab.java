package io.jobwright.ui;

import io.jobwright.job.JobStatus;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The four tabs of the jobs workspace and the statuses each shows. Skipped and expired jobs are reached by filter. */
public enum Tab {
    READY("Ready", EnumSet.of(JobStatus.READY)),
    DISCOVERED("Discovered", EnumSet.of(JobStatus.DISCOVERED, JobStatus.PROCESSING)),
    APPLIED("Applied", EnumSet.of(JobStatus.APPLIED, JobStatus.IN_PROGRESS)),
    ALL("All", EnumSet.of(JobStatus.DISCOVERED, JobStatus.PROCESSING, JobStatus.READY, JobStatus.APPLIED,
            JobStatus.IN_PROGRESS));

    private final String label;
    private final Set<JobStatus> statuses;

    Tab(String label, Set<JobStatus> statuses) {
        this.label = label;
        this.statuses = statuses;
    }

    /** The tab's name in the URL: {@code /jobs/ready}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** What the tab says. */
    public String label() {
        return label;
    }

    /** The statuses the tab lists (before any status filter). */
    public Set<JobStatus> statuses() {
        return statuses;
    }

    /** How many jobs the tab lists, from the counts by status. */
    public int count(Map<JobStatus, Integer> byStatus) {
        return statuses.stream().mapToInt(s -> byStatus.getOrDefault(s, 0)).sum();
    }

    /** The tab named in a URL, if any. */
    public static Optional<Tab> fromSlug(String slug) {
        for (Tab tab : values()) {
            if (tab.slug().equals(slug)) {
                return Optional.of(tab);
            }
        }
        return Optional.empty();
    }
}
