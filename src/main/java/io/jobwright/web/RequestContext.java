package io.jobwright.web;

import io.javalin.http.Context;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * Gives every request an id: the caller's {@code x-request-id} when it is a sane token, else a fresh UUID. The id
 * is echoed in the response header and the envelope, and sits in the logging MDC for the request's duration.
 */
public final class RequestContext {

    public static final String HEADER = "x-request-id";
    public static final String MDC_REQUEST_ID = "requestId";
    private static final String ATTRIBUTE = "jobwright.requestId";
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._:@/+=-]{1,128}");

    private RequestContext() {
    }

    /** Assigns the request id; runs first for every request. */
    static void begin(Context ctx) {
        String incoming = ctx.header(HEADER);
        String id = incoming != null && SAFE_ID.matcher(incoming.trim()).matches()
                ? incoming.trim() : UUID.randomUUID().toString();
        ctx.attribute(ATTRIBUTE, id);
        ctx.header(HEADER, id);
        MDC.clear();
        MDC.put(MDC_REQUEST_ID, id);
    }

    /** The request's id (assigned by {@link #begin}). */
    public static String requestId(Context ctx) {
        String id = ctx.attribute(ATTRIBUTE);
        return id != null ? id : "none";
    }
}
