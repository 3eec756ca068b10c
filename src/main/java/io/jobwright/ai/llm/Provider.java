package io.jobwright.ai.llm;

import java.util.Locale;
import java.util.Optional;

/**
 * The providers a user can pick, each with the wire protocol it speaks, its usual base URL and whether it needs an
 * API key. Local servers (Ollama, LM Studio, vLLM, llama.cpp) take an optional key; so does
 * {@code openai_compatible}, which covers any other server speaking chat completions (Groq, a proxy, …).
 */
public enum Provider {
    OPENAI_COMPATIBLE("openai_compatible", WireFormat.OPENAI_CHAT, "https://api.openai.com/v1", false),
    OPENAI("openai", WireFormat.OPENAI_CHAT, "https://api.openai.com/v1", true),
    OPENROUTER("openrouter", WireFormat.OPENAI_CHAT, "https://openrouter.ai/api/v1", true),
    OLLAMA("ollama", WireFormat.OPENAI_CHAT, "http://localhost:11434/v1", false),
    LMSTUDIO("lmstudio", WireFormat.OPENAI_CHAT, "http://localhost:1234/v1", false),
    VLLM("vllm", WireFormat.OPENAI_CHAT, "http://localhost:8000/v1", false),
    LLAMACPP("llamacpp", WireFormat.OPENAI_CHAT, "http://localhost:8080/v1", false),
    ANTHROPIC("anthropic", WireFormat.ANTHROPIC_MESSAGES, "https://api.anthropic.com", true),
    GEMINI("gemini", WireFormat.GEMINI_GENERATE, "https://generativelanguage.googleapis.com", true);

    /** The three request/response formats the providers speak. */
    public enum WireFormat { OPENAI_CHAT, ANTHROPIC_MESSAGES, GEMINI_GENERATE }

    private final String key;
    private final WireFormat wireFormat;
    private final String defaultBaseUrl;
    private final boolean keyRequired;

    Provider(String key, WireFormat wireFormat, String defaultBaseUrl, boolean keyRequired) {
        this.key = key;
        this.wireFormat = wireFormat;
        this.defaultBaseUrl = defaultBaseUrl;
        this.keyRequired = keyRequired;
    }

    /** The settings name ({@code llmProvider}). */
    public String key() {
        return key;
    }

    public WireFormat wireFormat() {
        return wireFormat;
    }

    /** The base URL used when none is configured. */
    public String defaultBaseUrl() {
        return defaultBaseUrl;
    }

    /** Whether a call without an API key is refused before any network traffic. */
    public boolean keyRequired() {
        return keyRequired;
    }

    /** The provider with this settings name ({@code claude} and dashes are accepted); empty for offline/unknown. */
    public static Optional<Provider> byKey(String key) {
        if (key == null) {
            return Optional.empty();
        }
        String normal = key.strip().toLowerCase(Locale.ROOT).replace('-', '_').replace('.', '_');
        if (normal.equals("claude")) {
            return Optional.of(ANTHROPIC);
        }
        for (Provider provider : values()) {
            if (provider.key.equals(normal)) {
                return Optional.of(provider);
            }
        }
        return Optional.empty();
    }
}
