package io.jobwright.schedule;

import com.github.kagkarlsson.scheduler.task.TaskInstance;
import io.jobwright.error.Conflict;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/** When the nightly expiry sweep runs, what the latest sweeps did, and a way to run one now. Thread-safe. */
public final class ExpiryPlan {

    /** The instance id db-scheduler gives a recurring task's one execution. */
    private static final String RECURRING_INSTANCE = "recurring";

    private final BackgroundScheduler scheduler;
    private final ExpiryRepository repository;
    private final LocalTime at;
    private final ZoneId zone;
    private final Clock clock;

    /** @param at when the sweep runs each night, or null when it is off */
    public ExpiryPlan(BackgroundScheduler scheduler, ExpiryRepository repository, LocalTime at, ZoneId zone, Clock clock) {
        this.scheduler = scheduler;
        this.repository = repository;
        this.at = at;
        this.zone = zone;
        this.clock = clock;
    }

    /** The sweep's time, zone, next run and the ten latest sweeps. */
    public Map<String, Object> status() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("enabled", at != null);
        m.put("dailyAt", at == null ? null : at.toString());
        m.put("timezone", zone.getId());
        m.put("nextSweepAt", at == null ? null : scheduler.client()
                .getScheduledExecution(new TaskInstance<Void>(ExpirePostings.TASK, RECURRING_INSTANCE))
                .map(e -> e.getExecutionTime().toString()).orElse(null));
        m.put("recentSweeps", repository.recentSweeps(10));
        return m;
    }

    /**
     * Removes the planned sweep when the sweep is off, so a sweep planned while it was on neither runs nor lingers
     * as work no instance knows. Call before the scheduler starts.
     */
    public void removeWhenOff() {
        if (at != null) {
            return;
        }
        try {
            scheduler.client().cancel(new TaskInstance<Void>(ExpirePostings.TASK, RECURRING_INSTANCE));
        } catch (com.github.kagkarlsson.scheduler.exceptions.TaskInstanceNotFoundException e) {
            // Nothing was planned.
        }
    }

    /**
     * Moves the next sweep to now; it runs in the background on whichever instance picks it up, and the one after
     * it at the usual time.
     *
     * @throws Conflict when the nightly sweep is off or a sweep is running
     */
    public Instant runNow() {
        if (at == null) {
            throw new Conflict("The nightly expiry sweep is off (JOBWRIGHT_RECHECK_AT=off)");
        }
        Instant now = clock.instant();
        try {
            if (!scheduler.client().reschedule(new TaskInstance<Void>(ExpirePostings.TASK, RECURRING_INSTANCE), now)) {
                throw new Conflict("The expiry sweep is not planned yet; try again in a moment");
            }
        } catch (com.github.kagkarlsson.scheduler.exceptions.TaskInstanceCurrentlyExecutingException e) {
            throw new Conflict("An expiry sweep is running now");
        }
        scheduler.checkNow();
        return now;
    }
}
