package io.jobwright.ai.llm;

/**
 * Where and how to reach one model: provider, base URL (never null: the provider's default when not configured),
 * model and optional API key. {@link #toString} and {@link #describe} never show the key.
 */
public record LlmConnection(Provider provider, String baseUrl, String model, String apiKey) {

    public LlmConnection {
        if (provider == null) {
            throw new IllegalArgumentException("provider is required");
        }
        baseUrl = baseUrl == null || baseUrl.isBlank() ? provider.defaultBaseUrl() : baseUrl.strip();
        model = model == null || model.isBlank() ? null : model.strip();
        apiKey = apiKey == null || apiKey.isBlank() ? null : apiKey.strip();
    }

    /** "openai at https://api.openai.com/v1, model gpt-4o-mini": how errors and the usage log name it. */
    public String describe() {
        return provider.key() + " at " + baseUrl + (model == null ? "" : ", model " + model);
    }

    @Override
    public String toString() {
        return "LlmConnection[" + describe() + ", apiKey=" + (apiKey == null ? "none" : "****") + "]";
    }
}
