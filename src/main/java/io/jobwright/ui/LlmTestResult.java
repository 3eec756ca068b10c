package io.jobwright.ui;

import java.util.Map;

/**
 * What the Test button shows: whether the connection answered, and otherwise what went wrong and what to check.
 *
 * @param problem the check's problem code ({@code bad_key}, {@code unreachable}…), or null
 */
public record LlmTestResult(boolean ok, String summary, String message, String problem) {

    /** The result of {@code ConnectionCheck.run}, in words. */
    static LlmTestResult of(Map<String, Object> check) {
        boolean ok = Boolean.TRUE.equals(check.get("ok"));
        String target = check.get("provider") + (check.get("model") == null ? "" : " / " + check.get("model"));
        if (ok) {
            return new LlmTestResult(true, "Connected to " + target + " in " + check.get("latencyMs") + " ms.",
                    "The model answered in " + check.get("outputMode") + " mode; scoring and tailoring will use it.", null);
        }
        String problem = String.valueOf(check.get("problem"));
        return new LlmTestResult(false, "No working connection to " + target + " (" + problem.replace('_', ' ') + ").",
                String.valueOf(check.get("message")), problem);
    }

    /** The check was refused before anything was sent (no provider, a bad URL…). */
    static LlmTestResult refused(String message) {
        return new LlmTestResult(false, "Nothing was tested.", SettingsPages.capitalize(message), "invalid");
    }
}
