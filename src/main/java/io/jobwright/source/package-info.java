/**
 * Job discovery: the {@link io.jobwright.source.JobSource} SPI with one sub-package per source type, the configured
 * source instances ({@code /api/sources}), normalisation of what sources return ({@link
 * io.jobwright.source.Normaliser}, {@link io.jobwright.source.Locations}, {@link io.jobwright.source.Salaries}),
 * {@link io.jobwright.source.Filters} and {@link io.jobwright.source.Dedupe}, and the import into the job list.
 */
package io.jobwright.source;
