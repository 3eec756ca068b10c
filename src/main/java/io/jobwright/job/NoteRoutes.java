package io.jobwright.job;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.jobwright.web.Envelope;
import io.jobwright.web.Requests;
import io.jobwright.web.RouteModule;
import io.jobwright.web.Routes;
import java.util.Map;

/** Job notes: {@code /api/jobs/{id}/notes} CRUD. Titles up to 120 characters, markdown content up to 20,000. */
public final class NoteRoutes implements RouteModule {

    static final int MAX_TITLE = 120;
    static final int MAX_CONTENT = 20_000;

    private final NoteRepository notes;
    private final JobRepository jobs;

    public NoteRoutes(NoteRepository notes, JobRepository jobs) {
        this.notes = notes;
        this.jobs = jobs;
    }

    @Override
    public void register(Routes routes) {
        routes.get("/api/jobs/{id}/notes", ctx -> Envelope.ok(ctx,
                notes.list(job(ctx)).stream().map(NoteRepository.Note::view).toList()));
        routes.post("/api/jobs/{id}/notes", ctx -> {
            String jobId = job(ctx);
            String[] fields = fields(ctx);
            Envelope.ok(ctx, 201, notes.create(jobId, fields[0], fields[1]).view());
        });
        routes.patch("/api/jobs/{id}/notes/{noteId}", ctx -> {
            String jobId = job(ctx);
            String[] fields = fields(ctx);
            Envelope.ok(ctx, notes.update(jobId, ctx.pathParam("noteId"), fields[0], fields[1]).view());
        });
        routes.delete("/api/jobs/{id}/notes/{noteId}", ctx -> {
            notes.delete(job(ctx), ctx.pathParam("noteId"));
            Envelope.ok(ctx, Map.of("deleted", true));
        });
    }

    private String job(Context ctx) {
        return jobs.get(JobRoutes.id(ctx)).id();
    }

    private static String[] fields(Context ctx) {
        ObjectNode body = Requests.object(ctx, "title", "content");
        String title = JobPatch.requiredText("title", body.get("title"), MAX_TITLE);
        String content = JobPatch.requiredText("content", body.get("content"), MAX_CONTENT);
        return new String[] {title, content};
    }
}
