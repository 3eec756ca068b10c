package io.jobwright.schedule;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jobwright.error.Conflict;
import io.jobwright.error.NotFound;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/** Schedules in the {@code schedules} table. Thread-safe. */
public final class ScheduleRepository {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String SELECT = "SELECT id, name, kind, expression, time_zone, run_settings, enabled,"
            + " next_run_at, last_run_at, last_outcome, last_run_id, last_message, created_at, updated_at FROM schedules";

    private final Jdbi jdbi;

    public ScheduleRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Every schedule, by name. */
    public List<Schedule> list() {
        return jdbi.withHandle(h -> h.createQuery(SELECT + " ORDER BY name, id").map((rs, ctx) -> map(rs)).list());
    }

    /** The schedule with this id, if any. */
    public Optional<Schedule> find(String id) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + " WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> map(rs)).findOne());
    }

    /**
     * The schedule with this id.
     *
     * @throws NotFound when there is none
     */
    public Schedule get(String id) {
        return find(id).orElseThrow(() -> NotFound.of("Schedule", id));
    }

    /**
     * Stores a new schedule.
     *
     * @throws Conflict when the name is taken
     */
    public Schedule insert(Schedule s) {
        try {
            jdbi.useHandle(h -> h.createUpdate("INSERT INTO schedules (id, name, kind, expression, time_zone,"
                            + " run_settings, enabled, next_run_at, created_at, updated_at) VALUES (:id, :name, :kind,"
                            + " :expression, :zone, :settings, :enabled, :next, :created, :updated)")
                    .bindMap(values(s)).execute());
        } catch (UnableToExecuteStatementException e) {
            throw nameTaken(s.name(), e);
        }
        return s;
    }

    /**
     * Saves a changed definition (name, timing, settings, enabled, next firing); the last run is left as it is.
     *
     * @throws Conflict when the new name is taken
     * @throws NotFound when the schedule was deleted meanwhile
     */
    public Schedule update(Schedule s) {
        int rows;
        try {
            rows = jdbi.withHandle(h -> h.createUpdate("UPDATE schedules SET name = :name, kind = :kind,"
                            + " expression = :expression, time_zone = :zone, run_settings = :settings, enabled = :enabled,"
                            + " next_run_at = :next, updated_at = :updated WHERE id = :id")
                    .bindMap(values(s)).execute());
        } catch (UnableToExecuteStatementException e) {
            throw nameTaken(s.name(), e);
        }
        if (rows == 0) {
            throw NotFound.of("Schedule", s.id());
        }
        return s;
    }

    /** Records what a firing did. */
    public void recordRun(String id, Schedule.LastRun run) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE schedules SET last_run_at = :at, last_outcome = :outcome,"
                        + " last_run_id = :runId, last_message = :message WHERE id = :id")
                .bind("id", id).bind("at", run.at().toEpochMilli()).bind("outcome", run.outcome().wire())
                .bind("runId", run.runId()).bind("message", run.message()).execute());
    }

    /** Records when the schedule fires next (null when it will not). */
    public void recordNext(String id, Instant next) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE schedules SET next_run_at = :next WHERE id = :id")
                .bind("id", id).bind("next", next == null ? null : next.toEpochMilli()).execute());
    }

    /** Deletes a schedule; false when there was none. */
    public boolean delete(String id) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM schedules WHERE id = :id").bind("id", id).execute()) > 0;
    }

    private static Map<String, Object> values(Schedule s) {
        Map<String, Object> v = new HashMap<>();
        v.put("id", s.id());
        v.put("name", s.name());
        v.put("kind", s.timing().kind().wire());
        v.put("expression", s.timing().expression());
        v.put("zone", s.timing().zone().getId());
        v.put("settings", s.runSettings().toString());
        v.put("enabled", s.enabled() ? 1 : 0);
        v.put("next", s.nextRunAt() == null ? null : s.nextRunAt().toEpochMilli());
        v.put("created", s.createdAt().toEpochMilli());
        v.put("updated", s.updatedAt().toEpochMilli());
        return v;
    }

    private static Schedule map(ResultSet rs) throws SQLException {
        Schedule.LastRun last = null;
        long lastAt = rs.getLong("last_run_at");
        if (!rs.wasNull()) {
            last = new Schedule.LastRun(Instant.ofEpochMilli(lastAt),
                    Schedule.Outcome.valueOf(rs.getString("last_outcome").toUpperCase(java.util.Locale.ROOT)),
                    rs.getString("last_run_id"), rs.getString("last_message"));
        }
        long next = rs.getLong("next_run_at");
        Instant nextRunAt = rs.wasNull() ? null : Instant.ofEpochMilli(next);
        return new Schedule(rs.getString("id"), rs.getString("name"),
                Timing.stored(rs.getString("kind"), rs.getString("expression"), rs.getString("time_zone")),
                settings(rs.getString("run_settings")), rs.getInt("enabled") != 0, nextRunAt, last,
                Instant.ofEpochMilli(rs.getLong("created_at")), Instant.ofEpochMilli(rs.getLong("updated_at")));
    }

    private static JsonNode settings(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("schedules.run_settings holds malformed JSON", e);
        }
    }

    private static Conflict nameTaken(String name, RuntimeException cause) {
        return new Conflict("A schedule named '" + name + "' already exists; choose another name", Map.of(), cause);
    }
}
