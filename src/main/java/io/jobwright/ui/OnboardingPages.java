package io.jobwright.ui;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.jobwright.error.JobwrightException;
import io.jobwright.resume.ResumeService;
import io.jobwright.settings.SettingsPatch;
import io.jobwright.source.Detector;
import io.jobwright.source.SourceConfig;
import io.jobwright.source.SourceService;
import io.jobwright.settings.SettingsService;
import io.jobwright.web.Authenticator;
import io.jobwright.web.Json;
import io.jobwright.web.Principal;
import io.jobwright.web.RouteModule;
import io.jobwright.web.Routes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The first run after the account exists, one step per page: the resume (imported or pasted, then shown back to
 * confirm), an optional LLM connection, search preferences, and the first sources. Every step can be skipped and
 * revisited; nothing is required to reach the jobs workspace.
 */
public final class OnboardingPages implements RouteModule {

    /** The steps in order, as {@code /onboarding/<step>}. */
    static final List<String> STEPS = List.of("resume", "ai", "search", "sources");

    private final Pages pages;
    private final ResumeService resumes;
    private final SettingsService settings;
    private final SourceService sources;
    private final Detector detector;

    /** Onboarding over the resume, settings and source services; {@code detector} reads careers-page URLs. */
    public OnboardingPages(Authenticator authenticator, ResumeService resumes, SettingsService settings,
                           SourceService sources, Detector detector) {
        this.pages = new Pages(authenticator);
        this.resumes = resumes;
        this.settings = settings;
        this.sources = sources;
        this.detector = detector;
    }

    @Override
    public void register(Routes routes) {
        routes.get("/onboarding", ctx -> {
            if (pages.signedIn(ctx).isPresent()) {
                Pages.redirect(ctx, "/onboarding/resume");
            }
        });
        routes.get("/onboarding/{step}", ctx -> show(ctx, ctx.pathParam("step"), Form.empty(), null));
        routes.post("/onboarding/resume", this::importResume);
        routes.post("/onboarding/ai", ctx -> saveSettings(ctx, "ai", List.of("llmProvider", "llmBaseUrl", "model",
                "llmApiKey"), List.of()));
        routes.post("/onboarding/search", ctx -> saveSettings(ctx, "search", List.of("preferredWorkplace",
                "minimumSalary"), List.of("searchTerms", "preferredLocations")));
        routes.post("/onboarding/sources", this::addSources);
    }

    /**
     * Adds a source for each careers-page URL (one a line) that Jobwright recognises. The lines that failed stay in
     * the field with the reason for each; the others are added.
     */
    private void addSources(Context ctx) {
        if (pages.acting(ctx).isEmpty()) {
            return;
        }
        List<String> urls = java.util.Arrays.stream(Optional.ofNullable(ctx.formParam("urls")).orElse("").split("\\R"))
                .map(String::trim).filter(line -> !line.isEmpty()).distinct().toList();
        if (urls.size() > 50) {
            show(ctx.status(400), "sources", Form.empty().value("urls", ctx.formParam("urls"))
                    .error("urls", "Add at most 50 at a time"), null);
            return;
        }
        List<String> failed = new java.util.ArrayList<>();
        List<String> reasons = new java.util.ArrayList<>();
        List<String> added = new java.util.ArrayList<>();
        for (String url : urls) {
            try {
                Detector.Detected found = detector.detect(url);
                SourceConfig created = sources.create(found.type(), java.net.URI.create(url).getHost(), found.params(), true);
                added.add(created.name() + " (" + created.type() + ")");
            } catch (JobwrightException | IllegalArgumentException e) {
                failed.add(url);
                reasons.add(url + " — " + e.getMessage());
            }
        }
        if (failed.isEmpty()) {
            Pages.redirect(ctx, "/jobs/discovered");
            return;
        }
        Form form = Form.empty().value("urls", String.join("\n", failed)).error("urls", String.join("; ", reasons));
        show(ctx.status(400), "sources", form, added.isEmpty() ? null : "Added: " + String.join(", ", added));
    }

