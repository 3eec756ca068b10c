package io.jobwright.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.jobwright.error.JobwrightException;
import io.jobwright.logging.Redactor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns every exception a handler throws into its envelope, in one place. No stack trace reaches a client. */
final class ErrorMapping {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);

    private ErrorMapping() {
    }

    static void register(RoutesConfig routes) {
        routes.exception(JobwrightException.class, (e, ctx) -> {
            ErrorCode code = ErrorCode.of(e);
            if (code.status() >= 500) {
                LOG.warn("Request failed: {} {}", code, Redactor.text(e.getMessage()));
            }
            Envelope.error(ctx, code, Redactor.text(e.getMessage()), e.details().isEmpty() ? null : Redactor.value(e.details()));
        });
        routes.exception(HttpResponseException.class, (e, ctx) -> {
            ErrorCode code = ErrorCode.forStatus(e.getStatus());
            String message = e.getStatus() == 413 ? "Request body is too large" : e.getMessage();
            Envelope.error(ctx, code, message, null);
        });
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("Unexpected error on {} {}: {}", ctx.method(), ctx.path(), Redactor.text(String.valueOf(e)), e);
            Envelope.error(ctx, ErrorCode.INTERNAL_ERROR, "Something went wrong on our side; the details are in the server log.", null);
        });
        routes.error(404, ctx -> {
            if (isUnanswered(ctx)) {
                Envelope.error(ctx, ErrorCode.NOT_FOUND, "Route not found: " + ctx.method() + " " + ctx.path(), null);
            }
        });
        routes.error(405, ctx -> {
            if (isUnanswered(ctx)) {
                Envelope.error(ctx, ErrorCode.NOT_FOUND, "Route not found: " + ctx.method() + " " + ctx.path(), null);
            }
        });
    }

    private static boolean isUnanswered(Context ctx) {
        String result = ctx.result();
        return result == null || result.isEmpty() || result.equals("Not Found") || result.equals("Endpoint "
                + ctx.method() + " " + ctx.path() + " not found");
    }
}
