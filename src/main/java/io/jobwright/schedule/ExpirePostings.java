package io.jobwright.schedule;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import io.jobwright.error.JobwrightException;
import io.jobwright.job.Job;
import io.jobwright.job.JobQuery;
import io.jobwright.job.JobService;
import io.jobwright.job.ListingField;
import io.jobwright.source.Listing;
import io.jobwright.source.PostingCheck;
import io.jobwright.source.SourceConfig;
import io.jobwright.source.SourceService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The expiry sweep, run nightly: every open job (discovered or ready) whose deadline has passed becomes
 * {@code expired}, then each open job from a configured source is re-checked at that source, longest-unchecked
 * first, and expires when the source reports the posting gone (board-style sources are read once per sweep and a
 * posting missing from their complete listing is gone). Applied, in-progress and processing jobs are never
 * touched; a source that fails or cannot tell expires nothing. Re-checks stop after {@link #TIME_BUDGET}; the next
 * sweep starts with what this one did not reach.
 */
public final class ExpirePostings {

    /** The db-scheduler task of the nightly sweep. */
    static final String TASK = "expire-postings";
    /** How long one sweep may spend re-checking postings. */
    static final Duration TIME_BUDGET = Duration.ofMinutes(30);
    private static final Logger LOG = LoggerFactory.getLogger(ExpirePostings.class);
    /** How many open jobs of one source, all missing from its listing, make that listing implausible. */
    static final int IMPLAUSIBLE_ALL_GONE = 3;
    private static final Pattern ISO_DATE = Pattern.compile("^\\s*(\\d{4}-\\d{2}-\\d{2})");

    private final JobService jobs;
    private final SourceService sources;
    private final ExpiryRepository repository;
    private final Clock clock;
    private final ZoneId zone;

    public ExpirePostings(JobService jobs, SourceService sources, ExpiryRepository repository, Clock clock, ZoneId zone) {
        this.jobs = jobs;
        this.sources = sources;
        this.repository = repository;
        this.clock = clock;
        this.zone = zone;
    }

    /** The recurring task that sweeps every day at {@code at} in the configured zone. */
    public RecurringTask<Void> nightly(LocalTime at) {
        return Tasks.recurring(TASK, Schedules.daily(zone, at)).execute((instance, context) -> run());
    }

    /** Sweeps now and records the sweep. */
    public ExpirySweep run() {
        Instant started = clock.instant();
        List<Job> open = new ArrayList<>();
        jobs.forEach(new JobQuery(JobService.OPEN_STATUSES, null,
                new JobQuery.Sort(JobQuery.SortField.DISCOVERED_AT, true), Integer.MAX_VALUE, 0, false), open::add);
        Tally tally = new Tally();
        List<Job> stillOpen = expirePassedDeadlines(open, LocalDate.ofInstant(started, zone), tally);
        String note = recheckAtSources(stillOpen, tally, System.nanoTime() + TIME_BUDGET.toNanos());
        ExpirySweep sweep = new ExpirySweep(UUID.randomUUID().toString(), started, clock.instant(), open.size(),
                tally.expiredByDeadline, tally.rechecked, tally.expiredGone, tally.unknown, tally.leftAlone, note);
        repository.recordSweep(sweep);
        LOG.info("Expiry sweep: {} open jobs, {} expired by deadline, {} re-checked, {} gone, {} unknown, {} changed "
                        + "meanwhile{}", sweep.openJobs(), sweep.expiredByDeadline(), sweep.rechecked(),
                sweep.expiredGone(), sweep.unknown(), sweep.errors(), note == null ? "" : "; " + note);
        return sweep;
    }

    /** Expires the jobs whose deadline is before {@code today}; returns the others. */
    private List<Job> expirePassedDeadlines(List<Job> open, LocalDate today, Tally tally) {
        List<Job> stillOpen = new ArrayList<>();
        for (Job job : open) {
            LocalDate due = deadline(job.listing(ListingField.DEADLINE));
            if (due == null || !due.isBefore(today)) {
                stillOpen.add(job);
            } else if (expire(job, "expired: deadline " + due + " passed")) {
                tally.expiredByDeadline++;
            } else {
                tally.leftAlone++;
            }
        }
        return stillOpen;
    }

    /**
     * Asks each job's configured source about its posting, longest-unchecked first, until {@code budgetEnds}
     * ({@link System#nanoTime}); expires those reported gone. A source whose type lists every open posting is read
     * once for the whole sweep and its postings compared with that listing; other sources are asked per posting.
     * Returns why it stopped early, or null.
     */
    private String recheckAtSources(List<Job> candidates, Tally tally, long budgetEnds) {
        Map<String, SourceConfig> byKey = new LinkedHashMap<>();
        sources.list().stream().filter(SourceConfig::enabled).forEach(c -> byKey.putIfAbsent(c.sourceKey(), c));
        Map<String, Instant> checkedAt = repository.checkedAt();
        List<Job> toCheck = candidates.stream()
                .filter(j -> j.sourceJobId() != null && byKey.containsKey(j.source()))
                .sorted(Comparator.comparing(j -> checkedAt.getOrDefault(j.id(), Instant.EPOCH)))
                .toList();
        Map<String, Optional<Listing>> listings = new HashMap<>();
        for (Job job : toCheck) {
            if (System.nanoTime() > budgetEnds || Thread.currentThread().isInterrupted()) {
                return "stopped after " + TIME_BUDGET.toMinutes() + " minutes; " + (toCheck.size() - tally.rechecked)
                        + " postings are left for the next sweep";
            }
            SourceConfig config = byKey.get(job.source());
            Optional<Listing> listing = listings.computeIfAbsent(job.source(),
                    key -> Optional.ofNullable(sources.listing(config)).map(l -> plausible(l, key, toCheck)));
            PostingCheck check = listing.isPresent() ? listing.get().check(job.sourceJobId(), job.jobUrl())
                    : sources.recheck(config, job.sourceJobId(), job.jobUrl());
            tally.rechecked++;
            repository.recordCheck(job.id(), clock.instant(), check);
            switch (check.state()) {
                case GONE -> {
                    if (expire(job, "expired: posting gone (" + check.reason() + ")")) {
                        tally.expiredGone++;
                    } else {
                        tally.leftAlone++;
                    }
                }
                case UNKNOWN -> tally.unknown++;
                case OPEN -> { }
            }
        }
        return null;
    }

    /**
     * The listing, or an untrusted one when it contains none of the source's {@link #IMPLAUSIBLE_ALL_GONE} or more
     * open postings: every posting of a board closing between two sweeps while others are listed is more likely a
     * changed id scheme or a wrong page than the truth, so nothing expires and the log says why.
     */
    private static Listing plausible(Listing listing, String sourceKey, List<Job> toCheck) {
        if (!listing.complete()) {
            return listing;
        }
        List<Job> ours = toCheck.stream().filter(j -> j.source().equals(sourceKey)).toList();
        if (ours.size() >= IMPLAUSIBLE_ALL_GONE && ours.stream().noneMatch(j -> listing.contains(j.sourceJobId(), j.jobUrl()))) {
            LOG.warn("The listing of {} ({} postings) contains none of its {} open jobs; expiring none of them",
                    sourceKey, listing.size(), ours.size());
            return Listing.untrusted(listing.where(), "the listing of " + listing.where() + " (" + listing.size()
                    + " postings) contains none of the " + ours.size() + " open jobs from it; not trusted");
        }
        return listing;
    }

    /** What a sweep has counted so far. */
    private static final class Tally {
        int expiredByDeadline;
        int rechecked;
        int expiredGone;
        int unknown;
        int leftAlone;
    }

    /** Expires a job through the job workflow; false when it changed meanwhile (applied, edited, deleted). */
    private boolean expire(Job job, String reason) {
        try {
            jobs.expire(job.id(), reason);
            return true;
        } catch (JobwrightException e) {
            LOG.info("Job {} was not expired: {}", job.id(), e.getMessage());
            return false;
        }
    }

    /**
     * A deadline's date: an ISO date, or the date part of an ISO date-time, as sources and the import store it;
     * null for anything else (free text such as "end of March" never expires a job).
     */
    static LocalDate deadline(Object raw) {
        if (raw == null) {
            return null;
        }
        Matcher m = ISO_DATE.matcher(raw.toString());
        if (!m.find()) {
            return null;
        }
        try {
            return LocalDate.parse(m.group(1));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
