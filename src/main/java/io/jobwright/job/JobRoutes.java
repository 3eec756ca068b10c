package io.jobwright.job;

import io.javalin.http.Context;
import io.jobwright.error.InvalidRequest;
import io.jobwright.web.Envelope;
import io.jobwright.web.ErrorCode;
import io.jobwright.web.HttpServer;
import io.jobwright.web.Json;
import io.jobwright.web.RequestContext;
import io.jobwright.web.Requests;
import io.jobwright.web.RouteModule;
import io.jobwright.web.Routes;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The {@code /api/jobs} routes of the seed document: thin handlers that parse, call the service, answer. */
public final class JobRoutes implements RouteModule {

    private final JobService jobs;
    private final JobActions actions;

    public JobRoutes(JobService jobs) {
        this.jobs = jobs;
        this.actions = new JobActions(jobs);
    }

    @Override
    public void register(Routes routes) {
        routes.get("/api/jobs", this::list)
                .get("/api/jobs/revision", this::revision)
                .post("/api/jobs/actions", this::bulk)
                .post("/api/jobs/actions/stream", this::bulkStream)
                .delete("/api/jobs/status/{status}", this::deleteByStatus)
                .get("/api/jobs/{id}", ctx -> Envelope.ok(ctx, full(jobs.get(id(ctx)))))
                .patch("/api/jobs/{id}", this::patch)
                .get("/api/jobs/{id}/history", ctx -> Envelope.ok(ctx, Map.of("history", jobs.history(id(ctx)))))
                .get("/api/jobs/{id}/tailoring/diff", ctx -> Envelope.ok(ctx, jobs.tailoringDiff(id(ctx))))
                .post("/api/jobs/{id}/skip", ctx -> Envelope.ok(ctx, full(jobs.skip(id(ctx)))))
                .post("/api/jobs/{id}/apply", ctx -> Envelope.ok(ctx, full(jobs.apply(id(ctx)))))
                .post("/api/jobs/{id}/process", ctx -> Envelope.ok(ctx, full(jobs.process(id(ctx)))))
                .post("/api/jobs/{id}/rescore", ctx -> Envelope.ok(ctx, full(jobs.rescore(id(ctx)))))
                .post("/api/jobs/{id}/summarize", this::summarize)
                .post("/api/jobs/{id}/generate-pdf", ctx -> Envelope.ok(ctx, full(jobs.generatePdf(id(ctx)))));
    }

