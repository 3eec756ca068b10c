package io.jobwright.render;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The file name a PDF is downloaded under: {@code <Name>_<Employer>_<Title>.pdf}, spelled in plain ASCII so every
 * mail client and applicant-tracking upload form keeps it intact ({@code Łucja Żółkiewska} becomes
 * {@code Lucja-Zolkiewska}). Words inside a part are joined by {@code -}, parts by {@code _}; missing parts are left
 * out. Thread-safe.
 */
public final class DownloadName {

    private static final int MAX_PART = 60;
    /** Letters that Unicode decomposition does not reduce to ASCII. */
    private static final Map<Integer, String> LETTERS = Map.ofEntries(
            Map.entry((int) 'Ł', "L"), Map.entry((int) 'ł', "l"), Map.entry((int) 'Đ', "D"), Map.entry((int) 'đ', "d"),
            Map.entry((int) 'Ø', "O"), Map.entry((int) 'ø', "o"), Map.entry((int) 'ß', "ss"), Map.entry((int) 'Æ', "AE"),
            Map.entry((int) 'æ', "ae"), Map.entry((int) 'Œ', "OE"), Map.entry((int) 'œ', "oe"),
            Map.entry((int) 'Þ', "Th"), Map.entry((int) 'þ', "th"), Map.entry((int) 'Ð', "D"), Map.entry((int) 'ð', "d"),
            Map.entry((int) 'Ħ', "H"), Map.entry((int) 'ħ', "h"), Map.entry((int) 'ı', "i"), Map.entry((int) '&', "and"));

    private DownloadName() {
    }

    /** {@code Lucja-Zolkiewska_Muller-GmbH_Senior-Engineer.pdf}; {@code Resume.pdf} when no part has ASCII letters. */
    public static String of(String name, String employer, String title) {
        List<String> parts = new ArrayList<>();
        for (String part : new String[] {name, employer, title}) {
            String ascii = part == null ? "" : part(part);
            if (!ascii.isEmpty()) {
                parts.add(ascii);
            }
        }
        return (parts.isEmpty() ? "Resume" : String.join("_", parts)) + ".pdf";
    }

    private static String part(String text) {
        StringBuilder ascii = new StringBuilder();
        Normalizer.normalize(text, Normalizer.Form.NFKC).codePoints().forEach(c -> {
            String known = LETTERS.get(c);
            if (known != null) {
                ascii.append(known);
            } else {
                ascii.append(Normalizer.normalize(Character.toString(c), Normalizer.Form.NFD).replaceAll("\\p{M}+", ""));
            }
        });
        String words = ascii.toString().replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return words.length() <= MAX_PART ? words : words.substring(0, MAX_PART).replaceAll("-+$", "");
    }
}
