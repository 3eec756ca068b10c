package io.jobwright.render;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.jobwright.error.Upstream;
import io.jobwright.resume.JsonResumeImporter;
import io.jobwright.resume.Resume;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

/**
 * Renders a resume to PDF through an HTML/CSS {@link Theme} with openhtmltopdf: one column, standard headings in the
 * chosen {@link Language}, selectable text in embedded open fonts ({@link EmbeddedFonts}), clickable contact links,
 * no images. Stylesheets are read once at construction; each render builds its own openhtmltopdf pipeline, so one
 * instance can be shared by any number of threads.
 */
public final class HtmlPdfRenderer implements ResumeRenderer {

    /** Changes whenever the same resume and options would print differently; part of every fingerprint. */
    static final String VERSION = "html-v2";

    static {
        RendererLog.install();
        NoSystemFonts.install();
    }

    private final Map<Theme, Map<PageSize, ResumeHtml>> layouts = new EnumMap<>(Theme.class);

    /** A renderer for every shipped theme on either paper. */
    public HtmlPdfRenderer() {
        for (Theme theme : Theme.values()) {
            String css = stylesheet(theme);
            Map<PageSize, ResumeHtml> bySize = new EnumMap<>(PageSize.class);
            for (PageSize size : PageSize.values()) {
                bySize.put(size, new ResumeHtml(css + "\n@page { size: " + size.css() + "; }\n"));
            }
            layouts.put(theme, bySize);
        }
    }

    @Override
    public String id() {
        return VERSION;
    }

    /**
     * Renders the resume as it is (tailor it first); hidden items are left out.
     *
     * @throws Upstream when openhtmltopdf fails
     */
    @Override
    public byte[] render(Resume resume, RenderOptions options) {
        return toPdf(layout(resume, options).xhtml());
    }

    /** The laid-out document: the XHTML and the text and headings a reader should find in the PDF. */
    public ResumeLayout layout(Resume resume, RenderOptions options) {
        return layouts.get(options.theme()).get(options.pageSize()).render(resume, options.language());
    }

    /**
     * Renders and reads back a small resume in {@code theme} once, so the first real render after a start does not
     * pay for loading the PDF engine, the theme's fonts and the text extraction. Meant for a background thread at
     * startup.
     */
    public void warmUp(Theme theme) {
        Resume sample = JsonResumeImporter.parse(WARM_UP.getBytes(StandardCharsets.UTF_8));
        RenderOptions options = new RenderOptions(theme, PageSize.A4, Language.EN);
        AtsCheck.check(sample, options, render(sample, options));
    }

    private static final String WARM_UP = """
            {"basics": {"name": "Warm Up", "label": "Engineer", "email": "warm@example.com", "phone": "+1 555 0100",
              "summary": "Warms the renderer up."},
             "work": [{"name": "Example", "position": "Engineer", "startDate": "2020-01",
               "summary": "Italic and bold text.", "highlights": ["One bullet"]}],
             "skills": [{"name": "Java", "keywords": ["PDF"]}]}
            """;

    /** The HTML the renderer lays out in the default options, for tests that check markup rather than PDF text. */
    public String html(Resume resume) {
        return layout(resume, RenderOptions.DEFAULT).xhtml();
    }

    private static byte[] toPdf(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withProducer("Jobwright");
            EmbeddedFonts.register(builder, xhtml);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException | RuntimeException e) {
            throw new Upstream("PDF renderer", "cannot render the resume: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private static String stylesheet(Theme theme) {
        try (InputStream in = HtmlPdfRenderer.class.getResourceAsStream(theme.stylesheet())) {
            if (in == null) {
                throw new IllegalStateException("The resume theme " + theme.stylesheet() + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the resume theme " + theme.stylesheet(), e);
        }
    }
}
