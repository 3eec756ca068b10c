package io.jobwright.pipeline;

/** A step cannot go on; the run fails with this message. */
final class RunFailed extends RuntimeException {
    RunFailed(String message) {
        super(message, null, false, false);
    }
}
