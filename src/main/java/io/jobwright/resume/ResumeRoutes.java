package io.jobwright.resume;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import io.jobwright.error.InvalidRequest;
import io.jobwright.error.NotFound;
import io.jobwright.web.Envelope;
import io.jobwright.web.Requests;
import io.jobwright.web.RouteModule;
import io.jobwright.web.Routes;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The base resume's HTTP API: {@code POST /api/resume/import} (a JSON Resume document as the raw body or as the one
 * file of a multipart form), {@code GET /api/resume} and {@code GET /api/resume/projects}.
 */
public final class ResumeRoutes implements RouteModule {

    /** The largest document accepted: the app's upload limit. */
    public static final long MAX_IMPORT_BYTES = 15L * 1024 * 1024;

    private final ResumeService resumes;

    /** Routes answering from {@code resumes}. */
    public ResumeRoutes(ResumeService resumes) {
        this.resumes = resumes;
    }

    @Override
    public void register(Routes routes) {
        routes.post("/api/resume/import", this::importResume)
                .get("/api/resume", this::show)
                .get("/api/resume/projects", this::projects);
    }

    private void importResume(Context ctx) {
        ResumeRevision stored = resumes.importRevision(body(ctx));
        Envelope.ok(ctx, 201, view(stored));
    }

    private void show(Context ctx) {
        ResumeRevision latest = resumes.latest().orElseThrow(() ->
                new NotFound("No base resume yet: import one with POST /api/resume/import"));
        Envelope.ok(ctx, view(latest));
    }

    private void projects(Context ctx) {
        Resume resume = resumes.current().orElseThrow(() ->
                new NotFound("No base resume yet: import one with POST /api/resume/import"));
        List<Map<String, Object>> projects = resume.projects().stream().map(p -> {
            Map<String, Object> project = new LinkedHashMap<>();
            project.put("id", p.id());
            project.put("name", p.name());
            project.put("description", p.description());
            project.put("date", p.date());
            project.put("isVisibleInBase", p.visibleInBase());
            return project;
        }).toList();
        Envelope.ok(ctx, Map.of("projects", projects));
    }

    private static Map<String, Object> view(ResumeRevision revision) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("revision", revision.revision());
        view.put("createdAt", revision.createdAt());
        view.put("resume", JsonResumeWriter.write(revision.resume()));
        return view;
    }

    /** The document: the raw body, or the single uploaded file of a multipart form. */
    private static byte[] body(Context ctx) {
        String contentType = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        if (!contentType.startsWith("multipart/form-data")) {
            return Requests.bytes(ctx, MAX_IMPORT_BYTES);
        }
        if (ctx.contentLength() > MAX_IMPORT_BYTES) {
            throw tooLarge();
        }
        List<UploadedFile> files = ctx.uploadedFiles();
        if (files.size() != 1) {
            throw InvalidRequest.field("file", "a multipart import needs exactly one file field, got " + files.size());
        }
        UploadedFile file = files.getFirst();
        if (file.size() > MAX_IMPORT_BYTES) {
            throw tooLarge();
        }
        try (InputStream content = file.content()) {
            return content.readAllBytes();
        } catch (IOException e) {
            throw new InvalidRequest("Cannot read the uploaded file: " + e.getMessage());
        }
    }

    private static InvalidRequest tooLarge() {
        return new InvalidRequest("The resume is larger than the limit of " + (MAX_IMPORT_BYTES / 1024) + " KB");
    }
}
