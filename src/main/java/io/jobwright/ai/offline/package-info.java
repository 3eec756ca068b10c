/**
 * The offline engine: scoring, the job brief, tailoring and project picks without an LLM, from explicit rules and a
 * small sentence-embedding model that ships inside the jar. The default when no LLM is configured and the fallback
 * when one fails. Everything here is deterministic.
 */
package io.jobwright.ai.offline;
