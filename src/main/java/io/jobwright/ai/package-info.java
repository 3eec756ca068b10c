/**
 * Scoring and tailoring: the engine-neutral interfaces ({@link io.jobwright.ai.Scorer}, {@link io.jobwright.ai.Tailor})
 * and their inputs and results, and the policy every score passes through. Engines live in sub-packages:
 * {@code offline} (no model needed), {@code llm} (the user's LLM); {@code truth} verifies every tailoring result.
 */
package io.jobwright.ai;
