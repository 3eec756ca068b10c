package io.jobwright.ai.offline;

import java.util.Locale;
import java.util.regex.Pattern;

/** Turns posting HTML or Markdown into plain text with line breaks kept, and folds text for matching. */
public final class PlainText {

    private static final Pattern SCRIPT = Pattern.compile("(?is)<(script|style)[^>]*>.*?</\\1\\s*>");
    private static final Pattern BLOCK = Pattern.compile("(?i)<\\s*(br|/p|/li|/h[1-6]|/div|/tr|li|p|h[1-6])\\b[^>]*>");
    private static final Pattern TAG = Pattern.compile("<[^>]{0,2000}>");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\u00A0]+");

    private PlainText() {
    }

    /** The text without tags, scripts or entities; line structure is kept. */
    public static String of(String htmlOrText) {
        if (htmlOrText == null) {
            return "";
        }
        String s = htmlOrText;
        if (s.indexOf('<') >= 0) {
            s = SCRIPT.matcher(s).replaceAll(" ");
            s = BLOCK.matcher(s).replaceAll("\n");
            s = TAG.matcher(s).replaceAll(" ");
        }
        if (s.indexOf('&') >= 0) {
            s = s.replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                    .replace("&quot;", "\"").replace("&#39;", "'").replace("&apos;", "'");
        }
        return SPACES.matcher(s).replaceAll(" ").strip();
    }

    /** Lower-cased text padded with spaces, so {@link #containsTerm} can match whole words at either end. */
    public static String fold(String text) {
        return " " + (text == null ? "" : text.toLowerCase(Locale.ROOT)) + " ";
    }

    /** Whether folded {@code text} contains {@code term} (lower case) as a whole word or phrase. */
    public static boolean containsTerm(String folded, String term) {
        int from = 0;
        while (true) {
            int at = folded.indexOf(term, from);
            if (at < 0) {
                return false;
            }
            int end = at + term.length();
            if (!wordChar(folded.charAt(at - 1 < 0 ? 0 : at - 1), at == 0)
                    && (end >= folded.length() || !wordChar(folded.charAt(end), false))) {
                return true;
            }
            from = at + 1;
        }
    }

    /** How often {@code term} occurs as a whole word in folded text. */
    static int countTerm(String folded, String term) {
        int count = 0;
        int from = 0;
        while (true) {
            int at = folded.indexOf(term, from);
            if (at < 0) {
                return count;
            }
            int end = at + term.length();
            if (!wordChar(folded.charAt(Math.max(0, at - 1)), at == 0)
                    && (end >= folded.length() || !wordChar(folded.charAt(end), false))) {
                count++;
            }
            from = at + 1;
        }
    }

    private static boolean wordChar(char c, boolean atStart) {
        return !atStart && (Character.isLetterOrDigit(c) || c == '+' || c == '#');
    }
}