    private void list(Context ctx) throws IOException {
        Set<JobStatus> statuses = JobQuery.statuses("status", ctx.queryParam("status"));
        String viewName = ctx.queryParam("view");
        boolean full = "full".equals(viewName);
        if (viewName != null && !full && !"list".equals(viewName)) {
            throw InvalidRequest.field("view", "must be list or full, got '" + viewName + "'");
        }
        String text = ctx.queryParam("q");
        int limit = Requests.integer(ctx, "limit", 1, 100_000).orElse(Integer.MAX_VALUE);
        int offset = Requests.integer(ctx, "offset", 0, Integer.MAX_VALUE).orElse(0);
        JobQuery query = new JobQuery(statuses, text == null || text.isBlank() ? null : text.trim(),
                JobQuery.Sort.parse(ctx.queryParam("sort")), limit, offset, full);
        boolean paged = limit != Integer.MAX_VALUE || offset != 0;
        Map<String, Integer> byStatus = byStatus(jobs.countByStatus());
        String revision = revisionString(jobs.revision(Set.of()), Set.of());
        Integer total = paged ? jobs.count(query) : null;
        JobView view = jobs.view();
        String renderKey = view.currentRenderKey();
        // Streamed row by row: a list of thousands of jobs is never held in memory as a whole.
        ctx.status(200).contentType("application/json");
        try (JsonGenerator json = Json.MAPPER.getFactory().createGenerator(
                new BufferedOutputStream(ctx.outputStream(), 64 * 1024))) {
            json.writeStartObject();
            json.writeBooleanField("ok", true);
            json.writeObjectFieldStart("data");
            json.writeArrayFieldStart("jobs");
            int streamed = jobs.forEach(query, job -> {
                try {
                    if (full) {
                        json.writeObject(view.full(job));
                    } else {
                        view.writeListItem(json, job, renderKey);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            json.writeEndArray();
            json.writeNumberField("total", total != null ? total : streamed);
            json.writeObjectField("byStatus", byStatus);
            json.writeStringField("revision", revision);
            json.writeEndObject();
            json.writeObjectFieldStart("meta");
            json.writeStringField("requestId", RequestContext.requestId(ctx));
            json.writeEndObject();
            json.writeEndObject();
        }
    }

    private void revision(Context ctx) {
        Set<JobStatus> statuses = JobQuery.statuses("status", ctx.queryParam("status"));
        JobRepository.Revision revision = jobs.revision(statuses);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("revision", revisionString(revision, statuses));
        data.put("latestUpdatedAt", revision.latestUpdatedAt() == null ? null : revision.latestUpdatedAt().toString());
        data.put("total", revision.count());
        data.put("statusFilter", statuses.isEmpty() ? null : statuses.stream().map(JobStatus::wire).toList());
        Envelope.ok(HttpServer.pollAnswer(ctx), data);
    }

    private void patch(Context ctx) {
        String id = id(ctx);
        JobPatch patch = JobPatch.parse(Requests.object(ctx));
        Envelope.ok(ctx, full(jobs.patch(id, patch, ifMatch(ctx.header("If-Match")))));
    }

    private void summarize(Context ctx) {
        boolean force = Requests.flag(ctx, "force");
        Set<PdfGeneration.Field> fields = EnumSet.noneOf(PdfGeneration.Field.class);
        String raw = ctx.queryParam("fields");
        if (raw != null && !raw.isBlank()) {
            List<String> invalid = new ArrayList<>();
            for (String part : raw.split(",")) {
                switch (part.trim().toLowerCase(Locale.ROOT)) {
                    case "summary" -> fields.add(PdfGeneration.Field.SUMMARY);
                    case "headline" -> fields.add(PdfGeneration.Field.HEADLINE);
                    case "skills" -> fields.add(PdfGeneration.Field.SKILLS);
                    case "" -> { }
                    default -> invalid.add(part.trim());
                }
            }
            if (!invalid.isEmpty()) {
                throw new InvalidRequest("fields: unknown tailoring field(s) " + String.join(", ", invalid)
                        + "; allowed are summary, headline, skills",
                        Map.of("invalidFields", invalid, "allowedFields", List.of("summary", "headline", "skills")));
            }
        }
        Envelope.ok(ctx, full(jobs.summarize(id(ctx), force, fields)));
    }

    private void bulk(Context ctx) {
        JobActions.Request request = JobActions.Request.parse(Requests.object(ctx));
        List<JobActions.Result> results = actions.run(request, result -> { });
        Envelope.ok(ctx, summary(request, results, results.size()));
    }

    private void bulkStream(Context ctx) throws IOException {
        JobActions.Request request = JobActions.Request.parse(Requests.object(ctx));
        String requestId = RequestContext.requestId(ctx);
        ctx.res().setStatus(200);
        ctx.res().setContentType("text/event-stream");
        ctx.res().setCharacterEncoding("UTF-8");
        ctx.res().setHeader("Cache-Control", "no-cache, no-transform");
        ctx.res().setHeader("X-Accel-Buffering", "no");
        OutputStream out = ctx.res().getOutputStream();
        List<JobActions.Result> done = new ArrayList<>();
        Map<String, Object> started = summary(request, List.of(), 0);
        started.remove("results");
        started.put("type", "started");
        started.put("requestId", requestId);
        send(out, started);
        List<JobActions.Result> results = actions.run(request, result -> {
            done.add(result);
            Map<String, Object> progress = summary(request, done, done.size());
            progress.remove("results");
            progress.put("type", "progress");
            progress.put("result", result(result));
            progress.put("requestId", requestId);
            try {
                send(out, progress);
            } catch (IOException disconnected) {
                // The client went away; the remaining jobs still finish and their results are stored.
            }
        });
        Map<String, Object> completed = summary(request, results, results.size());
        completed.put("type", "completed");
        completed.put("requestId", requestId);
        send(out, completed);
    }

    private void deleteByStatus(Context ctx) {
        String raw = ctx.pathParam("status");
        JobStatus status = JobStatus.parse(raw).orElseThrow(() -> InvalidRequest.field("status",
                "unknown status '" + raw + "'; expected one of " + JobStatus.allWire()));
        int count = jobs.deleteByStatus(status);
        Envelope.ok(ctx, Map.of("message", "Cleared " + count + " " + status.wire() + " jobs", "count", count));
    }

    private Map<String, Object> full(Job job) {
        return jobs.view().full(job);
    }

    private Map<String, Object> summary(JobActions.Request request, List<JobActions.Result> results, int completed) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("action", request.action().wire());
        m.put("requested", request.jobIds().size());
        m.put("completed", completed);
        m.put("succeeded", results.stream().filter(JobActions.Result::ok).count());
        m.put("failed", results.stream().filter(r -> !r.ok()).count());
        m.put("results", results.stream().map(this::result).collect(Collectors.toList()));
        return m;
    }

    private Map<String, Object> result(JobActions.Result result) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("jobId", result.jobId());
        m.put("ok", result.ok());
        if (result.ok()) {
            m.put("job", jobs.view().listItem(result.job()));
        } else {
            m.put("error", Map.of("code", ErrorCode.of(result.error()).name(), "message", result.error().getMessage()));
        }
        return m;
    }

    private static void send(OutputStream out, Map<String, Object> event) throws IOException {
        out.write(("data: " + Json.write(event) + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    static String id(Context ctx) {
        String id = ctx.pathParam("id");
        if (id.length() > 64) {
            throw InvalidRequest.field("id", "is not a job id");
        }
        return id;
    }

    private static Map<String, Integer> byStatus(Map<JobStatus, Integer> counts) {
        Map<String, Integer> out = new LinkedHashMap<>();
        counts.forEach((status, n) -> out.put(status.wire(), n));
        return out;
    }

    private static String revisionString(JobRepository.Revision revision, Set<JobStatus> statuses) {
        String latest = revision.latestUpdatedAt() == null ? "none" : Long.toString(revision.latestUpdatedAt().toEpochMilli());
        String filter = statuses.isEmpty() ? "all" : statuses.stream().map(JobStatus::wire).sorted()
                .collect(Collectors.joining(","));
        return latest + ":" + revision.count() + ":" + filter;
    }

    /** Parses {@code If-Match: "<updatedAt>"} (ISO-8601 or epoch millis, quotes and W/ optional). */
    static Instant ifMatch(String header) {
        if (header == null || header.isBlank() || header.trim().equals("*")) {
            return null;
        }
        String value = header.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "").trim();
        try {
            return value.chars().allMatch(Character::isDigit) ? Instant.ofEpochMilli(Long.parseLong(value))
                    : Instant.parse(value);
        } catch (DateTimeParseException | NumberFormatException e) {
            throw InvalidRequest.field("If-Match", "must be the job's updatedAt, e.g. \"2026-12-03T10:15:30.123Z\"");
        }
    }
}
