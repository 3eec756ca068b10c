/**
 * Log output and privacy: Logback configured in code ({@link io.jobwright.logging.LogSetup}), one JSON object per
 * stdout line ({@link io.jobwright.logging.JsonLineEncoder}), correlation ids in the MDC carried across threads
 * ({@link io.jobwright.logging.Correlation}), java.util.logging routed into the same output
 * ({@link io.jobwright.logging.JulBridge}), and the {@link io.jobwright.logging.Redactor} applied to every message,
 * argument, error and error detail that leaves the process.
 */
package io.jobwright.logging;
