package io.jobwright.render;

import java.util.List;

/**
 * A resume laid out for printing: the XHTML handed to the PDF engine, and what a reader of the PDF must find in it
 * (the visible text and the section headings in order), which the {@link AtsCheck} compares with the PDF's text.
 */
public record ResumeLayout(String xhtml, String text, List<String> headings) {

    public ResumeLayout {
        headings = List.copyOf(headings);
    }
}
