package io.jobwright.ai.llm;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One structured question to a model: a system message, a user message, and the JSON schema the answer must match
 * (which also names it, e.g. {@code job_suitability_score}). {@code maxRetries} is how often a retryable failure is
 * tried again; {@code null} uses the {@code llmMaxRetries} setting.
 */
public record LlmRequest(Purpose purpose, String schemaName, ObjectNode schema, String system, String user,
        Integer maxRetries) {

    public LlmRequest {
        if (purpose == null || schemaName == null || schema == null || user == null) {
            throw new IllegalArgumentException("purpose, schemaName, schema and user are required");
        }
    }
}
