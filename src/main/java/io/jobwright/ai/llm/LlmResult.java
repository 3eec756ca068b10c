package io.jobwright.ai.llm;

import com.fasterxml.jackson.databind.JsonNode;
import io.jobwright.error.JobwrightException;
import io.jobwright.error.Timeout;
import io.jobwright.error.Upstream;

/** How an LLM call ended: a checked answer, the model declining, or a failure saying what happened. */
public sealed interface LlmResult {

    /** An answer that parsed and matched the request's schema. */
    record Reply(JsonNode json, LlmConnection connection, OutputMode mode) implements LlmResult {
    }

    /** The model (or the provider's safety filter) declined to answer. */
    record Refusal(LlmConnection connection, String message) implements LlmResult {
    }

    /** The call failed; {@code kind} says how, {@code message} explains it to the user. */
    record Failure(LlmConnection connection, Kind kind, String message) implements LlmResult {
    }

    /** What went wrong, coarsely, for the settings test and the usage log. */
    enum Kind {
        NOT_CONFIGURED, NO_KEY, NO_MODEL, BAD_KEY, UNKNOWN_MODEL, UNREACHABLE, TIMEOUT, RATE_LIMITED, SERVER_ERROR,
        REJECTED, BAD_ANSWER, CANCELLED;

        /** The lower-case name the API and the usage log use ({@code bad_key}). */
        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * The answer, or the failure as the error the user sees: {@code REQUEST_TIMEOUT} for a timeout,
     * {@code UPSTREAM_ERROR} for anything else, naming the provider.
     */
    default JsonNode orThrow() {
        return switch (this) {
            case Reply reply -> reply.json();
            case Refusal refusal -> throw new Upstream(service(refusal.connection()),
                    "the model declined to answer: " + refusal.message());
            case Failure failure -> throw asError(failure);
        };
    }

    private static JobwrightException asError(Failure failure) {
        return failure.kind() == Kind.TIMEOUT
                ? new Timeout(service(failure.connection()), failure.message())
                : new Upstream(service(failure.connection()), failure.message());
    }

    private static String service(LlmConnection connection) {
        return connection == null ? "LLM" : "LLM " + connection.describe();
    }
}
