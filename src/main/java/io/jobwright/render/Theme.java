package io.jobwright.render;

import java.util.Arrays;
import java.util.Optional;

/**
 * The shipped resume themes. Every one is a single column with standard headings, real selectable text in embedded
 * fonts, no images and nothing in running headers or footers, so each passes the {@link AtsCheck}; they differ in
 * typeface, density and colour only.
 */
public enum Theme {
    CLASSIC("classic", "Classic", "Serif body, navy headings with a rule, generous spacing"),
    COMPACT("compact", "Compact", "Condensed sans-serif and tight spacing: fits more on a page"),
    MODERN("modern", "Modern", "Sans-serif with a teal accent colour on the name, headings and links");

    private final String id;
    private final String displayName;
    private final String description;

    Theme(String id, String displayName, String description) {
        this.id = id;
        this.displayName = displayName;
        this.description = description;
    }

    /** The id used in settings, URLs and fingerprints. */
    public String id() {
        return id;
    }

    /** The name shown to the user. */
    public String displayName() {
        return displayName;
    }

    /** One sentence on what the theme looks like. */
    public String description() {
        return description;
    }

    /** The theme's stylesheet on the classpath. */
    String stylesheet() {
        return "/themes/" + id + ".css";
    }

    /** The theme with this id, if there is one. */
    public static Optional<Theme> byId(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
    }
}
