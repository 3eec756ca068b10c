package io.jobwright.schedule;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceCurrentlyExecutingException;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceNotFoundException;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import io.jobwright.error.InvalidRequest;
import io.jobwright.error.JobwrightException;
import io.jobwright.error.NotFound;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recurring pipeline runs. A schedule's definition lives in {@code schedules}; its next firing is a db-scheduler
 * execution named after the schedule's id, so exactly one instance fires it, once, even after a restart (a firing
 * missed while the app was down happens as soon as it is up again, once). When a firing finds a run already going,
 * it skips its turn. Thread-safe.
 */
public final class ScheduleService {

    /** The db-scheduler task whose executions are schedule firings. */
    static final String TASK = "pipeline-schedule";
    private static final Logger LOG = LoggerFactory.getLogger(ScheduleService.class);

    private final ScheduleRepository repository;
    private final RunStarter runs;
    private final SchedulerClient planner;
    private final Clock clock;

    public ScheduleService(ScheduleRepository repository, RunStarter runs, SchedulerClient planner, Clock clock) {
        this.repository = repository;
        this.runs = runs;
        this.planner = planner;
        this.clock = clock;
    }

    /** What a new schedule or a change says; null fields of a change are left as they are. */
    public record Definition(String name, Timing timing, JsonNode runSettings, Boolean enabled) {
    }

    /** Every schedule, by name. */
    public List<Schedule> list() {
        return repository.list();
    }

    /**
     * One schedule.
     *
     * @throws NotFound when there is none
     */
    public Schedule get(String id) {
        return repository.get(id);
    }

    /**
     * Creates a schedule and plans its first firing.
     *
     * @throws InvalidRequest when the name, timing or run settings are missing or invalid
     * @throws io.jobwright.error.Conflict when the name is taken
     */
    public Schedule create(Definition d) {
        if (d.name() == null) {
            throw InvalidRequest.field("name", "is required");
        }
        if (d.timing() == null) {
            throw new InvalidRequest("Say when the schedule fires: give either daily (HH:MM) or cron",
                    java.util.Map.of("field", "daily"));
        }
        JsonNode settings = d.runSettings() == null ? JsonNodeFactory.instance.objectNode() : d.runSettings();
        runs.validate(settings);
        Instant now = clock.instant();
        boolean enabled = d.enabled() == null || d.enabled();
        Schedule schedule = repository.insert(new Schedule(UUID.randomUUID().toString(), d.name(), d.timing(),
                settings, enabled, enabled ? d.timing().nextAfter(now) : null, null, now, now));
        plan(schedule);
        LOG.info("Schedule {} created: {} {} ({})", schedule.id(), schedule.timing().kind().wire(),
                schedule.timing().expression(), schedule.timing().zone());
        return schedule;
    }

    /**
     * Changes a schedule; a new timing or re-enabling plans the next firing afresh.
     *
     * @throws NotFound when there is none
     */
    public Schedule patch(String id, Definition d) {
        Schedule current = repository.get(id);
        if (d.runSettings() != null) {
            runs.validate(d.runSettings());
        }
        Timing timing = d.timing() != null ? d.timing() : current.timing();
        boolean enabled = d.enabled() != null ? d.enabled() : current.enabled();
        boolean replan = d.timing() != null || enabled != current.enabled();
        Instant now = clock.instant();
        Instant next = !enabled ? null : replan ? timing.nextAfter(now) : current.nextRunAt();
        Schedule changed = repository.update(new Schedule(id, d.name() != null ? d.name() : current.name(), timing,
                d.runSettings() != null ? d.runSettings() : current.runSettings(), enabled, next, current.lastRun(),
                current.createdAt(), now));
        if (replan) {
            plan(changed);
        }
        LOG.info("Schedule {} changed", id);
        return repository.get(id);
    }

    /**
     * Deletes a schedule and its planned firing.
     *
     * @throws NotFound when there is none
     */
    public void delete(String id) {
        if (!repository.delete(id)) {
            throw NotFound.of("Schedule", id);
        }
        unplan(id);
        LOG.info("Schedule {} deleted", id);
    }

