/**
 * The {@code bench} command: starts Jobwright as a child process on a fresh data directory, seeds it through the
 * real HTTP API, drives read and write scenarios with concurrent keep-alive clients, and reports startup time,
 * memory and latency against the project's targets. It talks to the app only over HTTP, like any other client.
 */
package io.jobwright.cli.bench;
