package io.jobwright.render;

import io.jobwright.resume.Resume;

/** Turns a (tailored) resume into PDF bytes. Implementations must be thread-safe. */
public interface ResumeRenderer {

    /** A short, stable id of this renderer's version; part of a PDF's freshness fingerprint. */
    String id();

    /**
     * Renders the resume with the given theme, paper and heading language.
     *
     * @throws io.jobwright.error.JobwrightException (usually {@code Upstream}) when rendering fails
     */
    byte[] render(Resume resume, RenderOptions options);

    /** Renders the resume with {@link RenderOptions#DEFAULT}. */
    default byte[] render(Resume resume) {
        return render(resume, RenderOptions.DEFAULT);
    }
}
