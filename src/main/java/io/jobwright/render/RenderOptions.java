package io.jobwright.render;

import java.util.Objects;

/**
 * How a resume is rendered: theme, paper and the language of the section headings. Part of every PDF's fingerprint,
 * through {@link #key()}.
 */
public record RenderOptions(Theme theme, PageSize pageSize, Language language) {

    /** Classic on A4 with English headings. */
    public static final RenderOptions DEFAULT = new RenderOptions(Theme.CLASSIC, PageSize.A4, Language.EN);

    public RenderOptions {
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(pageSize, "pageSize");
        Objects.requireNonNull(language, "language");
    }

    /** A short stable text naming the options, e.g. {@code classic/a4/en}. */
    public String key() {
        return theme.id() + "/" + pageSize.id() + "/" + language.code();
    }
}
