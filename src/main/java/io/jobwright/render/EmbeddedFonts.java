package io.jobwright.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The open fonts shipped in the jar under {@code /fonts} and embedded (subset) in every PDF, so text is selectable
 * and looks the same everywhere. DejaVu (Debian package {@code fonts-dejavu-core}/{@code fonts-dejavu-extra} 2.37,
 * Bitstream Vera licence) covers Latin-1, Latin Extended, Greek and Cyrillic; Droid Sans Fallback (Debian
 * {@code fonts-droid-fallback}, Apache-2.0) covers Chinese, Japanese and Korean and is only read when a resume needs
 * a character the first font lacks. Licences sit beside the fonts. The bytes are read once, and parsed fonts are
 * reused by later renders; thread-safe.
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

    /** Parsed fonts not in use by a render right now; there are never more than renders ran at once. */
    private static final Queue<Parsed> IDLE = new ConcurrentLinkedQueue<>();

    private EmbeddedFonts() {
    }

    /**
     * Offers every face to a render into {@code document}; a face is parsed and embedded (subset) only if the
     * document uses it. Parsing a font costs more than the rest of its embedding, so parsed fonts are kept between
     * renders: each render borrows one set for itself and must hand it back with {@link #release}.
     */
    static Parsed register(PdfRendererBuilder builder, PDDocument document) {
        Parsed parsed = IDLE.poll();
        Parsed fonts = parsed != null ? parsed : new Parsed();
        for (int i = 0; i < FACES.size(); i++) {
            Face face = FACES.get(i);
            int index = i;
            builder.useFont(new OnDemand(() -> fonts.load(document, index)), face.family(), face.weight(),
                    face.style(), true);
        }
        return fonts;
    }

    /** Hands the parsed fonts of a finished render back for the next one. */
    static void release(Parsed fonts) {
        IDLE.add(fonts);
    }

    /** One render's parsed fonts, each read on first use; used by one render at a time (a font's reader seeks). */
    static final class Parsed {
        private final TrueTypeFont[] fonts = new TrueTypeFont[FACES.size()];

        private PDFont load(PDDocument document, int index) {
            try {
                if (fonts[index] == null) {
                    fonts[index] = new TTFParser().parse(new RandomAccessReadBuffer(BYTES[index].get()));
                }
                return PDType0Font.load(document, fonts[index], true);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the font " + FACES.get(index).file(), e);
            }
        }
    }

    /** Gives openhtmltopdf a font only when a document needs it. */
    private static final class OnDemand extends PDFontSupplier {
        private final Supplier<PDFont> load;
        private PDFont font;

        OnDemand(Supplier<PDFont> load) {
            super(null);
            this.load = load;
        }

        @Override
        public PDFont supply() {
            if (font == null) {
                font = load.get();
            }
            return font;
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
