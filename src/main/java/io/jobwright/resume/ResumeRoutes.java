package io.jobwright.resume;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import io.jobwright.error.InvalidRequest;
import io.jobwright.error.NotFound;
import io.jobwright.settings.Setting;
import io.jobwright.settings.SettingsService;
import io.jobwright.web.Envelope;
import io.jobwright.web.Requests;
import io.jobwright.web.RouteModule;
import io.jobwright.web.Routes;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.util.function.Supplier;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The base resume's HTTP API: read and edit it ({@code GET/PUT /api/resume}), import a file in any supported format
 * ({@code POST /api/resume/import}) or from a Reactive Resume server ({@code /api/resume/rxresume/…}), export it
 * ({@code GET /api/resume/export}), its revisions (list, view, restore) and its project catalogue.
 */
public final class ResumeRoutes implements RouteModule {

    /** The largest document accepted: the app's upload limit. */
    public static final long MAX_IMPORT_BYTES = 15L * 1024 * 1024;

    /** Oversized bodies up to this size are read and discarded so the client gets its 400; larger ones are cut. */
    private static final long DRAIN_LIMIT = 64L * 1024 * 1024;
    private static final String NO_RESUME = "No base resume yet: import one with POST /api/resume/import";

    private final ResumeService resumes;
    private final SettingsService settings;
    private final Supplier<HttpClient> http;

    /** Routes answering from {@code resumes}; {@code settings} hold the Reactive Resume server and project picks. */
    public ResumeRoutes(ResumeService resumes, SettingsService settings, Supplier<HttpClient> http) {
        this.resumes = resumes;
        this.settings = settings;
        this.http = http;
    }

    @Override
    public void register(Routes routes) {
        routes.post("/api/resume/import", this::importResume)
                .get("/api/resume", this::show)
                .put("/api/resume", this::replace)
                .get("/api/resume/export", this::export)
                .get("/api/resume/revisions", this::revisions)
                .get("/api/resume/revisions/{revision}", this::showRevision)
                .post("/api/resume/revisions/{revision}/restore", this::restore)
                .get("/api/resume/projects", this::projects)
                .get("/api/resume/rxresume/resumes", this::remoteList)
                .post("/api/resume/rxresume/resumes/{id}/import", this::remoteImport);
    }

    private void importResume(Context ctx) {
        String format = ctx.queryParam("format");
        ResumeFormat requested = format == null || format.isBlank() ? null : ResumeFormat.byId(format, "format");
        Envelope.ok(ctx, 201, view(resumes.importRevision(body(ctx), requested)));
    }

    private void show(Context ctx) {
        Envelope.ok(ctx, view(resumes.latest().orElseThrow(() -> new NotFound(NO_RESUME))));
    }

    private void replace(Context ctx) {
        byte[] body = Requests.bytes(ctx, MAX_IMPORT_BYTES);
        Envelope.ok(ctx, view(resumes.replace(body, expectedRevision(ctx.header("If-Match")))));
    }

    private void export(Context ctx) {
        String format = ctx.queryParam("format") == null ? "jsonresume" : ctx.queryParam("format");
        ResumeFormat chosen = ResumeFormat.byId(format, "format");
        Resume resume = resumes.current().orElseThrow(() -> new NotFound(NO_RESUME));
        ObjectNode document = switch (chosen) {
            case JSON_RESUME -> JsonResumeWriter.export(resume);
            case RXRESUME_V5 -> ReactiveResumeWriter.write(resume);
            case RXRESUME_V4 -> throw InvalidRequest.field("format",
                    "rxresume-v4 is an import format only; export jsonresume or rxresume-v5");
        };
        ctx.header("Content-Disposition", "attachment; filename=\"" + fileName(resume, chosen) + "\"");
        ctx.contentType("application/json; charset=utf-8");
        ctx.result(document.toPrettyString().getBytes(StandardCharsets.UTF_8));
    }

