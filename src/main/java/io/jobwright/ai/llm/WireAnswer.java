package io.jobwright.ai.llm;

/**
 * What a provider's success envelope held: the model's text, the tokens counted on each side ({@code -1} when not
 * reported), and whether the model declined ({@code refusal}) or was cut off ({@code truncated}).
 */
record WireAnswer(String text, int tokensIn, int tokensOut, boolean refusal, boolean truncated) {
}
