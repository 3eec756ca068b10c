package io.jobwright.pipeline;

import io.javalin.http.sse.SseClient;
import io.jobwright.error.InvalidRequest;
import io.jobwright.web.Envelope;
import io.jobwright.web.Requests;
import io.jobwright.web.RouteModule;
import io.jobwright.web.Routes;
import java.util.LinkedHashMap;
import java.util.Map;

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
        routes.sse("/api/pipeline/progress", this::stream);
        routes.post("/api/pipeline/cancel", ctx -> Envelope.ok(ctx, pipeline.cancel()));
    }

    private void stream(SseClient client) {
        client.ctx().header("Cache-Control", "no-cache, no-transform");
        client.ctx().header("X-Accel-Buffering", "no");
        client.keepAlive();
        ProgressFeed.Subscriber subscriber = new ProgressFeed.Subscriber() {
            @Override
            public boolean data(String json) {
                client.sendData(json);
                return !client.terminated();
            }

            @Override
            public boolean comment(String text) {
                client.sendComment(text);
                return !client.terminated();
            }
        };
        client.onClose(() -> pipeline.feed().unsubscribe(subscriber));
        pipeline.feed().subscribe(subscriber);
    }
}
