/**
 * The LLM engine: one client for three wire protocols (OpenAI-compatible chat completions, Anthropic Messages,
 * Gemini generateContent), connections resolved per purpose from settings, structured output with fallbacks,
 * retries, a usage log, and the scorer and tailor that use it. Nothing here stores job data; callers do, and only
 * after a call succeeded.
 */
package io.jobwright.ai.llm;
