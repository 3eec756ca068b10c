/**
 * Background work that runs on its own: recurring pipeline runs ({@code /api/schedules}), the webhook an external
 * cron calls ({@code POST /api/webhook/trigger}), and the nightly expiry sweep that expires open jobs whose deadline
 * passed or whose source reports the posting gone. All of it is planned in the database by db-scheduler, so it
 * survives restarts and runs on exactly one instance when several share a PostgreSQL database. Runs are started
 * through {@link io.jobwright.schedule.RunStarter}, which the composition root wires to the pipeline.
 */
package io.jobwright.schedule;
