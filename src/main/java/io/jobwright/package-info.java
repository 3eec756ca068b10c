/** Jobwright: a self-hosted job-search orchestrator. {@link io.jobwright.App} is the table of contents. */
package io.jobwright;
