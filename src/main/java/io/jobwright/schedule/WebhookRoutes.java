package io.jobwright.schedule;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jobwright.error.InvalidRequest;
import io.jobwright.web.Envelope;
import io.jobwright.web.Requests;
import io.jobwright.web.RouteModule;
import io.jobwright.web.Routes;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code POST /api/webhook/trigger}: an external cron starts a run with the webhook secret as its bearer token. The
 * route is outside the user login; the secret is checked before the body is read.
 */
public final class WebhookRoutes implements RouteModule {

    private final WebhookTrigger trigger;

    public WebhookRoutes(WebhookTrigger trigger) {
        this.trigger = trigger;
    }

    @Override
    public void register(Routes routes) {
        routes.post("/api/webhook/trigger", ctx -> {
            trigger.authenticate(ctx.header("Authorization"));
            ObjectNode body = Requests.object(ctx, "scheduleId", "runSettings");
            String scheduleId = null;
            JsonNode id = body.get("scheduleId");
            if (id != null && !id.isNull()) {
                if (!id.isTextual() || id.asText().isBlank()) {
                    throw InvalidRequest.field("scheduleId", "must be a schedule id");
                }
                scheduleId = id.asText();
            }
            JsonNode settings = body.get("runSettings");
            if (settings != null && !settings.isNull()) {
                if (!settings.isObject()) {
                    throw InvalidRequest.field("runSettings", "must be a JSON object (the body of POST /api/pipeline/run)");
                }
                if (scheduleId != null) {
                    throw InvalidRequest.field("runSettings", "give either scheduleId or runSettings, not both");
                }
            } else {
                settings = null;
            }
            WebhookTrigger.Triggered started = trigger.trigger(scheduleId, settings);
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("message", "Pipeline run started");
            data.put("runId", started.runId());
            data.put("triggeredAt", started.triggeredAt().toString());
            data.put("scheduleId", started.scheduleId());
            Envelope.ok(ctx, 202, data);
        });
    }
}
