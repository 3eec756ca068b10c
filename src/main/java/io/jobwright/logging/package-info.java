/** Log output and privacy: JSON lines, correlation fields in the MDC, and the redactor applied to everything logged. */
package io.jobwright.logging;
