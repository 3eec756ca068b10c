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

    /**
     * The read-back check of a PDF this renderer made from {@code resume} with {@code options}: by default the
     * headings in the order our layout prints them.
     */
    default AtsReport check(Resume resume, RenderOptions options, byte[] pdf) {
        return AtsCheck.check(resume, options, pdf);
    }

    /**
     * The renderer that does the work right now: itself, or for a renderer that follows a setting, the one the
     * setting currently chooses. Use it for one render and its fingerprint, so both name the same renderer.
     */
    default ResumeRenderer chosen() {
        return this;
    }

    /** Renders the resume with {@link RenderOptions#DEFAULT}. */
    default byte[] render(Resume resume) {
        return render(resume, RenderOptions.DEFAULT);
    }
}
