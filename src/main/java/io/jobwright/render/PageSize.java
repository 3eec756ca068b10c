package io.jobwright.render;

/** The paper a resume is laid out on: A4 in most of the world, US Letter in the US and Canada. */
public enum PageSize {
    A4("A4"),
    LETTER("letter");

    private final String css;

    PageSize(String css) {
        this.css = css;
    }

    /** The CSS {@code @page size} keyword. */
    String css() {
        return css;
    }
}
