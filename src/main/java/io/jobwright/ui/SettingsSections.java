package io.jobwright.ui;

import io.javalin.http.Context;

/** What the settings handlers need from the settings page: show a section, and the stored values to type over. */
interface SettingsSections {

    /** Renders a section with {@code form} (typed values and errors, when a submit was refused) and a notice. */
    void show(Context ctx, String section, Form form, String notice);

    /**
     * Every field of every section as stored: a refused submit starts from this and types over it, so the rest of
     * the page still shows what is saved.
     */
    Form baseForm();
}
