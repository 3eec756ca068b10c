package io.jobwright.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.jobwright.error.Conflict;
import io.jobwright.error.NotFound;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * The {@code pipeline_runs} table. Updates by the executing instance are guarded by its owner id, so an instance
 * that lost a run (another adopted it) cannot overwrite it. Thread-safe.
 */
public final class PipelineRepository {

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final String COLUMNS = "id, status, trigger_kind, step, finished_step, request, summary, progress, "
            + "selected_job_ids, error_message, cancel_requested_at, owner, heartbeat_at, attempts, jobs_discovered, "
            + "jobs_processed, started_at, updated_at, completed_at";

    private final Jdbi jdbi;

    public PipelineRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * Stores a new running run.
     *
     * @throws Conflict when another run is running (checked first, and enforced by a unique index against races)
     */
    void insert(RunView run) {
        try {
            jdbi.useTransaction(h -> {
                Optional<RunView> running = h.createQuery("SELECT " + COLUMNS + " FROM pipeline_runs WHERE status = 'running'")
                        .map(this::map).findFirst();
                if (running.isPresent()) {
                    throw inProgress(running.get());
                }
                h.createUpdate("INSERT INTO pipeline_runs (" + COLUMNS + ") VALUES (:id, :status, :trigger, :step, "
                        + ":finished, :request, :summary, :progress, :selected, :error, :cancel, :owner, :heartbeat, "
                        + ":attempts, :discovered, :processed, :started, :updated, :completed)").bindMap(row(run)).execute();
            });
        } catch (UnableToExecuteStatementException e) {
            throw running().map(PipelineRepository::inProgress)
                    .orElseGet(() -> new Conflict("A pipeline run is already in progress"));
        }
    }

    static Conflict inProgress(RunView run) {
        return new Conflict("A pipeline run is already in progress (run " + run.id() + ", started " + run.startedAt()
                + "); wait for it to finish or cancel it with POST /api/pipeline/cancel",
                Map.of("pipelineRunId", run.id()));
    }

    /** Saves the run's step, counts, progress and status if {@code owner} still owns it; false when it does not. */
    boolean save(RunView run, String owner, Instant now) {
        Map<String, Object> row = row(run);
        row.put("updated", now);
        row.put("me", owner);
        return jdbi.withHandle(h -> h.createUpdate("UPDATE pipeline_runs SET status = :status, step = :step, "
                + "finished_step = :finished, summary = :summary, progress = :progress, selected_job_ids = :selected, "
                + "error_message = :error, jobs_discovered = :discovered, jobs_processed = :processed, "
                + "updated_at = :updated, completed_at = :completed, heartbeat_at = :updated "
                + "WHERE id = :id AND owner = :me AND status = 'running'").bindMap(row).execute()) == 1;
    }

    /** The run, or {@code NotFound}. */
    RunView get(String id) {
        return find(id).orElseThrow(() -> new NotFound("Pipeline run not found: " + id));
    }

