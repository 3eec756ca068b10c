package io.jobwright.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.jobwright.error.InvalidRequest;
import io.jobwright.error.Unauthorized;
import java.util.Optional;

/** Reads request input strictly: size-capped bodies, JSON objects only, typed query parameters. */
public final class Requests {

    private static long maxBodyBytes = 1024 * 1024;

    private Requests() {
    }

    static void maxBodyBytes(long limit) {
        maxBodyBytes = limit;
    }

    /** The body as a JSON object; an empty body is an empty object. */
    public static ObjectNode object(Context ctx) {
        JsonNode node = json(ctx);
        if (node == null || node.isNull()) {
            return Json.MAPPER.createObjectNode();
        }
        if (!(node instanceof ObjectNode object)) {
            throw new InvalidRequest("Request body must be a JSON object");
        }
        return object;
    }

    /**
     * The body as a JSON object that may hold only the {@code allowed} fields.
     *
     * @throws InvalidRequest naming every unknown field, so a typo never silently does nothing
     */
    public static ObjectNode object(Context ctx, String... allowed) {
        ObjectNode body = object(ctx);
        rejectUnknown(body, java.util.Set.of(allowed), "");
        return body;
    }

    /**
     * Refuses fields of {@code object} outside {@code allowed}; {@code prefix} (like {@code "job."}) qualifies the
     * names in the message.
     *
     * @throws InvalidRequest naming every unknown field
     */
    public static void rejectUnknown(ObjectNode object, java.util.Set<String> allowed, String prefix) {
        java.util.List<String> unknown = new java.util.ArrayList<>();
        object.fieldNames().forEachRemaining(name -> {
            if (!allowed.contains(name)) {
                unknown.add(prefix + name);
            }
        });
        if (!unknown.isEmpty()) {
            throw new InvalidRequest("Unknown field" + (unknown.size() > 1 ? "s" : "") + ": " + String.join(", ", unknown)
                    + "; expected " + String.join(", ", new java.util.TreeSet<>(allowed)),
                    java.util.Map.of("unknownFields", unknown));
        }
    }

    /** The body parsed as JSON, or {@code null} when it is empty. */
    public static JsonNode json(Context ctx) {
        byte[] body = bytes(ctx, maxBodyBytes);
        if (body.length == 0) {
            return null;
        }
        try {
            return Json.MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new InvalidRequest("Malformed JSON at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw new InvalidRequest("Cannot read the request body: " + e.getMessage());
        }
    }

    /** The raw body, refused when larger than {@code limit} bytes. */
    public static byte[] bytes(Context ctx, long limit) {
        // Read the body (Javalin caps it at the server-wide maximum) before refusing it: answering while the client
        // is still sending makes Jetty drop the connection, and the client would never see the error.
        byte[] body = ctx.bodyAsBytes();
        if (body.length > limit) {
            throw tooLarge(limit);
        }
        return body;
    }

    /** An optional boolean query parameter: {@code true|1|yes} or {@code false|0|no}. */
    public static boolean flag(Context ctx, String name) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return false;
        }
        return switch (raw.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw InvalidRequest.field(name, "must be true or false, got '" + raw + "'");
        };
    }

    /** An optional integer query parameter within bounds. */
    public static Optional<Integer> integer(Context ctx, String name, int min, int max) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value < min || value > max) {
                throw InvalidRequest.field(name, "must be between " + min + " and " + max + ", got " + value);
            }
            return Optional.of(value);
        } catch (NumberFormatException e) {
            throw InvalidRequest.field(name, "must be a whole number, got '" + raw + "'");
        }
    }

    /** The authenticated caller (the access filter guarantees one on protected routes). */
    public static Principal principal(Context ctx) {
        Principal principal = ctx.attribute(AccessFilter.PRINCIPAL);
        if (principal == null) {
            throw new Unauthorized("Authentication required");
        }
        return principal;
    }

    private static InvalidRequest tooLarge(long limit) {
        return new InvalidRequest("Request body is larger than the limit of " + (limit / 1024) + " KB");
    }
}
