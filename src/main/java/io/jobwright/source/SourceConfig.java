package io.jobwright.source;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A configured source: a type, the user's name for it, its plain parameters and its secret ones (decrypted only in
 * memory, never shown back).
 */
public record SourceConfig(String id, String type, String name, Map<String, String> params,
                           Map<String, String> secrets, boolean enabled, Instant createdAt, Instant updatedAt) {

    public SourceConfig {
        params = Map.copyOf(params);
        secrets = Map.copyOf(secrets);
    }

    /** Plain and secret parameters together, as the source reads them. */
    public SourceParams all() {
        Map<String, String> all = new LinkedHashMap<>(params);
        all.putAll(secrets);
        return SourceParams.of(all);
    }

    /** The identity postings of this source carry in {@code jobs.source}: type plus its board, site or company. */
    public String sourceKey() {
        for (String main : new String[]{"board", "site", "company"}) {
            String v = params.get(main);
            if (v != null) {
                return clip(type + ":" + v.toLowerCase(java.util.Locale.ROOT));
            }
        }
        String url = params.get("url");
        if (url != null) {
            try {
                return clip(type + ":" + java.net.URI.create(url).getHost().toLowerCase(java.util.Locale.ROOT));
            } catch (RuntimeException e) {
                return clip(type + ":" + id);
            }
        }
        return type;
    }

    /** What the API shows: never the secret values, only which secrets are set. */
    public Map<String, Object> view(SourceType sourceType) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("type", type);
        m.put("name", name);
        m.put("params", new java.util.TreeMap<>(params));
        Set<String> set = new TreeSet<>(secrets.keySet());
        m.put("secretsSet", set);
        m.put("enabled", enabled);
        m.put("sourceKey", sourceKey());
        m.put("terms", sourceType == null ? null : sourceType.terms());
        m.put("createdAt", createdAt.toString());
        m.put("updatedAt", updatedAt.toString());
        return m;
    }

    private static String clip(String key) {
        String k = key.replaceAll("[^a-z0-9:_-]", "-");
        return k.length() > 100 ? k.substring(0, 100) : k;
    }
}
