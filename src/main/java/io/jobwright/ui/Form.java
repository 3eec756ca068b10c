package io.jobwright.ui;

import io.jobwright.error.JobwrightException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a form shows back after a refused submit: the values the user typed and an error beside each field (or one
 * for the whole form). Templates read it; routes fill it.
 */
public final class Form {

    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();
    private String message;

    /** An empty form. */
    static Form empty() {
        return new Form();
    }

    /** The typed value of {@code field}, or "" (never null, so templates can print it). */
    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    /** The error to show beside {@code field}, or null. */
    public String error(String field) {
        return errors.get(field);
    }

    /** The error for the whole form, or null. */
    public String message() {
        return message;
    }

    /** True when any error is set. */
    public boolean hasErrors() {
        return message != null || !errors.isEmpty();
    }

    Form value(String field, String value) {
        values.put(field, value == null ? "" : value);
        return this;
    }

    Form error(String field, String error) {
        errors.put(field, error);
        return this;
    }

    Form message(String text) {
        message = text;
        return this;
    }

    /** Puts a service's refusal beside the field it names, or on the whole form when it names none. */
    Form refused(JobwrightException e) {
        Object field = e.details().get("field");
        String text = e.getMessage();
        if (field instanceof String name) {
            String prefix = name + ": ";
            errors.put(name, text.startsWith(prefix) ? capitalize(text.substring(prefix.length())) : text);
        } else {
            message = text;
        }
        return this;
    }

    private static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
