/**
 * Jobs: the model, the status state machine, storage, the seed's tailoring and PDF workflow, crash recovery, and the
 * {@code /api/jobs}, {@code /api/manual-jobs}, notes and {@code /pdfs} routes.
 */
package io.jobwright.job;
