package io.jobwright.pipeline;

import io.jobwright.job.JobService;
import io.jobwright.settings.SettingsService;
import io.jobwright.source.DiscoveryService;
import io.jobwright.source.SourceService;

/**
 * What a run's steps call: the configured sources, discovery and import, the job service (whose rescore and process
 * operations do the scoring and tailoring with whatever engine is configured), and the settings.
 */
public record RunSteps(SourceService sources, DiscoveryService discovery, JobService jobs, SettingsService settings) {
}
