/**
 * The command line: {@code serve} (the default, starts the server) and {@code bench} (measures the HTTP API of a
 * freshly started child process). Commands only parse options and call into the app or the bench; they hold no
 * business rules.
 */
package io.jobwright.cli;
