package io.jobwright.render;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The paper a resume is laid out on: A4 in most of the world, US Letter in the US and Canada. */
public enum PageSize {
    A4("a4", "A4"),
    LETTER("letter", "letter");

    /** Countries (ISO 3166-1 alpha-2) whose paper is Letter. */
    private static final Set<String> LETTER_COUNTRIES = Set.of("US", "CA", "MX", "PH", "CL", "CO", "VE", "GT", "PR");

    private final String id;
    private final String css;

    PageSize(String id, String css) {
        this.id = id;
        this.css = css;
    }

    /** {@code a4} or {@code letter}, as settings and URLs spell it. */
    public String id() {
        return id;
    }

    /** The CSS {@code @page size} keyword. */
    String css() {
        return css;
    }

    /** The page size with this id, if any. */
    public static Optional<PageSize> byId(String id) {
        return id == null ? Optional.empty()
                : Arrays.stream(values()).filter(p -> p.id.equalsIgnoreCase(id.strip())).findFirst();
    }

    /**
     * The usual paper for a locale tag ({@code en-US}) or a bare country code ({@code US}): Letter for the US, Canada
     * and the few other countries that use it, A4 everywhere else and when nothing is known.
     */
    public static PageSize forRegion(String localeOrCountry) {
        if (localeOrCountry == null || localeOrCountry.isBlank()) {
            return A4;
        }
        String tag = localeOrCountry.strip().replace('_', '-');
        String country = tag.length() == 2 ? tag : Locale.forLanguageTag(tag).getCountry();
        return LETTER_COUNTRIES.contains(country.toUpperCase(Locale.ROOT)) ? LETTER : A4;
    }
}
