package io.jobwright.render;

import java.text.Normalizer;
import java.util.Map;

/**
 * Spells text the way the PDF base-14 fonts can show it. Those fonts only carry the WinAnsi (Windows-1252)
 * characters, and openhtmltopdf draws anything else as {@code #}; so a letter with a diacritic they lack becomes its
 * base letter ({@code Łucja Żółkiewska} prints as {@code Lucja Zólkiewska}), which a reader and an ATS can still
 * match, where {@code #ucja} helps nobody. Scripts without a Latin spelling (Japanese, say) are left alone and still
 * show as {@code #}. This goes away once the theme embeds fonts with wider coverage. Thread-safe.
 */
final class WinAnsiFolding {

    /** The Windows-1252 characters outside Latin-1. */
    private static final String WIN_ANSI_EXTRAS = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ";

    /** Letters that Unicode decomposition does not reduce to a base letter. */
    private static final Map<Integer, String> LETTERS = Map.ofEntries(
            Map.entry((int) 'Ł', "L"), Map.entry((int) 'ł', "l"),
            Map.entry((int) 'Đ', "D"), Map.entry((int) 'đ', "d"),
            Map.entry((int) 'Ħ', "H"), Map.entry((int) 'ħ', "h"),
            Map.entry((int) 'ı', "i"), Map.entry((int) 'Ŀ', "L"), Map.entry((int) 'ŀ', "l"),
            Map.entry((int) 'Ŧ', "T"), Map.entry((int) 'ŧ', "t"),
            Map.entry((int) 'ĸ', "k"), Map.entry((int) 'Ŋ', "N"), Map.entry((int) 'ŋ', "n"),
            Map.entry((int) 'ſ', "s"), Map.entry((int) 'Ə', "E"), Map.entry((int) 'ə', "e"),
            Map.entry((int) '−', "-"), Map.entry((int) '‐', "-"), Map.entry((int) '‑', "-"),
            Map.entry((int) '→', "->"), Map.entry((int) '←', "<-"), Map.entry((int) '≥', ">="),
            Map.entry((int) '≤', "<="), Map.entry((int) '✓', "•"), Map.entry((int) '✔', "•"));

    private WinAnsiFolding() {
    }

    /** The text with every character the base-14 fonts lack replaced by its nearest WinAnsi spelling, if it has one. */
    static String fold(String text) {
        if (text.codePoints().allMatch(WinAnsiFolding::isWinAnsi)) {
            return text;
        }
        StringBuilder folded = new StringBuilder(text.length());
        text.codePoints().forEach(c -> folded.append(isWinAnsi(c) ? Character.toString(c) : spell(c)));
        return folded.toString();
    }

    private static String spell(int c) {
        String known = LETTERS.get(c);
        if (known != null) {
            return known;
        }
        String decomposed = Normalizer.normalize(Character.toString(c), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        return !decomposed.isEmpty() && decomposed.codePoints().allMatch(WinAnsiFolding::isWinAnsi)
                ? decomposed : Character.toString(c);
    }

    private static boolean isWinAnsi(int c) {
        return c < 0x80 || (c >= 0xA0 && c <= 0xFF) || WIN_ANSI_EXTRAS.indexOf(c) >= 0;
    }
}
