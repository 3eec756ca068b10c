package io.jobwright.render;

import io.jobwright.Lazy;
import java.awt.geom.GeneralPath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.util.BoundingBox;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * Keeps PDFBox away from the machine's fonts. By default, the first time a PDF names a font it does not embed (and
 * openhtmltopdf names all fourteen standard PDF fonts in every render), PDFBox scans every font installed on the
 * machine, writes a cache file into the user's home directory and keeps the fonts it parsed in memory: seconds on a
 * desktop with many fonts, tens of megabytes held for as long as the process runs, and output that depends on the
 * machine. Jobwright embeds its own fonts ({@link EmbeddedFonts}), so none of that is needed:
 * <ul>
 *   <li>the standard fonts get an outline-less stand-in; their widths come from PDFBox's built-in metrics, and
 *       our stylesheets never select them;</li>
 *   <li>a TrueType or CID font a PDF names without embedding it (none of ours; possibly a remote renderer's) is
 *       read with our DejaVu Sans, parsed once when first needed, so its text can still be extracted.</li>
 * </ul>
 */
final class NoSystemFonts implements FontMapper {

    private static final NoSystemFonts INSTANCE = new NoSystemFonts();

    private final FontBoxFont standInStandardFont = new OutlineLessFont();
    private final Lazy<TrueTypeFont> substitute = new Lazy<>(() -> parse("/fonts/DejaVuSans.ttf"));

    private NoSystemFonts() {
    }

    /** Makes this PDFBox's font mapper for the whole process (idempotent). */
    static void install() {
        FontMappers.set(INSTANCE);
    }

    @Override
    public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor fontDescriptor) {
        return new FontMapping<>(substitute.get(), true);
    }

    @Override
    public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor fontDescriptor) {
        return new FontMapping<>(standInStandardFont, true);
    }

    @Override
    public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor fontDescriptor, PDCIDSystemInfo cidSystemInfo) {
        return new CIDFontMapping(null, substitute.get(), true);
    }

    private static TrueTypeFont parse(String resource) {
        try (InputStream in = NoSystemFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The font " + resource + " is missing from the classpath");
            }
            return new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the font " + resource, e);
        }
    }

    /** A font with no glyph outlines: enough for PDFBox to set up a standard font it never has to draw. */
    private static final class OutlineLessFont implements FontBoxFont {

        private static final List<Number> MATRIX = List.of(0.001f, 0f, 0f, 0.001f, 0f, 0f);

        @Override
        public String getName() {
            return "Jobwright-NoOutlines";
        }

        @Override
        public BoundingBox getFontBBox() {
            return new BoundingBox();
        }

        @Override
        public List<Number> getFontMatrix() {
            return MATRIX;
        }

        @Override
        public GeneralPath getPath(String name) {
            return new GeneralPath();
        }

        @Override
        public float getWidth(String name) {
            return 0;
        }

        @Override
        public boolean hasGlyph(String name) {
            return false;
        }
    }
}