    private void show(Context ctx, String step, Form form, String notice) {
        Optional<Principal> principal = pages.signedIn(ctx);
        if (principal.isEmpty()) {
            return;
        }
        if (!STEPS.contains(step)) {
            Pages.redirect(ctx, "/onboarding/resume");
            return;
        }
        Map<String, Object> model = new HashMap<>();
        model.put("frame", Pages.frame("Get started", principal.get(), ""));
        model.put("step", step);
        model.put("steps", STEPS);
        model.put("form", form);
        model.put("notice", notice);
        model.put("resume", resumes.latest().orElse(null));
        if (!form.hasErrors()) {
            prefill(form, settings.view());
        }
        pages.render(ctx, "onboarding/" + step + ".jte", model);
    }

    /** Shows the stored settings in the step's fields (lists one per line; secrets only as their hint, in {@code <key>Hint}). */
    private static void prefill(Form form, Map<String, Object> view) {
        view.forEach((key, entry) -> {
            if (entry instanceof Map<?, ?> setting && setting.get("value") != null) {
                Object value = setting.get("value");
                form.value(key, value instanceof List<?> items ? String.join("\n", items.stream().map(String::valueOf)
                        .toList()) : String.valueOf(value));
            } else if (key.endsWith("Hint") && entry != null) {
                form.value(key, String.valueOf(entry));
            }
        });
    }

    private void importResume(Context ctx) {
        if (pages.acting(ctx).isEmpty()) {
            return;
        }
        String pasted = ctx.formParam("resume");
        Form form = Form.empty().value("resume", pasted);
        try {
            byte[] document = ResumeUpload.document(ctx, pasted);
            resumes.importRevision(document);
            Pages.redirect(ctx, "/onboarding/resume?imported=1");
        } catch (JobwrightException e) {
            ctx.status(400);
            show(ctx, "resume", e.details().containsKey("field") && !"resume".equals(e.details().get("field"))
                    ? form.message(e.getMessage()) : form.error("resume", e.getMessage().replaceFirst("^resume: ", "")), null);
        }
    }


    /** Saves the step's fields (blank means "no override") and moves to the next step, or shows the errors. */
    private void saveSettings(Context ctx, String step, List<String> fields, List<String> lists) {
        if (pages.acting(ctx).isEmpty()) {
            return;
        }
        Form form = Form.empty();
        for (String field : fields) {
            form.value(field, ctx.formParam(field));
        }
        for (String field : lists) {
            form.value(field, ctx.formParam(field));
        }
        ObjectNode body = Json.MAPPER.createObjectNode();
        for (String field : fields) {
            String value = form.value(field).trim();
            if (field.equals("llmApiKey") && value.isEmpty()) {
                continue; // a blank key field keeps the stored key
            }
            if (value.isEmpty()) {
                body.putNull(field);
            } else if (field.equals("minimumSalary")) {
                if (!value.matches("\\d{1,9}")) {
                    show(ctx.status(400), step, form.error(field, "Enter a whole number, like 60000"), null);
                    return;
                }
                body.put(field, Integer.parseInt(value));
            } else {
                body.put(field, value);
            }
        }
        for (String field : lists) {
            ArrayNode items = body.putArray(field);
            for (String item : form.value(field).split("[,\\n]")) {
                if (!item.isBlank()) {
                    items.add(item.trim());
                }
            }
        }
        try {
            settings.update(SettingsPatch.parse(body));
        } catch (JobwrightException e) {
            show(ctx.status(400), step, form.refused(e), null);
            return;
        }
        int next = STEPS.indexOf(step) + 1;
        Pages.redirect(ctx, next < STEPS.size() ? "/onboarding/" + STEPS.get(next) : "/jobs/discovered");
    }
}
