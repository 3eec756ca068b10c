package io.jobwright.logging;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes secrets and personal data from anything that leaves the process as a log line or an error detail:
 * values under secret-looking keys, bearer tokens, API keys, {@code key=value} secrets, emails and phone numbers.
 * Long strings are truncated and deep or wide structures bounded, following JobOps' {@code sanitizeUnknown}.
 * Stateless and thread-safe.
 */
public final class Redactor {

    /** What a secret is replaced with. */
    public static final String REDACTED = "[REDACTED]";
    static final String EMAIL_MASK = "[EMAIL]";
    static final String PHONE_MASK = "[PHONE]";
    static final String TRUNCATED_DEPTH = "[TRUNCATED_DEPTH]";
    static final int MAX_STRING = 800;
    static final int MAX_DEPTH = 5;
    static final int MAX_ITEMS = 30;
    /**
     * How much of a long string is masked before it is cut at {@link #MAX_STRING}: a margin past the cut so a
     * secret straddling it is still recognised, without running the patterns over megabytes of job description.
     */
    private static final int MASK_WINDOW = MAX_STRING + 256;

    private static final Pattern SECRET_KEY = Pattern.compile(
            "(?i).*(authorization|cookie|password|passwd|pass|secret|token|api.?key|credential|private.?key|csrf"
                    + "|session.?id).*");
    /** Keys that merely count LLM tokens; redacting them would hide useful numbers and protect nothing. */
    private static final Pattern TOKEN_COUNT_KEY = Pattern.compile(
            "(?i)(max|min|prompt|completion|total|input|output|used)[_-]?tokens?|tokens?[_-]?(count|used|usage|limit)");
    private static final Pattern KEY_VALUE_SECRET = Pattern.compile(
            "(?i)\\b([\\w-]*?(?:authorization|cookie|password|passwd|passphrase|secret|token|api[_-]?key"
                    + "|access[_-]?key|private[_-]?key|credentials?|session|csrf))"
                    + "(\"?\\s*[:=]\\s*)(\"[^\"]*\"|'[^']*'|(?:(?:bearer|basic)\\s+)?[^\\s\",;&}]+)");
    /** A cookie header holds several {@code name=value} pairs, any of which may be a session: mask the whole line. */
    private static final Pattern COOKIE_HEADER = Pattern.compile("(?i)\\b((?:set-)?cookie)(\\s*:\\s*)[^\\r\\n]+");
    private static final Pattern BEARER = Pattern.compile("(?i)\\b(bearer|basic)\\s+[A-Za-z0-9._~+/=-]{6,}");
    /** Vendor key shapes: a known prefix, a separator, then a long random tail (so "skippedJobs" is no key). */
    private static final Pattern API_KEY = Pattern.compile(
            "\\b(?:(?:sk|pk|rk|jw)[-_]|xox[abpr]-|gh[pousr]_|glpat-|AIza)[A-Za-z0-9_-]{10,}");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    /**
     * A run of digits and phone separators that could be a phone number; {@link #looksLikePhone} then decides.
     * It may not start inside a word, a dotted number or a hyphenated id, nor stop just before more digits, so
     * IPs, UUIDs, timestamps and versions never yield a fragment. The bounded middle keeps backtracking cheap.
     */
    private static final Pattern PHONE_CANDIDATE = Pattern.compile(
            "(?<![\\w.+/-])(?:\\+|\\(\\+?)?\\d[\\d ().-]{7,22}\\d(?!\\w|[.:/-]?\\d)");
    private static final Pattern DOUBLE_SEPARATOR = Pattern.compile("[ .-]{2,}");
    private static final Pattern PARENTHESES = Pattern.compile("[^()]*(\\(\\+?\\d{1,4}\\)[^()]*)?");
    private static final Pattern DOTTED_PHONE = Pattern.compile("(\\+\\d{1,3}\\.)?\\(?\\d{3}\\)?\\.\\d{3}\\.\\d{4}");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}(?!\\d)");
    private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}([ .]\\d{3}){2,}");

    private Redactor() {
    }

    /**
     * A string with secrets and personal data masked, cut after {@value #MAX_STRING} characters with a
     * {@code …(truncated N chars)} suffix.
     *
     * @param value any text, may be {@code null}
     * @return the masked text, or {@code null} for {@code null}
     */
    public static String text(String value) {
        if (value == null) {
            return null;
        }
        String window = value.length() > MASK_WINDOW ? value.substring(0, MASK_WINDOW) : value;
        String masked = mask(window);
        int total = masked.length() + (value.length() - window.length());
        if (total <= MAX_STRING) {
            return masked;
        }
        int cut = Math.min(MAX_STRING, masked.length());
        if (cut > 0 && Character.isHighSurrogate(masked.charAt(cut - 1))) {
            cut--;
        }
        return masked.substring(0, cut) + "…(truncated " + (total - cut) + " chars)";
    }

    /**
     * A deep copy of maps, collections, arrays, throwables and scalars with secrets masked: values under
     * secret-looking keys become {@link #REDACTED}, strings go through {@link #text}, anything nested deeper than
     * {@value #MAX_DEPTH} levels becomes {@code [TRUNCATED_DEPTH]}, lists keep {@value #MAX_ITEMS} items plus a
     * {@code [TRUNCATED_ITEMS n]} marker and maps {@value #MAX_ITEMS} keys plus {@code __truncatedKeys: n}.
     * Other objects are rendered with {@code toString()} and masked as text.
     *
     * @param value anything, may be {@code null}
     * @return only maps with string keys, lists, strings, numbers, booleans and {@code null}
     */
    public static Object value(Object value) {
        return value(value, 0);
    }

    /**
     * Whether a field of this name holds a secret whatever its value looks like (password, token, apiKey,
     * authorization, cookie…). Counters such as {@code maxTokens} are not secrets.
     *
     * @param key a field, header or map key; {@code null} is not secret
     * @return {@code true} when the value must be replaced by {@link #REDACTED}
     */
    public static boolean isSecretKey(String key) {
        return key != null && SECRET_KEY.matcher(key).matches() && !TOKEN_COUNT_KEY.matcher(key).matches();
    }

    private static Object value(Object value, int depth) {
        if (depth > MAX_DEPTH) {
            return TRUNCATED_DEPTH;
        }
        return switch (value) {
            case null -> null;
            case Number number -> number;
            case Boolean bool -> bool;
            case CharSequence chars -> text(chars.toString());
            case Map<?, ?> map -> map(map, depth);
            case Iterable<?> items -> list(items, depth);
            case Object[] items -> list(Arrays.asList(items), depth);
            case Throwable error -> throwable(error, depth);
            default -> text(String.valueOf(value));
        };
    }

    private static Map<String, Object> map(Map<?, ?> map, int depth) {
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

    private static List<Object> list(Iterable<?> items, int depth) {
        List<Object> out = new ArrayList<>();
        int extra = 0;
        for (Object item : items) {
            if (out.size() < MAX_ITEMS) {
                out.add(value(item, depth + 1));
            } else if (items instanceof Collection<?> known) {
                extra = known.size() - MAX_ITEMS;
                break;
            } else {
                extra++;
            }
        }
        if (extra > 0) {
            out.add("[TRUNCATED_ITEMS " + extra + "]");
        }
        return out;
    }

    private static Map<String, Object> throwable(Throwable error, int depth) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", error.getClass().getName());
        out.put("message", text(error.getMessage()));
        if (error.getCause() != null && error.getCause() != error) {
            out.put("cause", value(error.getCause(), depth + 1));
        }
        return out;
    }

    private static String mask(String value) {
        String out = COOKIE_HEADER.matcher(value).replaceAll(m -> Matcher.quoteReplacement(
                m.group(1) + m.group(2) + REDACTED));
        out = KEY_VALUE_SECRET.matcher(out).replaceAll(m -> Matcher.quoteReplacement(
                m.group(1) + m.group(2) + quoted(m.group(3))));
        out = BEARER.matcher(out).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + " " + REDACTED));
        out = API_KEY.matcher(out).replaceAll(Matcher.quoteReplacement(REDACTED));
        out = EMAIL.matcher(out).replaceAll(Matcher.quoteReplacement(EMAIL_MASK));
        return PHONE_CANDIDATE.matcher(out).replaceAll(m -> Matcher.quoteReplacement(
                looksLikePhone(m.group()) ? PHONE_MASK : m.group()));
    }

    /** Keeps the quotes of a quoted secret so JSON-ish text stays readable after masking. */
    private static String quoted(String secret) {
        char first = secret.charAt(0);
        return first == '"' || first == '\'' ? first + REDACTED + first : REDACTED;
    }

    /**
     * Whether a candidate run is a phone number rather than a count, id, amount, IP, date or version: 9 to 15
     * digits (E.164 allows at most 15), a leading {@code +} or at least one separator (a bare long number is an
     * id or epoch millis), single separators, at most one parenthesised area code, dots only in the
     * {@code 555.123.4567} shape, no {@code yyyy-mm-dd} and no thousands grouping.
     */
    static boolean looksLikePhone(String candidate) {
        int digits = 0;
        for (int i = 0; i < candidate.length(); i++) {
            if (Character.isDigit(candidate.charAt(i))) {
                digits++;
            }
        }
        if (digits < 9 || digits > 15) {
            return false;
        }
        boolean international = candidate.startsWith("+") || candidate.startsWith("(+");
        if (!international && digits == candidate.length()) {
            return false;
        }
        if (DOUBLE_SEPARATOR.matcher(candidate).find() || !PARENTHESES.matcher(candidate).matches()) {
            return false;
        }
        if (candidate.indexOf('.') >= 0 && !DOTTED_PHONE.matcher(candidate).matches()) {
            return false;
        }
        if (ISO_DATE.matcher(candidate).find()) {
            return false;
        }
        return international || !THOUSANDS.matcher(candidate).matches();
    }
}