    /**
     * Makes the planned firings match the schedules: every enabled schedule has one, nothing else does. Run at
     * startup; it repairs what a crash between saving a schedule and planning it left behind.
     */
    public void reconcile() {
        Set<String> enabled = new HashSet<>();
        for (Schedule s : repository.list()) {
            if (s.enabled()) {
                enabled.add(s.id());
                Instant next = s.nextRunAt() != null ? s.nextRunAt() : s.timing().nextAfter(clock.instant());
                if (planner.scheduleIfNotExists(new TaskInstance<Void>(TASK, s.id()), next) && s.nextRunAt() == null) {
                    repository.recordNext(s.id(), next);
                }
            }
        }
        planner.getScheduledExecutionsForTask(TASK).stream()
                .map(e -> e.getTaskInstance().getId())
                .filter(id -> !enabled.contains(id))
                .forEach(this::unplan);
    }

    /** The db-scheduler task that fires schedules; a failure to even record a firing is retried in 5 minutes. */
    public Task<Void> task() {
        return Tasks.custom(TASK, Void.class)
                .onFailure(new FailureHandler.OnFailureRetryLater<>(Duration.ofMinutes(5)))
                .execute((instance, context) -> {
                    fire(instance.getId());
                    return (complete, operations) -> {
                        Instant next = next(instance.getId());
                        if (next == null) {
                            operations.remove();
                        } else {
                            operations.reschedule(complete, next);
                        }
                    };
                });
    }

    /** Starts the schedule's run now and records what happened; a deleted or disabled schedule does nothing. */
    void fire(String id) {
        Schedule schedule = repository.find(id).orElse(null);
        if (schedule == null || !schedule.enabled()) {
            return;
        }
        Instant at = clock.instant();
        Schedule.LastRun run;
        try {
            String runId = runs.start(schedule.runSettings(), RunStarter.Trigger.SCHEDULE);
            run = new Schedule.LastRun(at, Schedule.Outcome.STARTED, runId, null);
            LOG.info("Schedule {} started run {}", id, runId);
        } catch (RunInProgress e) {
            run = new Schedule.LastRun(at, Schedule.Outcome.SKIPPED, e.runningRunId(), e.getMessage());
            LOG.info("Schedule {} skipped its turn: {}", id, e.getMessage());
        } catch (JobwrightException e) {
            run = new Schedule.LastRun(at, Schedule.Outcome.FAILED, null, e.getMessage());
            LOG.warn("Schedule {} could not start a run: {}", id, e.getMessage());
        } catch (RuntimeException e) {
            run = new Schedule.LastRun(at, Schedule.Outcome.FAILED, null, "unexpected error: " + e.getClass().getSimpleName());
            LOG.error("Schedule {} could not start a run", id, e);
        }
        repository.recordRun(id, run);
    }

    /** When the schedule fires after now, as it is defined now (it may have changed during the firing). */
    private Instant next(String id) {
        Schedule schedule = repository.find(id).orElse(null);
        Instant next = schedule == null || !schedule.enabled() ? null : schedule.timing().nextAfter(clock.instant());
        if (schedule != null) {
            repository.recordNext(id, next);
        }
        return next;
    }

    private void plan(Schedule schedule) {
        if (!schedule.enabled()) {
            unplan(schedule.id());
            return;
        }
        try {
            if (!planner.reschedule(new TaskInstance<Void>(TASK, schedule.id()), schedule.nextRunAt())) {
                planner.scheduleIfNotExists(new TaskInstance<Void>(TASK, schedule.id()), schedule.nextRunAt());
            }
        } catch (TaskInstanceNotFoundException e) {
            planner.scheduleIfNotExists(new TaskInstance<Void>(TASK, schedule.id()), schedule.nextRunAt());
        } catch (TaskInstanceCurrentlyExecutingException e) {
            // The firing in progress plans the next one from the definition as it is when it ends.
        }
    }

    private void unplan(String id) {
        try {
            planner.cancel(new TaskInstance<Void>(TASK, id));
        } catch (TaskInstanceNotFoundException | TaskInstanceCurrentlyExecutingException e) {
            // Nothing planned, or a firing in progress that will find the schedule gone and plan nothing more.
        }
    }
}
