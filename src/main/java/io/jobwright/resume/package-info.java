/**
 * The base resume: its structured model ({@link io.jobwright.resume.Resume}, a JSON Resume v1 superset with stable
 * item ids and visibility flags), importing and storing it as numbered revisions
 * ({@link io.jobwright.resume.ResumeService}), its HTTP API ({@link io.jobwright.resume.ResumeRoutes}) and the
 * {@link io.jobwright.resume.Tailoring} overlay a job applies to a copy of it.
 */
package io.jobwright.resume;
