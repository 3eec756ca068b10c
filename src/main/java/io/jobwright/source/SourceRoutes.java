package io.jobwright.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.jobwright.error.InvalidRequest;
import io.jobwright.web.Envelope;
import io.jobwright.web.Requests;
import io.jobwright.web.RouteModule;
import io.jobwright.web.Routes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /api/sources}: configured sources (CRUD), the known types, careers-page detection and health probes.
 */
public final class SourceRoutes implements RouteModule {

    private static final int MAX_PARAM = 2000;

    private final SourceService service;
    private final Detector detector;

    public SourceRoutes(SourceService service, Detector detector) {
        this.service = service;
        this.detector = detector;
    }

    @Override
    public void register(Routes routes) {
        routes.get("/api/sources", ctx -> Envelope.ok(ctx, service.list().stream().map(this::view).toList()));
        routes.get("/api/sources/types", ctx -> Envelope.ok(ctx, service.types().all().stream()
                .map(s -> typeView(s.type())).toList()));
        routes.post("/api/sources", ctx -> {
            ObjectNode body = Requests.object(ctx, "type", "name", "params", "enabled");
            String type = text(body, "type");
            if (type == null) {
                throw InvalidRequest.field("type", "is required");
            }
            service.types().get(type);
            SourceConfig created = service.create(type, text(body, "name"), params(body.get("params"), false),
                    bool(body, "enabled", true));
            Envelope.ok(ctx, 201, view(created));
        });
        routes.post("/api/sources/detect", ctx -> {
            ObjectNode body = Requests.object(ctx, "url");
            String url = text(body, "url");
            if (url == null) {
                throw InvalidRequest.field("url", "is required");
            }
            Detector.Detected found = detector.detect(url);
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("type", found.type());
            out.put("params", found.params());
            out.put("foundBy", found.foundBy());
            Envelope.ok(ctx, out);
        });
        routes.get("/api/sources/{id}", ctx -> Envelope.ok(ctx, view(service.get(ctx.pathParam("id")))));
        routes.patch("/api/sources/{id}", ctx -> {
            ObjectNode body = Requests.object(ctx, "name", "params", "enabled");
            Boolean enabled = body.has("enabled") ? bool(body, "enabled", true) : null;
            SourceConfig changed = service.patch(ctx.pathParam("id"), body.has("name") ? requiredName(body) : null,
                    body.has("params") ? params(body.get("params"), true) : null, enabled);
            Envelope.ok(ctx, view(changed));
        });
        routes.delete("/api/sources/{id}", ctx -> {
            service.delete(ctx.pathParam("id"));
            Envelope.ok(ctx, Map.of("deleted", true));
        });
        routes.get("/api/sources/{id}/health", ctx -> Envelope.ok(ctx, service.health(ctx.pathParam("id"))));
    }

    private Map<String, Object> view(SourceConfig config) {
        return config.view(service.types().has(config.type()) ? service.types().get(config.type()).type() : null);
    }

    private static Map<String, Object> typeView(SourceType type) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", type.name());
        m.put("label", type.label());
        m.put("params", type.params().stream().map(p -> Map.of("name", p.name(), "required", p.required(),
                "secret", p.secret(), "description", p.description())).toList());
        m.put("countries", type.countries());
        m.put("terms", type.terms());
        return m;
    }

    private static String requiredName(ObjectNode body) {
        String name = text(body, "name");
        if (name == null) {
            throw InvalidRequest.field("name", "must be a non-empty string");
        }
        return name;
    }

    /** Parameter values as strings; numbers and booleans are accepted and written as text; null removes (PATCH). */
    static Map<String, String> params(JsonNode node, boolean allowNull) {
        if (node == null || node.isNull()) {
            return Map.of();
        }
        if (!node.isObject()) {
            throw InvalidRequest.field("params", "must be an object of parameter names to values");
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (var it = node.fields(); it.hasNext(); ) {
            var e = it.next();
            String field = "params." + e.getKey();
            JsonNode v = e.getValue();
            if (v.isNull()) {
                if (!allowNull) {
                    throw InvalidRequest.field(field, "must be a string");
                }
                out.put(e.getKey(), null);
            } else if (v.isTextual() || v.isNumber() || v.isBoolean()) {
                String s = v.asText();
                if (s.length() > MAX_PARAM) {
                    throw InvalidRequest.field(field, "must be at most " + MAX_PARAM + " characters");
                }
                out.put(e.getKey(), s);
            } else {
                throw InvalidRequest.field(field, "must be a string");
            }
        }
        return out;
    }

    private static String text(ObjectNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw InvalidRequest.field(field, "must be a string");
        }
        return v.asText().isBlank() ? null : v.asText();
    }

    private static boolean bool(ObjectNode body, String field, boolean fallback) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.isBoolean()) {
            throw InvalidRequest.field(field, "must be true or false");
        }
        return v.asBoolean();
    }

}
