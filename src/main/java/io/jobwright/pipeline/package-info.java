/**
 * Pipeline runs, the auto flow: discover postings from the configured sources, import them, score the unscored
 * discovered jobs, select the best and process them (tailor and PDF) through the job service. A run's request,
 * step, counts and progress are rows, so a restart resumes it or fails it with a reason; one run at a time.
 */
package io.jobwright.pipeline;