    Optional<RunView> find(String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM pipeline_runs WHERE id = :id")
                .bind("id", id).map(this::map).findFirst());
    }

    /** The run in progress, if any. */
    Optional<RunView> running() {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM pipeline_runs WHERE status = 'running'")
                .map(this::map).findFirst());
    }

    /** The newest runs first. */
    List<RunView> recent(int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM pipeline_runs "
                + "ORDER BY started_at DESC, id DESC LIMIT :limit").bind("limit", limit).map(this::map).list());
    }

    /** Marks the running run as to be cancelled; returns it as it was, or empty when none is running. */
    Optional<RunView> requestCancel(Instant at) {
        return jdbi.inTransaction(h -> {
            Optional<RunView> run = h.createQuery("SELECT " + COLUMNS + " FROM pipeline_runs WHERE status = 'running'")
                    .map(this::map).findFirst();
            run.filter(r -> r.cancelRequestedAt() == null).ifPresent(r -> h.createUpdate(
                    "UPDATE pipeline_runs SET cancel_requested_at = :at WHERE id = :id AND cancel_requested_at IS NULL")
                    .bind("at", at).bind("id", r.id()).execute());
            return run;
        });
    }

    /** Refreshes the owner's heartbeat; returns false when the run is no longer this owner's running run. */
    boolean heartbeat(String id, String owner, Instant at) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE pipeline_runs SET heartbeat_at = :at "
                + "WHERE id = :id AND owner = :owner AND status = 'running'")
                .bind("at", at).bind("id", id).bind("owner", owner).execute()) == 1;
    }

    /** Whether cancelling the run was asked for (by any instance). */
    boolean cancelRequested(String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT cancel_requested_at FROM pipeline_runs WHERE id = :id")
                .bind("id", id).mapTo(Long.class).findFirst().orElse(null)) != null;
    }

    /**
     * Takes over a run from its previous owner (a crashed or stopped instance), counting the attempt. Only one
     * instance wins: the update matches only while the owner and heartbeat are still those that were read.
     */
    boolean adopt(RunView run, String owner, Instant at) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE pipeline_runs SET owner = :owner, heartbeat_at = :at, "
                + "attempts = attempts + 1 WHERE id = :id AND status = 'running' AND "
                + "COALESCE(owner, '') = :oldOwner AND COALESCE(heartbeat_at, 0) = :oldHeartbeat")
                .bind("owner", owner).bind("at", at).bind("id", run.id())
                .bind("oldOwner", run.owner() == null ? "" : run.owner())
                .bind("oldHeartbeat", run.heartbeatAt() == null ? 0L : run.heartbeatAt().toEpochMilli()).execute()) == 1;
    }

    /** Gives up ownership (a clean shutdown), so another instance or the next start resumes the run at once. */
    void release(String id, String owner) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE pipeline_runs SET owner = NULL, heartbeat_at = NULL "
                + "WHERE id = :id AND owner = :owner AND status = 'running'").bind("id", id).bind("owner", owner).execute());
    }

    /** Ends a run nobody owns any more (after too many interruptions, or one cancelled while it was down). */
    boolean endOrphan(RunView run, RunStatus end, String error, Progress last, Instant at) {
        RunView ended = run.ended(end, error, last, at);
        Map<String, Object> row = row(ended);
        row.put("oldOwner", run.owner() == null ? "" : run.owner());
        return jdbi.withHandle(h -> h.createUpdate("UPDATE pipeline_runs SET status = :status, error_message = :error, "
                + "progress = :progress, updated_at = :updated, completed_at = :completed "
                + "WHERE id = :id AND status = 'running' AND COALESCE(owner, '') = :oldOwner").bindMap(row).execute()) == 1;
    }

    private Map<String, Object> row(RunView r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("status", r.status().wire());
        m.put("trigger", r.trigger());
        m.put("step", r.step().wire());
        m.put("finished", r.finishedStep() == null ? null : r.finishedStep().wire());
        m.put("request", write(r.request().toMap()));
        m.put("summary", write(r.summary()));
        m.put("progress", write(r.progress()));
        m.put("selected", r.selectedJobIds() == null ? null : write(r.selectedJobIds()));
        m.put("error", r.errorMessage());
        m.put("cancel", r.cancelRequestedAt());
        m.put("owner", r.owner());
        m.put("heartbeat", r.heartbeatAt());
        m.put("attempts", r.attempts());
        m.put("discovered", r.summary().discovered());
        m.put("processed", r.summary().processed());
        m.put("started", r.startedAt());
        m.put("updated", r.updatedAt());
        m.put("completed", r.completedAt());
        return m;
    }

    private RunView map(ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx) throws SQLException {
        RunRequest request = RunRequest.fromJson(read(rs.getString("request"), com.fasterxml.jackson.databind.JsonNode.class))
                .withTrigger(rs.getString("trigger_kind"));
        String selected = rs.getString("selected_job_ids");
        return new RunView(rs.getString("id"), RunStatus.parse(rs.getString("status")), rs.getString("trigger_kind"),
                Step.parse(rs.getString("step")), Step.parse(rs.getString("finished_step")), request,
                read(rs.getString("summary"), RunSummary.class), read(rs.getString("progress"), Progress.class),
                selected == null ? null : read(selected, new TypeReference<List<String>>() { }),
                rs.getString("error_message"), instant(rs, "cancel_requested_at"), rs.getString("owner"),
                instant(rs, "heartbeat_at"), rs.getInt("attempts"), instant(rs, "started_at"),
                instant(rs, "updated_at"), instant(rs, "completed_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        long millis = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + value.getClass().getSimpleName(), e);
        }
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored pipeline run is unreadable: " + e.getOriginalMessage(), e);
        }
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored pipeline run is unreadable: " + e.getOriginalMessage(), e);
        }
    }
}
