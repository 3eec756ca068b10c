package io.jobwright.ai.llm;

import io.javalin.http.Context;
import io.jobwright.web.Envelope;
import io.jobwright.web.Requests;
import io.jobwright.web.RouteModule;
import io.jobwright.web.Routes;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code POST /api/settings/llm/test} (check a connection), {@code GET /api/settings/llm/usage} (recent calls and
 * totals) and {@code GET /api/settings/prompts} (the built-in prompt templates and their placeholders).
 */
public final class LlmRoutes implements RouteModule {

    private final ConnectionCheck check;
    private final LlmUsageLog usage;

    public LlmRoutes(LlmClient client, LlmUsageLog usage) {
        this.check = new ConnectionCheck(client);
        this.usage = usage;
    }

    @Override
    public void register(Routes routes) {
        routes.post("/api/settings/llm/test", this::test)
                .get("/api/settings/llm/usage", this::usage)
                .get("/api/settings/prompts", this::prompts);
    }

    private void test(Context ctx) {
        Envelope.ok(ctx, check.run(Requests.object(ctx, "purpose", "provider", "baseUrl", "model", "apiKey")));
    }

    private void usage(Context ctx) {
        int limit = Requests.integer(ctx, "limit", 1, 1000).orElse(100);
        int days = Requests.integer(ctx, "days", 1, 3650).orElse(30);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("days", days);
        data.put("totals", usage.totalsSince(usage.clock().instant().minus(Duration.ofDays(days))));
        data.put("calls", usage.recent(limit));
        Envelope.ok(ctx, data);
    }

    private void prompts(Context ctx) {
        Envelope.ok(ctx, PromptTemplates.describe());
    }
}
