package io.jobwright.web;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes the JSON envelope every {@code /api/*} response uses:
 * {@code {"ok":true,"data":…,"meta":{"requestId":…}}} or {@code {"ok":false,"error":{code,message,details},"meta":…}}.
 */
public final class Envelope {

    private Envelope() {
    }

    /** 200 with {@code data}. */
    public static void ok(Context ctx, Object data) {
        ok(ctx, 200, data);
    }

    /** The given success status with {@code data}. */
    public static void ok(Context ctx, int status, Object data) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ok", true);
        body.put("data", data);
        body.put("meta", Map.of("requestId", RequestContext.requestId(ctx)));
        ctx.status(status).contentType("application/json").result(Json.write(body));
    }

    /** An error envelope; {@code details} must already be redacted. */
    public static void error(Context ctx, ErrorCode code, String message, Object details) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code.name());
        error.put("message", message);
        if (details != null) {
            error.put("details", details);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ok", false);
        body.put("error", error);
        body.put("meta", Map.of("requestId", RequestContext.requestId(ctx)));
        ctx.status(code.status()).contentType("application/json").result(Json.write(body));
    }
}
