package io.jobwright.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * What one request got back. A transport failure (refused connection, timeout) has status {@code -1} and the
 * exception's message as its body.
 */
record Reply(String method, String target, int status, byte[] body) {

    /** Whether the server answered with a 2xx status. */
    boolean ok() {
        return status >= 200 && status < 300;
    }

    /** The body parsed as JSON. */
    JsonNode json() {
        try {
            return BenchClient.JSON.readTree(body);
        } catch (IOException e) {
            throw new BenchFailure(method + " " + target + " answered " + status + " with a body that is not JSON: "
                    + excerpt());
        }
    }

    /** One line for a failure report: request, status and the start of the body. */
    String describe() {
        return method + " " + target + " -> " + (status < 0 ? "no response" : Integer.toString(status)) + " " + excerpt();
    }

    private String excerpt() {
        String text = new String(body, StandardCharsets.UTF_8).replaceAll("\\s+", " ").strip();
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
