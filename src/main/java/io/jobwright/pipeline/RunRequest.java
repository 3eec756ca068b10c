package io.jobwright.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import io.jobwright.error.InvalidRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a run should do. Checked on construction, so a run never starts from bad settings.
 *
 * @param sources                source ids, names, or types meaning every enabled source of that type; empty means
 *                               every enabled source
 * @param searchTerms            titles to look for; empty keeps every posting of company boards; null takes the
 *                               {@code searchTerms} setting
 * @param topN                   how many of the best jobs to tailor and render (1–50)
 * @param minSuitabilityScore    the score a job needs to be selected (0–100)
 * @param runBudget              the most postings to read in the run, shared out between the sources; null for no cap
 *                               beyond each source's safety net
 * @param preset                 the preset the defaults came from ({@code fast}, {@code balanced}, {@code detailed}) or
 *                               null
 * @param countries              ISO 3166-1 alpha-2 codes a posting must be in; empty keeps every country
 * @param cityLocations          cities a posting must name; empty keeps every city
 * @param workplaceTypes         {@code remote}, {@code hybrid}, {@code onsite}; empty keeps all
 * @param blockedCompanyKeywords company-name keywords to drop, added to the {@code blockedCompanyKeywords} setting
 * @param maxPostingAgeDays      drop postings older than this (0 keeps all)
 * @param discoverOnly           stop after import: no scoring, selection or processing
 * @param trigger                who started it: {@code api}, {@code cli}, {@code schedule}, {@code webhook}
 */
