package io.jobwright.render;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.jobwright.error.Upstream;
import io.jobwright.resume.Resume;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Renders a resume to PDF through the "classic" HTML/CSS theme with openhtmltopdf: one column, standard headings,
 * selectable text, clickable contact links, no images. The stylesheet is read once at construction; each render
 * builds its own openhtmltopdf pipeline, so one instance can be shared by any number of threads.
 *
 * <p>Text uses the PDF base-14 fonts, which cover WinAnsi (about Latin-1) only. Other characters never break
 * rendering: Latin letters they lack are printed without their diacritic (see {@link WinAnsiFolding}) and other
 * scripts, such as Japanese, print as {@code #} until the theme embeds fonts with wider coverage.
 */
public final class HtmlPdfRenderer implements ResumeRenderer {

    private static final String THEME = "/themes/classic.css";

    static {
        RendererLog.install();
    }

    private final PageSize pageSize;
    private final ResumeHtml layout;

    /** The classic theme on A4 paper. */
    public HtmlPdfRenderer() {
        this(PageSize.A4);
    }

    /** The classic theme on the given paper. */
    public HtmlPdfRenderer(PageSize pageSize) {
        this.pageSize = pageSize;
        this.layout = new ResumeHtml(stylesheet() + "\n@page { size: " + pageSize.css() + "; }\n");
    }

    /** {@code html-classic-v1} on A4, {@code html-classic-letter-v1} on Letter; changes whenever the output would. */
    @Override
    public String id() {
        return pageSize == PageSize.A4 ? "html-classic-v1" : "html-classic-letter-v1";
    }

    /**
     * Renders the resume as it is (tailor it first); hidden items are left out.
     *
     * @throws Upstream when openhtmltopdf fails
     */
    @Override
    public byte[] render(Resume resume) {
        String xhtml = WinAnsiFolding.fold(layout.render(resume));
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withProducer("Jobwright");
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException | RuntimeException e) {
            throw new Upstream("PDF renderer", "cannot render the resume: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    /** The HTML the renderer lays out, for previews and for tests that check markup rather than PDF text. */
    public String html(Resume resume) {
        return layout.render(resume);
    }

    private static String stylesheet() {
        try (InputStream in = HtmlPdfRenderer.class.getResourceAsStream(THEME)) {
            if (in == null) {
                throw new IllegalStateException("The resume theme " + THEME + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the resume theme " + THEME, e);
        }
    }
}
