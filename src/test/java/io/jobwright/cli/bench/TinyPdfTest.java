package io.jobwright.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TinyPdfTest {

    @Test
    void starts_with_the_pdf_header_and_ends_with_eof() {
        String pdf = new String(TinyPdf.bytes(), StandardCharsets.US_ASCII);

        assertThat(pdf).startsWith("%PDF-").endsWith("%%EOF\n");
    }

    @Test
    void every_xref_offset_points_at_its_object_and_startxref_at_the_table() {
        String pdf = new String(TinyPdf.bytes(), StandardCharsets.US_ASCII);
        Matcher entries = Pattern.compile("(\\d{10}) 00000 n ").matcher(pdf);
        int object = 1;
        while (entries.find()) {
            assertThat(pdf.substring(Integer.parseInt(entries.group(1)))).startsWith(object + " 0 obj");
            object++;
        }
        assertThat(object - 1).isEqualTo(5);
        Matcher startxref = Pattern.compile("startxref\n(\\d+)").matcher(pdf);
        assertThat(startxref.find()).isTrue();
        assertThat(pdf.substring(Integer.parseInt(startxref.group(1)))).startsWith("xref\n0 6\n");
    }
}
