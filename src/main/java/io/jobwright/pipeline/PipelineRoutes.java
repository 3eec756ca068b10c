package io.jobwright.pipeline;

import io.javalin.http.Context;
import io.jobwright.error.InvalidRequest;
import io.jobwright.web.Envelope;
import io.jobwright.web.Requests;
import io.jobwright.web.RouteModule;
import io.jobwright.web.Routes;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/** {@code /api/pipeline}: start, cancel and watch runs. Thin: each handler parses, calls the service, answers. */
public final class PipelineRoutes implements RouteModule {

    private final PipelineService pipeline;

    public PipelineRoutes(PipelineService pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    public void register(Routes routes) {
        routes.post("/api/pipeline/run", ctx -> {
            RunView run = pipeline.start(RunRequest.fromJson(Requests.json(ctx)));
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("message", "Search started");
            out.put("pipelineRunId", run.id());
            out.put("run", run.toMap());
            Envelope.ok(ctx, 202, out);
        });
        routes.get("/api/pipeline/status", ctx -> Envelope.ok(ctx, pipeline.status()));
        routes.get("/api/pipeline/runs", ctx -> Envelope.ok(ctx, pipeline.recent().stream().map(RunView::toMap).toList()));
        routes.get("/api/pipeline/runs/{id}", ctx -> {
            String id = ctx.pathParam("id");
            if (id.length() > 64) {
                throw InvalidRequest.field("id", "is not a pipeline run id");
            }
            Envelope.ok(ctx, pipeline.get(id).toMap());
        });
        routes.get("/api/pipeline/progress/snapshot", ctx -> Envelope.ok(ctx, pipeline.progress()));
        routes.get("/api/pipeline/progress", this::stream);
        routes.post("/api/pipeline/cancel", ctx -> Envelope.ok(ctx, pipeline.cancel()));
    }

    /**
     * Server-sent events in JobOps' format ({@code data: <json>} and a blank line, no event names), whatever the
     * client's Accept header says. The handler's thread waits while the feed's thread writes; it returns when the
     * client goes away or the server stops.
     */
    private void stream(Context ctx) throws IOException, InterruptedException {
        ctx.status(200);
        ctx.res().setContentType("text/event-stream");
        ctx.res().setCharacterEncoding("UTF-8");
        ctx.res().setHeader("Cache-Control", "no-cache, no-transform");
        ctx.res().setHeader("X-Accel-Buffering", "no");
        OutputStream out = ctx.res().getOutputStream();
        out.flush();
        CountDownLatch gone = new CountDownLatch(1);
        ProgressFeed.Subscriber subscriber = new ProgressFeed.Subscriber() {
            @Override
            public boolean data(String json) {
                return write("data: " + json + "\n\n");
            }

            @Override
            public boolean comment(String text) {
                return write(": " + text + "\n\n");
            }

            @Override
            public void closed() {
                gone.countDown();
            }

            private synchronized boolean write(String event) {
                try {
                    out.write(event.getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    return true;
                } catch (IOException disconnected) {
                    gone.countDown();
                    return false;
                }
            }
        };
        pipeline.feed().subscribe(subscriber);
        try {
            gone.await();
        } finally {
            pipeline.feed().unsubscribe(subscriber);
        }
    }
}
