package io.jobwright.web;

import io.jobwright.error.Conflict;
import io.jobwright.error.Forbidden;
import io.jobwright.error.InvalidRequest;
import io.jobwright.error.JobwrightException;
import io.jobwright.error.NotFound;
import io.jobwright.error.Timeout;
import io.jobwright.error.Unauthorized;
import io.jobwright.error.Unavailable;
import io.jobwright.error.Unprocessable;
import io.jobwright.error.Upstream;

/** The envelope's error codes and the HTTP status each one travels with. */
public enum ErrorCode {
    INVALID_REQUEST(400),
    UNAUTHORIZED(401),
    FORBIDDEN(403),
    NOT_FOUND(404),
    REQUEST_TIMEOUT(408),
    CONFLICT(409),
    UNPROCESSABLE_ENTITY(422),
    INTERNAL_ERROR(500),
    UPSTREAM_ERROR(502),
    SERVICE_UNAVAILABLE(503);

    private final int status;

    ErrorCode(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }

    /** The code for an HTTP status; unknown statuses are internal errors. */
    public static ErrorCode forStatus(int status) {
        for (ErrorCode code : values()) {
            if (code.status == status) {
                return code;
            }
        }
        return status == 413 ? INVALID_REQUEST : INTERNAL_ERROR;
    }

    /** The code for one of our exceptions. */
    public static ErrorCode of(JobwrightException e) {
        return switch (e) {
            case InvalidRequest ignored -> INVALID_REQUEST;
            case Unauthorized ignored -> UNAUTHORIZED;
            case Forbidden ignored -> FORBIDDEN;
            case NotFound ignored -> NOT_FOUND;
            case Conflict ignored -> CONFLICT;
            case Unprocessable ignored -> UNPROCESSABLE_ENTITY;
            case Upstream ignored -> UPSTREAM_ERROR;
            case Timeout ignored -> REQUEST_TIMEOUT;
            case Unavailable ignored -> SERVICE_UNAVAILABLE;
        };
    }
}
