package io.jobwright.ai.llm;

/**
 * How strictly a request asks for JSON: a JSON schema the provider enforces, any JSON object, or plain text with the
 * contract in the prompt. A provider that rejects one mode is asked again in the next.
 */
public enum OutputMode {
    JSON_SCHEMA, JSON_OBJECT, TEXT
}
