package io.jobwright.ui;

/**
 * What every page's layout needs: its title, the signed-in user (null on the sign-in pages), the session's CSRF token
 * for the page's script and htmx, and which navigation item is current.
 */
public record Frame(String title, String username, String csrfToken, String active) {

    /** A frame for the pages shown before sign-in. */
    static Frame anonymous(String title) {
        return new Frame(title, null, "", "");
    }
}
