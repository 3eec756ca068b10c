package io.jobwright.render;

import io.jobwright.error.InvalidRequest;
import io.jobwright.resume.Resume;
import io.jobwright.settings.Setting;
import io.jobwright.settings.SettingsService;

/**
 * Decides how a resume is rendered from the user's settings ({@code pdfTheme}, {@code pdfPageFormat},
 * {@code pdfLanguage}). {@code auto} paper follows the resume's country (Letter for the US and Canada, else A4);
 * {@code auto} headings are English until the resume model carries a language. Thread-safe.
 */
public final class RenderSettings {

    private final SettingsService settings;

    public RenderSettings(SettingsService settings) {
        this.settings = settings;
    }

    /** The options the settings choose for this resume. */
    public RenderOptions optionsFor(Resume resume) {
        return optionsFor(resume, null, null);
    }

    /**
     * The options for this resume with the theme and page format given explicitly (a preview), each falling back to
     * the settings when {@code null}.
     *
     * @throws InvalidRequest naming {@code theme} or {@code format} when one is not known
     */
    public RenderOptions optionsFor(Resume resume, String themeId, String format) {
        Theme theme = themeId == null ? Theme.byId(settings.get(Setting.PDF_THEME)).orElse(Theme.CLASSIC)
                : Theme.byId(themeId).orElseThrow(() -> InvalidRequest.field("theme",
                        "must be one of " + java.util.Arrays.stream(Theme.values()).map(Theme::id).toList()
                                + ", got '" + themeId + "'"));
        PageSize size;
        if (format != null && !"auto".equalsIgnoreCase(format)) {
            size = PageSize.byId(format).orElseThrow(() -> InvalidRequest.field("format",
                    "must be a4, letter or auto, got '" + format + "'"));
        } else {
            String chosen = format == null ? settings.get(Setting.PDF_PAGE_FORMAT) : "auto";
            size = PageSize.byId(chosen).orElseGet(() -> PageSize.forRegion(resume.basics().location().countryCode()));
        }
        Language language = Language.of(settings.get(Setting.PDF_LANGUAGE)).orElse(Language.EN);
        return new RenderOptions(theme, size, language);
    }
}
