package io.jobwright.web;

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
}
