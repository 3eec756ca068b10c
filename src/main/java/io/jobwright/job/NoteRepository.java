package io.jobwright.job;

import io.jobwright.error.NotFound;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/** A job's notes (markdown), newest first. */
public final class NoteRepository {

    /** One note. */
    public record Note(String id, String jobId, String title, String content, Instant createdAt, Instant updatedAt) {
        /** The API shape. */
        public Map<String, Object> view() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", id);
            m.put("jobId", jobId);
            m.put("title", title);
            m.put("content", content);
            m.put("createdAt", createdAt.toString());
            m.put("updatedAt", updatedAt.toString());
            return m;
        }
    }

    private final Jdbi jdbi;
    private final Clock clock;

    public NoteRepository(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** The job's notes, most recently updated first. */
    public List<Note> list(String jobId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, job_id, title, content, created_at, updated_at "
                        + "FROM job_notes WHERE job_id = :job ORDER BY updated_at DESC, created_at DESC, id DESC")
                .bind("job", jobId).map((rs, ctx) -> new Note(rs.getString("id"), rs.getString("job_id"),
                        rs.getString("title"), rs.getString("content"), Instant.ofEpochMilli(rs.getLong("created_at")),
                        Instant.ofEpochMilli(rs.getLong("updated_at")))).list());
    }

    /** Adds a note to a job. */
    public Note create(String jobId, String title, String content) {
        Instant now = clock.instant();
        Note note = new Note(UUID.randomUUID().toString(), jobId, title, content, now, now);
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO job_notes (id, job_id, title, content, created_at, updated_at) "
                        + "VALUES (:id, :job, :title, :content, :at, :at)")
                .bind("id", note.id()).bind("job", jobId).bind("title", title).bind("content", content)
                .bind("at", now).execute());
        return note;
    }

    /**
     * Replaces a note's title and content.
     *
     * @throws NotFound when the job has no such note
     */
    public Note update(String jobId, String noteId, String title, String content) {
        Instant now = clock.instant();
        int rows = jdbi.withHandle(h -> h.createUpdate("UPDATE job_notes SET title = :title, content = :content, "
                        + "updated_at = :at WHERE id = :id AND job_id = :job")
                .bind("title", title).bind("content", content).bind("at", now).bind("id", noteId).bind("job", jobId)
                .execute());
        if (rows == 0) {
            throw NotFound.of("Job note", noteId);
        }
        return list(jobId).stream().filter(n -> n.id().equals(noteId)).findFirst().orElseThrow();
    }

    /**
     * Deletes a note.
     *
     * @throws NotFound when the job has no such note
     */
    public void delete(String jobId, String noteId) {
        int rows = jdbi.withHandle(h -> h.createUpdate("DELETE FROM job_notes WHERE id = :id AND job_id = :job")
                .bind("id", noteId).bind("job", jobId).execute());
        if (rows == 0) {
            throw NotFound.of("Job note", noteId);
        }
    }
}
