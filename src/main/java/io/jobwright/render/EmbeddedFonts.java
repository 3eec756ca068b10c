package io.jobwright.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The open fonts shipped in the jar under {@code /fonts} and embedded (subset) in every PDF, so text is selectable
 * and looks the same everywhere. DejaVu (Debian package {@code fonts-dejavu-core}/{@code fonts-dejavu-extra} 2.37,
 * Bitstream Vera licence) covers Latin-1, Latin Extended, Greek and Cyrillic; Droid Sans Fallback (Debian
 * {@code fonts-droid-fallback}, Apache-2.0) covers Chinese, Japanese and Korean and is only read when a resume needs
 * a character the first font lacks. Licences sit beside the fonts. The bytes are read once; thread-safe.
 */
final class EmbeddedFonts {

    /** The family names the theme stylesheets use. */
    static final String SERIF = "Jobwright Serif";
    static final String SANS = "Jobwright Sans";
    static final String CONDENSED = "Jobwright Condensed";
    static final String FALLBACK = "Jobwright Fallback";

    private record Face(String family, String file, int weight, FontStyle style) {
    }

    private static final List<Face> FACES = List.of(
            new Face(SERIF, "DejaVuSerif.ttf", 400, FontStyle.NORMAL),
            new Face(SERIF, "DejaVuSerif-Bold.ttf", 700, FontStyle.NORMAL),
            new Face(SERIF, "DejaVuSerif-Italic.ttf", 400, FontStyle.ITALIC),
            new Face(SANS, "DejaVuSans.ttf", 400, FontStyle.NORMAL),
            new Face(SANS, "DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL),
            new Face(SANS, "DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC),
            new Face(CONDENSED, "DejaVuSansCondensed.ttf", 400, FontStyle.NORMAL),
            new Face(CONDENSED, "DejaVuSansCondensed-Bold.ttf", 700, FontStyle.NORMAL),
            new Face(CONDENSED, "DejaVuSansCondensed-Oblique.ttf", 400, FontStyle.ITALIC),
            new Face(FALLBACK, "DroidSansFallback.ttf", 400, FontStyle.NORMAL));

    private static final ThreadSafeBytes[] BYTES = FACES.stream().map(f -> new ThreadSafeBytes("/fonts/" + f.file()))
            .toArray(ThreadSafeBytes[]::new);

    private EmbeddedFonts() {
    }

    /** The first code point Droid Sans Fallback is needed for: CJK radicals, kana, ideographs, Hangul and on. */
    private static final int FIRST_FALLBACK_CODE_POINT = 0x2E80;

    /**
     * Offers the faces to a render of {@code text}; a face is read and embedded only if the document uses it. The
     * fallback face is offered only when the text has a character only it covers: openhtmltopdf would otherwise parse
     * the whole 3.4 MB CJK font for every resume that names it in a font list, Latin ones included.
     */
    static void register(PdfRendererBuilder builder, String text) {
        boolean fallback = text.codePoints().anyMatch(cp -> cp >= FIRST_FALLBACK_CODE_POINT);
        for (int i = 0; i < FACES.size(); i++) {
            Face face = FACES.get(i);
            if (face.family().equals(FALLBACK) && !fallback) {
                continue;
            }
            ThreadSafeBytes bytes = BYTES[i];
            builder.useFont(() -> new ByteArrayInputStream(bytes.get()), face.family(), face.weight(), face.style(),
                    true);
        }
    }

    /** A classpath resource read on first use and kept. */
    private static final class ThreadSafeBytes {
        private final String resource;
        private volatile byte[] bytes;

        ThreadSafeBytes(String resource) {
            this.resource = resource;
        }

        byte[] get() {
            byte[] read = bytes;
            if (read == null) {
                try (InputStream in = EmbeddedFonts.class.getResourceAsStream(resource)) {
                    if (in == null) {
                        throw new IllegalStateException("The font " + resource + " is missing from the classpath");
                    }
                    read = in.readAllBytes();
                    bytes = read;
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read the font " + resource, e);
                }
            }
            return read;
        }
    }
}
