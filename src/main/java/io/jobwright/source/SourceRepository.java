package io.jobwright.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.jobwright.error.Conflict;
import io.jobwright.error.NotFound;
import io.jobwright.settings.SecretBox;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/** Configured sources in {@code job_sources}; secrets are encrypted with the settings {@link SecretBox}. Thread-safe. */
public final class SourceRepository {

    private static final TypeReference<Map<String, String>> MAP = new TypeReference<>() { };
    private static final String SELECT = "SELECT id, type, name, params, secrets, enabled, created_at, updated_at FROM job_sources";

    private final Jdbi jdbi;
    private final SecretBox box;
    private final RowMapper<SourceConfig> mapper;

    public SourceRepository(Jdbi jdbi, SecretBox box) {
        this.jdbi = jdbi;
        this.box = box;
        this.mapper = (rs, ctx) -> new SourceConfig(rs.getString("id"), rs.getString("type"), rs.getString("name"),
                read(rs.getString("params")), secrets(rs.getString("secrets")), rs.getInt("enabled") != 0,
                Instant.ofEpochMilli(rs.getLong("created_at")), Instant.ofEpochMilli(rs.getLong("updated_at")));
    }

    /** Decrypted secrets; none when the key file was lost (the user enters them again). */
    private Map<String, String> secrets(String stored) {
        if (stored == null) {
            return Map.of();
        }
        try {
            return read(box.decrypt(stored));
        } catch (io.jobwright.settings.SecretUnreadable e) {
            return Map.of();
        }
    }

    /** Every configured source, by name. */
    public List<SourceConfig> list() {
        return jdbi.withHandle(h -> h.createQuery(SELECT + " ORDER BY name, id").map(mapper).list());
    }

    /** The source with this id, if any. */
    public Optional<SourceConfig> find(String id) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + " WHERE id = :id").bind("id", id).map(mapper).findOne());
    }

    /**
     * The source with this id.
     *
     * @throws NotFound when there is none
     */
    public SourceConfig get(String id) {
        return find(id).orElseThrow(() -> NotFound.of("Source", id));
    }

    /**
     * Stores a new source.
     *
     * @throws Conflict when the name is taken
     */
    public SourceConfig insert(SourceConfig s) {
        try {
            jdbi.useHandle(h -> h.createUpdate("INSERT INTO job_sources (id, type, name, params, secrets, enabled,"
                            + " created_at, updated_at) VALUES (:id, :type, :name, :params, :secrets, :enabled, :created, :updated)")
                    .bindMap(values(s)).execute());
        } catch (UnableToExecuteStatementException e) {
            throw nameTaken(s.name());
        }
        return s;
    }

    /**
     * Saves a changed source.
     *
     * @throws Conflict when the new name is taken
     */
    public SourceConfig update(SourceConfig s) {
        try {
            int rows = jdbi.withHandle(h -> h.createUpdate("UPDATE job_sources SET name = :name, params = :params,"
                            + " secrets = :secrets, enabled = :enabled, updated_at = :updated WHERE id = :id")
                    .bindMap(values(s)).execute());
            if (rows == 0) {
                throw NotFound.of("Source", s.id());
            }
        } catch (UnableToExecuteStatementException e) {
            throw nameTaken(s.name());
        }
        return s;
    }

    /** Deletes a source; false when there was none. */
    public boolean delete(String id) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM job_sources WHERE id = :id").bind("id", id).execute()) > 0;
    }

    private Map<String, Object> values(SourceConfig s) {
        Map<String, Object> v = new java.util.HashMap<>();
        v.put("id", s.id());
        v.put("type", s.type());
        v.put("name", s.name());
        v.put("params", write(s.params()));
        v.put("secrets", s.secrets().isEmpty() ? null : box.encrypt(write(s.secrets())));
        v.put("enabled", s.enabled() ? 1 : 0);
        v.put("created", s.createdAt().toEpochMilli());
        v.put("updated", s.updatedAt().toEpochMilli());
        return v;
    }

    private static Conflict nameTaken(String name) {
        return new Conflict("A source named '" + name + "' already exists; choose another name");
    }

    private static Map<String, String> read(String json) {
        try {
            return Payloads.MAPPER.readValue(json, MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("job_sources holds malformed JSON", e);
        }
    }

    private static String write(Map<String, String> map) {
        try {
            return Payloads.MAPPER.writeValueAsString(new java.util.TreeMap<>(map));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
