package io.jobwright.logging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes secrets and personal data from anything that leaves the process as a log line or an error detail:
 * values under secret-looking keys, bearer tokens, API keys, {@code key=value} secrets, emails and phone numbers.
 * Long strings are truncated and deep or wide structures bounded. Stateless and thread-safe.
 */
public final class Redactor {

    public static final String REDACTED = "[REDACTED]";
    static final int MAX_STRING = 800;
    static final int MAX_DEPTH = 5;
    static final int MAX_ITEMS = 30;

    private static final Pattern SECRET_KEY = Pattern.compile(
            "(?i).*(authorization|cookie|password|passwd|pass|secret|token|api.?key|credential|x-api-key).*");
    private static final Pattern KEY_VALUE_SECRET = Pattern.compile(
            "(?i)\\b(authorization|cookie|password|passwd|pass|secret|token|api[_-]?key|apikey|access[_-]?key|credential)"
                    + "(\"?\\s*[:=]\\s*\"?)([^\\s\",;&}]+)");
    private static final Pattern BEARER = Pattern.compile("(?i)\\b(bearer|basic)\\s+[A-Za-z0-9._~+/=-]{6,}");
    private static final Pattern API_KEY = Pattern.compile(
            "\\b(sk|pk|rk|jw|xox[abp]|ghp|gho|glpat|AIza)[-_A-Za-z0-9]{10,}");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    private static final Pattern PHONE = Pattern.compile("(?<![\\w.])\\+?\\d[\\d ()./-]{7,}\\d(?![\\w])");

    private Redactor() {
    }

    /** A string with secrets and personal data masked, truncated to about 800 characters. */
    public static String text(String value) {
        if (value == null) {
            return null;
        }
        String masked = mask(value);
        if (masked.length() > MAX_STRING) {
            return masked.substring(0, MAX_STRING) + "…(truncated " + (masked.length() - MAX_STRING) + " chars)";
        }
        return masked;
    }

    /** A deep copy of maps, lists and scalars with secrets masked and size bounded. */
    public static Object value(Object value) {
        return value(value, 0);
    }

    private static Object value(Object value, int depth) {
        if (value == null || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (depth >= MAX_DEPTH) {
            return "[TRUNCATED_DEPTH]";
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            int count = 0;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (count++ == MAX_ITEMS) {
                    out.put("__truncatedKeys", map.size() - MAX_ITEMS);
                    break;
                }
                String key = String.valueOf(entry.getKey());
                out.put(key, isSecretKey(key) ? REDACTED : value(entry.getValue(), depth + 1));
            }
            return out;
        }
        if (value instanceof Iterable<?> items) {
            List<Object> out = new ArrayList<>();
            int count = 0;
            for (Object item : items) {
                if (count++ == MAX_ITEMS) {
                    out.add("[TRUNCATED_ITEMS]");
                    break;
                }
                out.add(value(item, depth + 1));
            }
            return out;
        }
        return text(String.valueOf(value));
    }

    /** Whether a field of this name holds a secret whatever its value looks like. */
    public static boolean isSecretKey(String key) {
        return SECRET_KEY.matcher(key).matches();
    }

    private static String mask(String value) {
        String out = replace(KEY_VALUE_SECRET.matcher(value), m -> m.group(1) + m.group(2) + REDACTED);
        out = BEARER.matcher(out).replaceAll(m -> m.group(1) + " " + REDACTED);
        out = API_KEY.matcher(out).replaceAll(REDACTED);
        out = EMAIL.matcher(out).replaceAll("[EMAIL]");
        out = PHONE.matcher(out).replaceAll("[PHONE]");
        return out;
    }

    private static String replace(Matcher matcher, java.util.function.Function<java.util.regex.MatchResult, String> with) {
        return matcher.replaceAll(m -> Matcher.quoteReplacement(with.apply(m)));
    }
}
