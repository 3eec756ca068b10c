package io.jobwright.source;

import io.jobwright.error.InvalidRequest;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The source types Jobwright knows, by name. */
public final class Sources {

    private final Map<String, JobSource> byType = new LinkedHashMap<>();

    public Sources(List<JobSource> sources) {
        sources.forEach(s -> byType.put(s.type().name(), s));
    }

    /**
     * The source of this type.
     *
     * @throws InvalidRequest naming {@code type} and listing the known types
     */
    public JobSource get(String type) {
        JobSource source = type == null ? null : byType.get(type);
        if (source == null) {
            throw InvalidRequest.field("type", "must be one of " + String.join(", ", byType.keySet()));
        }
        return source;
    }

    /** Whether a type exists. */
    public boolean has(String type) {
        return byType.containsKey(type);
    }

    /** Every source type. */
    public Collection<JobSource> all() {
        return byType.values();
    }
}
