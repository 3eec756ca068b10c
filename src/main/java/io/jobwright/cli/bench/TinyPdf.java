package io.jobwright.cli.bench;

import java.nio.charset.StandardCharsets;

/**
 * A one-page PDF small enough to build by hand but complete enough for a strict reader: catalog, page tree, a page
 * with one line of Helvetica text, and a cross-reference table whose byte offsets are computed, not guessed.
 */
final class TinyPdf {

    private TinyPdf() {
    }

    /** The bytes of the document; they start with {@code %PDF-}. */
    static byte[] bytes() {
        String content = "BT /F1 18 Tf 72 770 Td (Bench resume) Tj ET";
        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            "<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream",
        };
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = pdf.length();
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append('\n').append("0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format("%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        // Every character above is ASCII, so string offsets are byte offsets.
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
