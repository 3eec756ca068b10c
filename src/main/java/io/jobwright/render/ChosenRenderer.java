package io.jobwright.render;

import io.jobwright.resume.Resume;
import io.jobwright.settings.Setting;
import io.jobwright.settings.SettingsService;

/**
 * The renderer the {@code pdfRenderer} setting chooses, asked afresh for every render: {@code local} themes or a
 * {@code rxresume} server. Its {@link #id()} is the chosen renderer's, so switching makes generated PDFs stale.
 * Thread-safe.
 */
public final class ChosenRenderer implements ResumeRenderer {

    private final ResumeRenderer local;
    private final ResumeRenderer remote;
    private final SettingsService settings;

    public ChosenRenderer(ResumeRenderer local, ResumeRenderer remote, SettingsService settings) {
        this.local = local;
        this.remote = remote;
        this.settings = settings;
    }

    @Override
    public ResumeRenderer chosen() {
        return "rxresume".equals(settings.get(Setting.PDF_RENDERER)) ? remote : local;
    }

    @Override
    public String id() {
        return chosen().id();
    }

    @Override
    public byte[] render(Resume resume, RenderOptions options) {
        return chosen().render(resume, options);
    }

    @Override
    public AtsReport check(Resume resume, RenderOptions options, byte[] pdf) {
        return chosen().check(resume, options, pdf);
    }
}
