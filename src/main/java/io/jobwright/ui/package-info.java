/**
 * The web app's pages: server-rendered JTE templates (in {@code src/main/jte/<feature>/}), htmx for partial page
 * updates, and a little plain JavaScript for shortcuts, the search palette and bulk actions. Page routes read
 * through the services and post forms back to themselves (CSRF-checked); the script's bulk actions and search use
 * the JSON API with the session cookie and its CSRF header. Conventions: {@code src/main/jte/README.md}.
 */
package io.jobwright.ui;
