package io.jobwright.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class NoSystemFontsTest {

    @Test
    void text_in_the_standard_pdf_fonts_is_written_and_read_back_without_the_machines_fonts() throws IOException {
        new HtmlPdfRenderer(); // the renderer keeps PDFBox off the machine's fonts from its first use
        PDType1Font helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        assertThat(helvetica.getFontBoxFont().getName()).as("no installed font stands in for Helvetica")
                .isEqualTo("Jobwright-NoOutlines");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(helvetica, 14);
                content.newLineAtOffset(72, 700);
                content.showText("Ada Quinn, Backend Engineer");
                content.endText();
            }
            document.save(out);
        }

        try (PDDocument read = Loader.loadPDF(out.toByteArray())) {
            assertThat(new PDFTextStripper().getText(read)).contains("Ada Quinn, Backend Engineer");
        }
    }
}
