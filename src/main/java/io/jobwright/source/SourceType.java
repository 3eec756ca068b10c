package io.jobwright.source;

import java.util.List;

/**
 * What a source type declares about itself: its name, its parameters and credentials, the countries it serves, and
 * the terms its owner asks users to keep.
 *
 * @param name        the {@code type} in {@code /api/sources} ({@code greenhouse})
 * @param label       a human name ("Greenhouse job board")
 * @param params      every parameter, {@code baseUrl} included
 * @param countries   ISO country codes it covers, empty for worldwide or per-company
 * @param terms       attribution or usage terms to show beside its postings, or null
 */
public record SourceType(String name, String label, List<SourceParam> params, List<String> countries, String terms) {

    public SourceType {
        params = List.copyOf(params);
        countries = List.copyOf(countries);
    }

    /** The parameter with this name, or null. */
    public SourceParam param(String name) {
        return params.stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
    }
}