    private void revisions(Context ctx) {
        int current = resumes.currentRevision();
        List<Map<String, Object>> list = resumes.revisions().stream().map(r -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("revision", r.revision());
            item.put("createdAt", r.createdAt());
            item.put("sourceFormat", r.sourceFormat());
            item.put("current", r.revision() == current);
            return item;
        }).toList();
        Envelope.ok(ctx, Map.of("revisions", list, "currentRevision", current));
    }

    private void showRevision(Context ctx) {
        int number = revisionParam(ctx);
        Envelope.ok(ctx, view(resumes.revision(number)
                .orElseThrow(() -> NotFound.of("Resume revision", String.valueOf(number)))));
    }

    private void restore(Context ctx) {
        Envelope.ok(ctx, 201, view(resumes.restore(revisionParam(ctx))));
    }

    private void projects(Context ctx) {
        Resume resume = resumes.current().orElseThrow(() -> new NotFound(NO_RESUME));
        List<Map<String, Object>> projects = resume.projects().stream().map(p -> {
            Map<String, Object> project = new LinkedHashMap<>();
            project.put("id", p.id());
            project.put("name", p.name());
            project.put("description", p.description());
            project.put("date", p.date());
            project.put("isVisibleInBase", p.visibleInBase());
            return project;
        }).toList();
        Map<String, Object> selection = new LinkedHashMap<>();
        selection.put("lockedIds", settings.get(Setting.RESUME_LOCKED_PROJECT_IDS));
        selection.put("aiSelectableIds", settings.get(Setting.RESUME_AI_SELECTABLE_PROJECT_IDS));
        selection.put("maxProjects", settings.get(Setting.RESUME_MAX_PROJECTS));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("projects", projects);
        data.put("selection", selection);
        Envelope.ok(ctx, data);
    }

    private void remoteList(Context ctx) {
        List<Map<String, Object>> list = api().list().stream().map(r -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", r.id());
            item.put("name", r.name());
            item.put("updatedAt", r.updatedAt());
            return item;
        }).toList();
        Envelope.ok(ctx, Map.of("resumes", list));
    }

    private void remoteImport(Context ctx) {
        byte[] document = api().document(ctx.pathParam("id"));
        Envelope.ok(ctx, 201, view(resumes.importFromServer(document)));
    }

    private ReactiveResumeApi api() {
        return new ReactiveResumeApi(http.get(), settings.get(Setting.RXRESUME_URL), settings.get(Setting.RXRESUME_API_KEY));
    }

    private static Map<String, Object> view(ResumeRevision revision) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("revision", revision.revision());
        view.put("createdAt", revision.createdAt());
        view.put("sourceFormat", revision.sourceFormat());
        view.put("resume", JsonResumeWriter.write(revision.resume()));
        return view;
    }

    private static int revisionParam(Context ctx) {
        String raw = ctx.pathParam("revision");
        try {
            int number = Integer.parseInt(raw);
            if (number >= 1) {
                return number;
            }
        } catch (NumberFormatException e) {
            // Falls through to the same message as a number below 1.
        }
        throw InvalidRequest.field("revision", "must be a revision number (1, 2, …), got '" + raw + "'");
    }

    /** The revision an edit was based on, from {@code If-Match: "3"} (or {@code 3}); {@code null} without one. */
    private static Integer expectedRevision(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String raw = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            throw InvalidRequest.field("If-Match", "must be the revision number the edit is based on, such as \"3\"");
        }
    }

    private static String fileName(Resume resume, ResumeFormat format) {
        String ascii = Normalizer.normalize(resume.name() == null ? "resume" : resume.name(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[^A-Za-z0-9]+", "_").replaceAll("^_|_$", "");
        String name = ascii.isEmpty() ? "resume" : ascii;
        return name + (format == ResumeFormat.JSON_RESUME ? "_resume.json" : "_rxresume-v5.json");
    }

    /** The document: the raw body, or the single uploaded file of a multipart form. */
    private static byte[] body(Context ctx) {
        String contentType = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        if (!contentType.startsWith("multipart/form-data")) {
            return capped(ctx);
        }
        if (ctx.contentLength() > MAX_IMPORT_BYTES) {
            drain(ctx);
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

    /**
     * The raw body, read by hand up to the limit. An oversized body is read to its end (up to a hard cap) before it
     * is refused: answering while the client is still sending makes the server drop the connection, and the client
     * would never see the 400.
     */
    private static byte[] capped(Context ctx) {
        if (ctx.contentLength() > MAX_IMPORT_BYTES) {
            drain(ctx);
            throw tooLarge();
        }
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] body = in.readNBytes((int) MAX_IMPORT_BYTES + 1);
            if (body.length > MAX_IMPORT_BYTES) {
                skipRest(in);
                throw tooLarge();
            }
            return body;
        } catch (IOException e) {
            throw new InvalidRequest("Cannot read the request body: " + e.getMessage());
        }
    }

    private static void drain(Context ctx) {
        if (ctx.contentLength() > DRAIN_LIMIT) {
            return;
        }
        try (InputStream in = ctx.req().getInputStream()) {
            skipRest(in);
        } catch (IOException e) {
            // The refusal follows anyway; the client may just not see it.
        }
    }

    private static void skipRest(InputStream in) throws IOException {
        long left = DRAIN_LIMIT;
        while (left > 0) {
            long skipped = in.skip(left);
            if (skipped <= 0) {
                if (in.read() < 0) {
                    return;
                }
                skipped = 1;
            }
            left -= skipped;
        }
    }

    private static InvalidRequest tooLarge() {
        return new InvalidRequest("The resume is larger than the limit of " + (MAX_IMPORT_BYTES / (1024 * 1024))
                + " MB; a resume file is usually well under 1 MB");
    }
}
