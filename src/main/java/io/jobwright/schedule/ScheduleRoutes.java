package io.jobwright.schedule;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jobwright.error.InvalidRequest;
import io.jobwright.web.Envelope;
import io.jobwright.web.Requests;
import io.jobwright.web.RouteModule;
import io.jobwright.web.Routes;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;

/** {@code /api/schedules} (recurring runs) and {@code /api/expiry} (the nightly expiry sweep). */
public final class ScheduleRoutes implements RouteModule {

    private static final int MAX_NAME = 200;
    private static final int MAX_SETTINGS_CHARS = 64 * 1024;
    private static final String[] FIELDS = {"name", "daily", "cron", "timezone", "runSettings", "enabled"};

    private final ScheduleService schedules;
    private final ExpiryPlan expiry;
    private final ZoneId defaultZone;
    private final Clock clock;

    public ScheduleRoutes(ScheduleService schedules, ExpiryPlan expiry, ZoneId defaultZone, Clock clock) {
        this.schedules = schedules;
        this.expiry = expiry;
        this.defaultZone = defaultZone;
        this.clock = clock;
    }

    @Override
    public void register(Routes routes) {
        routes.get("/api/schedules", ctx -> Envelope.ok(ctx, schedules.list().stream().map(Schedule::view).toList()));
        routes.post("/api/schedules", ctx -> {
            ObjectNode body = Requests.object(ctx, FIELDS);
            Envelope.ok(ctx, 201, schedules.create(definition(body, null)).view());
        });
        routes.get("/api/schedules/{id}", ctx -> Envelope.ok(ctx, schedules.get(ctx.pathParam("id")).view()));
        routes.patch("/api/schedules/{id}", ctx -> {
            ObjectNode body = Requests.object(ctx, FIELDS);
            Schedule current = schedules.get(ctx.pathParam("id"));
            Envelope.ok(ctx, schedules.patch(current.id(), definition(body, current.timing())).view());
        });
        routes.delete("/api/schedules/{id}", ctx -> {
            schedules.delete(ctx.pathParam("id"));
            Envelope.ok(ctx, Map.of("deleted", true));
        });
        routes.get("/api/expiry", ctx -> Envelope.ok(ctx, expiry.status()));
        routes.post("/api/expiry/run", ctx -> Envelope.ok(ctx, 202, Map.of("plannedAt", expiry.runNow().toString())));
    }

    /**
     * Reads a schedule body; {@code current} is the timing being changed (PATCH), or null for a new schedule. A new
     * time zone alone keeps the current daily time or cron expression.
     */
    private ScheduleService.Definition definition(ObjectNode body, Timing current) {
        String name = null;
        if (body.has("name")) {
            name = text(body, "name");
            if (name == null) {
                throw InvalidRequest.field("name", "must be a non-empty string");
            }
            if (name.length() > MAX_NAME) {
                throw InvalidRequest.field("name", "must be at most " + MAX_NAME + " characters");
            }
        }
        String daily = text(body, "daily");
        String cron = text(body, "cron");
        if (daily != null && cron != null) {
            throw InvalidRequest.field("cron", "give either daily or cron, not both");
        }
        String zoneName = text(body, "timezone");
        ZoneId zone = zoneName != null ? Timing.zone(zoneName) : current != null ? current.zone() : defaultZone;
        Timing timing = null;
        if (daily != null) {
            timing = Timing.daily(daily, zone);
        } else if (cron != null) {
            timing = Timing.cron(cron, zone, clock.instant());
        } else if (current != null && zoneName != null) {
            timing = current.kind() == Timing.Kind.DAILY ? Timing.daily(current.expression(), zone)
                    : Timing.cron(current.expression(), zone, clock.instant());
        }
        JsonNode settings = body.get("runSettings");
        if (settings != null && !settings.isNull()) {
            if (!settings.isObject()) {
                throw InvalidRequest.field("runSettings", "must be a JSON object (the body of POST /api/pipeline/run)");
            }
            if (settings.toString().length() > MAX_SETTINGS_CHARS) {
                throw InvalidRequest.field("runSettings", "must be at most " + MAX_SETTINGS_CHARS / 1024 + " KB");
            }
        } else {
            settings = null;
        }
        Boolean enabled = null;
        JsonNode e = body.get("enabled");
        if (e != null && !e.isNull()) {
            if (!e.isBoolean()) {
                throw InvalidRequest.field("enabled", "must be true or false");
            }
            enabled = e.asBoolean();
        }
        return new ScheduleService.Definition(name, timing, settings, enabled);
    }

    private static String text(ObjectNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw InvalidRequest.field(field, "must be a string");
        }
        return v.asText().isBlank() ? null : v.asText().trim();
    }
}
