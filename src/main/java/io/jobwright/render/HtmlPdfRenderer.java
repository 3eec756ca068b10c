package io.jobwright.render;

import io.jobwright.resume.Resume;

/** STUB: renders a resume through an HTML/CSS theme with openhtmltopdf. */
public final class HtmlPdfRenderer implements ResumeRenderer {

    @Override
    public String id() {
        return "html-classic-v1";
    }

    @Override
    public byte[] render(Resume resume) {
        return ("%PDF-1.4\n% stub " + resume.name() + "\n%%EOF\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
