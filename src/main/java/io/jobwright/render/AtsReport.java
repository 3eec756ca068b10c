package io.jobwright.render;

import java.util.List;

/**
 * What the read-back check found in a rendered PDF.
 *
 * @param passed  name, email, phone and every heading were found in order, and {@code recall} is at least
 *                {@link AtsCheck#MIN_RECALL}
 * @param recall  the share of the resume's distinct words found in the PDF's extracted text, 0 to 1
 * @param missing what was not found, e.g. {@code "phone"}, {@code "heading: Education"}, {@code "word: kubernetes"}
 */
public record AtsReport(boolean passed, double recall, List<String> missing) {

    public AtsReport {
        missing = List.copyOf(missing);
    }
}