public record RunRequest(List<String> sources, List<String> searchTerms, int topN, double minSuitabilityScore,
                         Integer runBudget, String preset, Set<String> countries, List<String> cityLocations,
                         Set<String> workplaceTypes, List<String> blockedCompanyKeywords, int maxPostingAgeDays,
                         boolean discoverOnly, String trigger) {

    public static final int DEFAULT_TOP_N = 10;
    public static final int DEFAULT_MIN_SCORE = 50;
    public static final int MAX_TOP_N = 50;
    public static final int MAX_RUN_BUDGET = 100_000;
    static final Set<String> TRIGGERS = Set.of("api", "cli", "schedule", "webhook");
    private static final Set<String> WORKPLACES = Set.of("remote", "hybrid", "onsite");
    private static final Set<String> FIELDS = Set.of("sources", "searchTerms", "topN", "minSuitabilityScore",
            "runBudget", "preset", "country", "countries", "cityLocations", "workplaceTypes", "blockedCompanyKeywords",
            "maxPostingAgeDays", "discoverOnly");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    public RunRequest {
        sources = strings("sources", sources, 200, 200);
        searchTerms = searchTerms == null ? null : strings("searchTerms", searchTerms, 100, 200);
        if (topN < 1 || topN > MAX_TOP_N) {
            throw InvalidRequest.field("topN", "must be a whole number from 1 to " + MAX_TOP_N + ", got " + topN);
        }
        if (!(minSuitabilityScore >= 0 && minSuitabilityScore <= 100)) {
            throw InvalidRequest.field("minSuitabilityScore", "must be from 0 to 100, got " + minSuitabilityScore);
        }
        if (runBudget != null && (runBudget < 1 || runBudget > MAX_RUN_BUDGET)) {
            throw InvalidRequest.field("runBudget", "must be a whole number from 1 to " + MAX_RUN_BUDGET + ", got "
                    + runBudget);
        }
        Set<String> codes = new LinkedHashSet<>();
        for (String c : countries == null ? Set.<String>of() : countries) {
            String code = c == null ? "" : c.strip().toUpperCase(Locale.ROOT);
            if (!COUNTRY.matcher(code).matches()) {
                throw InvalidRequest.field("countries", "must be ISO 3166-1 alpha-2 codes like DE or GB, got '" + c + "'");
            }
            codes.add(code);
        }
        countries = Set.copyOf(codes);
        cityLocations = strings("cityLocations", cityLocations, 25, 100);
        Set<String> places = new LinkedHashSet<>();
        for (String w : workplaceTypes == null ? Set.<String>of() : workplaceTypes) {
            String type = w == null ? "" : w.strip().toLowerCase(Locale.ROOT);
            if (!WORKPLACES.contains(type)) {
                throw InvalidRequest.field("workplaceTypes", "must hold remote, hybrid or onsite, got '" + w + "'");
            }
            places.add(type);
        }
        workplaceTypes = Set.copyOf(places);
        blockedCompanyKeywords = strings("blockedCompanyKeywords", blockedCompanyKeywords, 200, 200);
        if (maxPostingAgeDays < 0 || maxPostingAgeDays > 3650) {
            throw InvalidRequest.field("maxPostingAgeDays", "must be from 0 to 3650 days, got " + maxPostingAgeDays);
        }
        trigger = trigger == null ? "api" : trigger;
        if (!TRIGGERS.contains(trigger)) {
            throw InvalidRequest.field("trigger", "must be one of " + TRIGGERS);
        }
    }

    /** Every enabled source, the stored search terms, top 10 at score 50 or more. */
    public static RunRequest defaults() {
        return new RunRequest(List.of(), null, DEFAULT_TOP_N, DEFAULT_MIN_SCORE, null, null, Set.of(), List.of(),
                Set.of(), List.of(), 0, false, "api");
    }

    /** The same request, started by someone else ({@code schedule}, {@code webhook}, {@code cli}). */
    public RunRequest withTrigger(String by) {
        return new RunRequest(sources, searchTerms, topN, minSuitabilityScore, runBudget, preset, countries,
                cityLocations, workplaceTypes, blockedCompanyKeywords, maxPostingAgeDays, discoverOnly, by);
    }

    /**
     * Reads the JSON body of {@code POST /api/pipeline/run}: a preset fills {@code topN}, {@code minSuitabilityScore}
     * and {@code runBudget}, and fields given explicitly win over it.
     *
     * @throws InvalidRequest naming the first bad or unknown field
     */
    public static RunRequest fromJson(JsonNode body) {
        if (body == null || body.isNull() || body.isMissingNode()) {
            return defaults();
        }
        if (!body.isObject()) {
            throw new InvalidRequest("Request body must be a JSON object");
        }
        List<String> unknown = new ArrayList<>();
        body.fieldNames().forEachRemaining(name -> {
            if (!FIELDS.contains(name)) {
                unknown.add(name);
            }
        });
        if (!unknown.isEmpty()) {
            throw new InvalidRequest("Unknown field" + (unknown.size() > 1 ? "s" : "") + ": " + String.join(", ", unknown)
                    + "; expected " + String.join(", ", new java.util.TreeSet<>(FIELDS)), Map.of("unknownFields", unknown));
        }
        Preset preset = null;
        String presetName = text(body, "preset");
        if (presetName != null) {
            preset = Preset.parse(presetName).orElseThrow(() -> InvalidRequest.field("preset",
                    "must be fast, balanced or detailed, got '" + presetName + "'"));
        }
        int topN = whole(body, "topN", preset == null ? DEFAULT_TOP_N : preset.topN());
        double minScore = number(body, "minSuitabilityScore", preset == null ? DEFAULT_MIN_SCORE : preset.minSuitabilityScore());
        Integer budget = body.hasNonNull("runBudget") ? Integer.valueOf(whole(body, "runBudget", 0))
                : preset == null ? null : preset.runBudget();
        Set<String> countries = new LinkedHashSet<>(list(body, "countries"));
        String country = text(body, "country");
        if (country != null) {
            countries.add(country);
        }
        return new RunRequest(list(body, "sources"), body.has("searchTerms") && !body.get("searchTerms").isNull()
                ? list(body, "searchTerms") : null, topN, minScore, budget, preset == null ? null : preset.wire(),
                countries, list(body, "cityLocations"), new LinkedHashSet<>(list(body, "workplaceTypes")),
                list(body, "blockedCompanyKeywords"), whole(body, "maxPostingAgeDays", 0), flag(body, "discoverOnly"),
                "api");
    }

    /** The request as JSON fields, the shape {@link #fromJson} reads (the trigger is kept apart). */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sources", sources);
        m.put("searchTerms", searchTerms);
        m.put("topN", topN);
        m.put("minSuitabilityScore", minSuitabilityScore);
        m.put("runBudget", runBudget);
        m.put("preset", preset);
        m.put("countries", countries.stream().sorted().toList());
        m.put("cityLocations", cityLocations);
        m.put("workplaceTypes", workplaceTypes.stream().sorted().toList());
        m.put("blockedCompanyKeywords", blockedCompanyKeywords);
        m.put("maxPostingAgeDays", maxPostingAgeDays);
        m.put("discoverOnly", discoverOnly);
        return m;
    }

    /**
     * The remote rule for {@link io.jobwright.source.Filters}: only remote, no remote, remote passing the place
     * filters, or anything.
     */
    String remoteRule() {
        boolean remote = workplaceTypes.contains("remote");
        if (workplaceTypes.isEmpty()) {
            return countries.isEmpty() && cityLocations.isEmpty() ? "any" : "include";
        }
        if (workplaceTypes.equals(Set.of("remote"))) {
            return "only";
        }
        return remote ? "include" : "exclude";
    }

    private static List<String> strings(String field, List<String> values, int maxCount, int maxLength) {
        if (values == null) {
            return List.of();
        }
        if (values.size() > maxCount) {
            throw InvalidRequest.field(field, "may hold at most " + maxCount + " entries, got " + values.size());
        }
        List<String> out = new ArrayList<>();
        for (String v : values) {
            if (v == null || v.isBlank()) {
                throw InvalidRequest.field(field, "must not hold empty entries");
            }
            if (v.strip().length() > maxLength) {
                throw InvalidRequest.field(field, "entries must be at most " + maxLength + " characters");
            }
            out.add(v.strip());
        }
        return List.copyOf(out);
    }

    private static List<String> list(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (v.isTextual()) {
            return List.of(v.asText());
        }
        if (!v.isArray()) {
            throw InvalidRequest.field(field, "must be an array of strings");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode item : v) {
            if (!item.isTextual()) {
                throw InvalidRequest.field(field, "must be an array of strings, found " + item.getNodeType()
                        .name().toLowerCase(Locale.ROOT));
            }
            out.add(item.asText());
        }
        return out;
    }

    private static String text(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw InvalidRequest.field(field, "must be a string");
        }
        return v.asText();
    }

    private static int whole(JsonNode body, String field, int fallback) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw InvalidRequest.field(field, "must be a whole number, got " + v);
        }
        return v.asInt();
    }

    private static double number(JsonNode body, String field, double fallback) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.isNumber()) {
            throw InvalidRequest.field(field, "must be a number, got " + v);
        }
        return v.asDouble();
    }

    private static boolean flag(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            return false;
        }
        if (!v.isBoolean()) {
            throw InvalidRequest.field(field, "must be true or false");
        }
        return v.asBoolean();
    }
}
