package io.jobwright.render;

import io.jobwright.resume.Resume;

/** Turns a (tailored) resume into PDF bytes. Implementations must be thread-safe. */
public interface ResumeRenderer {

    /** A short, stable id of this renderer and its options; part of a PDF's freshness fingerprint. */
    String id();

    /**
     * Renders the resume.
     *
     * @throws io.jobwright.error.JobwrightException (usually {@code Upstream}) when rendering fails
     */
    byte[] render(Resume resume);
}
