/**
 * TruthGuard: the deterministic check that keeps every tailoring result, from any engine, true to the base resume,
 * and the findings it reports.
 */
package io.jobwright.ai.truth;
