package io.jobwright.ai.llm;

import io.jobwright.settings.Setting;
import io.jobwright.settings.SettingsService;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves the connection for a purpose from settings, JobOps' way: the purpose's override in
 * {@code llmPurposeOverrides} first, then {@code llmProvider}, {@code llmBaseUrl}, {@code model} and
 * {@code llmApiKey}. An override naming another provider does not inherit the default's base URL; it inherits the
 * default's key only when the default provider needs one of the same vendor (same provider).
 */
public final class LlmConnections {

    private final SettingsService settings;

    public LlmConnections(SettingsService settings) {
        this.settings = settings;
    }

    /** The connection for {@code purpose}, or empty when no LLM is configured for it (provider offline). */
    public Optional<LlmConnection> forPurpose(Purpose purpose) {
        Map<String, String> override = settings.get(Setting.LLM_PURPOSE_OVERRIDES).getOrDefault(purpose.key(), Map.of());
        Optional<Provider> base = Provider.byKey(settings.get(Setting.LLM_PROVIDER));
        Optional<Provider> chosen = override.containsKey("provider") ? Provider.byKey(override.get("provider")) : base;
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        Provider provider = chosen.get();
        boolean sameAsDefault = base.isPresent() && base.get() == provider;
        String baseUrl = override.getOrDefault("baseUrl", sameAsDefault ? settings.get(Setting.LLM_BASE_URL) : null);
        String model = override.getOrDefault("model", sameAsDefault ? settings.get(Setting.MODEL) : null);
        String key = sameAsDefault || !provider.keyRequired() ? settings.get(Setting.LLM_API_KEY) : null;
        return Optional.of(new LlmConnection(provider, baseUrl, model, key));
    }

    /** Whether any LLM is configured for {@code purpose}. */
    public boolean configured(Purpose purpose) {
        return forPurpose(purpose).isPresent();
    }
}
