package io.jobwright.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.jobwright.error.InvalidRequest;
import io.jobwright.pipeline.Preset;
import io.jobwright.web.Json;
import java.util.ArrayList;
import java.util.List;

/**
 * The run settings form, shared by the Run search dialog and the schedule editor: its fields are named after the
 * fields of {@code POST /api/pipeline/run}, so the pipeline's refusals land beside the right field. This reads a
 * submitted form into that body, and shows a stored body back in a form.
 */
final class RunsForm {

    /** Fields shown as one entry per line. */
    private static final List<String> LINES = List.of("searchTerms", "cityLocations");
    /** Whole-number fields. */
    private static final List<String> NUMBERS = List.of("topN", "minSuitabilityScore", "runBudget", "maxPostingAgeDays");

    private RunsForm() {
    }

    /** A new run's form: the Balanced preset and the stored search terms. */
    static Form defaults(List<String> storedTerms) {
        Preset preset = Preset.BALANCED;
        return Form.empty().value("preset", preset.wire()).value("topN", String.valueOf(preset.topN()))
                .value("minSuitabilityScore", String.valueOf(preset.minSuitabilityScore()))
                .value("runBudget", String.valueOf(preset.runBudget()))
                .value("searchTerms", String.join("\n", storedTerms)).value("maxPostingAgeDays", "");
    }

    /**
     * Reads the submitted run settings into {@code form} (what was typed) and the run body.
     *
     * @throws InvalidRequest naming a number field that holds no whole number
     */
    static ObjectNode read(Context ctx, Form form) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        String preset = ctx.formParam("preset");
        form.value("preset", preset);
        if (preset != null && !preset.isBlank() && !preset.equals("custom")) {
            body.put("preset", preset);
        }
        for (String field : LINES) {
            String raw = ctx.formParam(field);
            form.value(field, raw);
            List<String> items = lines(raw);
            if (!items.isEmpty() || !field.equals("searchTerms")) {
                ArrayNode array = body.putArray(field);
                items.forEach(array::add);
            }
        }
        String countries = ctx.formParam("countries");
        form.value("countries", countries);
        ArrayNode codes = body.putArray("countries");
        lines(countries == null ? null : countries.replace(' ', ',')).forEach(codes::add);
        List<String> sources = ctx.formParams("sources");
        form.value("sources", String.join(",", sources));
        ArrayNode picked = body.putArray("sources");
        sources.forEach(picked::add);
        List<String> workplaces = ctx.formParams("workplaceTypes");
        form.value("workplaceTypes", String.join(",", workplaces));
        ArrayNode places = body.putArray("workplaceTypes");
        workplaces.forEach(places::add);
        boolean discoverOnly = ctx.formParam("discoverOnly") != null;
        form.value("discoverOnly", String.valueOf(discoverOnly));
        body.put("discoverOnly", discoverOnly);
        InvalidRequest first = null;
        for (String field : NUMBERS) {
            String raw = ctx.formParam(field);
            form.value(field, raw);
            String value = raw == null ? "" : raw.strip();
            if (value.isEmpty()) {
                continue;
            }
            try {
                body.put(field, Integer.parseInt(value));
            } catch (NumberFormatException e) {
                if (first == null) {
                    first = InvalidRequest.field(field, "enter a whole number");
                }
            }
        }
        if (first != null) {
            throw first;
        }
        return body;
    }

    /** Shows a stored run body (a schedule's run settings) in {@code form}. */
    static Form show(Form form, JsonNode body) {
        form.value("preset", body.hasNonNull("preset") ? body.get("preset").asText() : "custom");
        for (String field : LINES) {
            form.value(field, String.join("\n", strings(body.get(field))));
        }
        form.value("countries", String.join(", ", strings(body.get("countries"))));
        form.value("sources", String.join(",", strings(body.get("sources"))));
        form.value("workplaceTypes", String.join(",", strings(body.get("workplaceTypes"))));
        form.value("discoverOnly", String.valueOf(body.path("discoverOnly").asBoolean(false)));
        for (String field : NUMBERS) {
            form.value(field, body.hasNonNull(field) ? body.get(field).asText() : "");
        }
        if (body.hasNonNull("preset")) {
            Preset.parse(body.get("preset").asText()).ifPresent(p -> {
                if (!body.hasNonNull("topN")) {
                    form.value("topN", String.valueOf(p.topN()));
                }
                if (!body.hasNonNull("minSuitabilityScore")) {
                    form.value("minSuitabilityScore", String.valueOf(p.minSuitabilityScore()));
                }
                if (!body.hasNonNull("runBudget")) {
                    form.value("runBudget", String.valueOf(p.runBudget()));
                }
            });
        }
        return form;
    }

    private static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node != null && node.isArray()) {
            node.forEach(item -> out.add(item.asText()));
        } else if (node != null && node.isTextual()) {
            out.add(node.asText());
        }
        return out;
    }

    private static List<String> lines(String raw) {
        List<String> out = new ArrayList<>();
        if (raw != null) {
            for (String item : raw.split("[\\n,]")) {
                if (!item.isBlank()) {
                    out.add(item.strip());
                }
            }
        }
        return out;
    }
}
