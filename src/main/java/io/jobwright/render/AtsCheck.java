package io.jobwright.render;

import io.jobwright.resume.Resume;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads a rendered PDF back the way an applicant-tracking system would (PDFBox text extraction, top to bottom) and
 * checks that the name, email, phone and every section heading, in order, are there, and that at least
 * {@link #MIN_RECALL} of the resume's distinct words came through. Chinese, Japanese and Korean characters count
 * one by one, since those scripts put no spaces between words. Stateless and thread-safe.
 */
public final class AtsCheck {

    /** The share of the resume's words the extracted text must contain. */
    public static final double MIN_RECALL = 0.95;
    /** At most this many missing words are listed in a report. */
    private static final int MAX_MISSING_WORDS = 20;

    /** Lays out the expected text; the stylesheet does not change what text or headings a layout has. */
    private static final ResumeHtml LAYOUT = new ResumeHtml("");

    static {
        NoSystemFonts.install();
    }

    private AtsCheck() {
    }

    /** Checks {@code pdf}, rendered from {@code resume} with {@code options} by any renderer. */
    public static AtsReport check(Resume resume, RenderOptions options, byte[] pdf) {
        return check(resume, LAYOUT.render(resume, options.language()), pdf);
    }

    /** The text and headings, in our layout's order, that a PDF of {@code resume} should contain. */
    static ResumeLayout expected(Resume resume, Language language) {
        return LAYOUT.render(resume, language);
    }

    /** Checks {@code pdf}, rendered from {@code layout} of {@code resume}. */
    public static AtsReport check(Resume resume, ResumeLayout layout, byte[] pdf) {
        String extracted;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            extracted = new PDFTextStripper().getText(document);
        } catch (IOException e) {
            return new AtsReport(false, 0, List.of("text: the PDF could not be read back (" + e.getMessage() + ")"));
        }
        return compare(resume, layout, extracted);
    }

    /** Compares what the layout printed with the text extracted from the PDF. */
    static AtsReport compare(Resume resume, ResumeLayout layout, String extracted) {
        String text = normalize(extracted);
        String squeezed = squeeze(text);
        List<String> missing = new ArrayList<>();
        if (text.isBlank()) {
            missing.add("text: nothing could be extracted");
        }
        Resume.Basics basics = resume.basics();
        present("name", basics.name(), squeezed, missing);
        present("email", basics.email(), squeezed, missing);
        present("phone", basics.phone(), squeezed, missing);
        int from = 0;
        for (String heading : layout.headings()) {
            int at = text.indexOf(normalize(heading), from);
            if (at < 0) {
                missing.add("heading: " + heading);
            } else {
                from = at + 1;
            }
        }
        Set<String> expected = words(normalize(layout.text()));
        Set<String> found = words(text);
        int hits = 0;
        List<String> lost = new ArrayList<>();
        for (String word : expected) {
            if (found.contains(word) || (word.length() >= 4 && squeezed.contains(word))) {
                hits++;
            } else if (lost.size() < MAX_MISSING_WORDS) {
                lost.add("word: " + word);
            }
        }
        double recall = expected.isEmpty() ? 1.0 : (double) hits / expected.size();
        boolean passed = missing.isEmpty() && recall >= MIN_RECALL;
        missing.addAll(lost);
        return new AtsReport(passed, Math.round(recall * 10_000) / 10_000.0, missing);
    }

    private static void present(String what, String value, String squeezedText, List<String> missing) {
        if (value != null && !value.isBlank() && !squeezedText.contains(squeeze(normalize(value)))) {
            missing.add(what);
        }
    }

    /** Compatibility forms folded (NFKC), lower case, runs of white space as one space. */
    static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    /** Only the letters and digits, so line breaks and punctuation inside a value don't matter. */
    private static String squeeze(String text) {
        return text.replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    /** Distinct words: runs of letters and digits, with each CJK character a word of its own. */
    static Set<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        StringBuilder word = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (isCjk(c)) {
                flush(word, words);
                words.add(Character.toString(c));
            } else if (Character.isLetterOrDigit(c)) {
                word.appendCodePoint(c);
            } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
                flush(word, words);
            }
        });
        flush(word, words);
        return words;
    }

    private static void flush(StringBuilder word, Set<String> words) {
        if (!word.isEmpty()) {
            words.add(word.toString());
            word.setLength(0);
        }
    }

    private static boolean isCjk(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }
}
