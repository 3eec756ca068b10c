package io.jobwright.ui;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.jobwright.ai.llm.ConnectionCheck;
import io.jobwright.ai.llm.LlmUsageLog;
import io.jobwright.ai.llm.PromptTemplates;
import io.jobwright.auth.AuthService;
import io.jobwright.error.JobwrightException;
import io.jobwright.error.NotFound;
import io.jobwright.pipeline.PipelineService;
import io.jobwright.resume.Resume;
import io.jobwright.resume.ResumeRevision;
import io.jobwright.resume.ResumeService;
import io.jobwright.settings.Setting;
import io.jobwright.settings.SettingsPatch;
import io.jobwright.settings.SettingsService;
import io.jobwright.source.Detector;
import io.jobwright.source.SourceService;
import io.jobwright.web.Json;
import io.jobwright.web.Principal;
import io.jobwright.web.RouteModule;
import io.jobwright.web.Routes;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Settings, one page per section ({@code /settings/<section>}): the resume (import, basics, sections, look with a
 * live preview, project rules, revisions), the AI connection, scoring, writing style and prompts, sources and
 * companies, and the account. Every form posts back, saves through the services and returns to its section; a
 * refusal shows the section again with the typed values and the error beside its field.
 */
public final class SettingsPages implements RouteModule, SettingsSections {


    /** The sections in navigation order, with their titles. */
    static final Map<String, String> SECTIONS = sections();

    private final Pages pages;
    private final AuthService auth;
    private final ResumeService resumes;
    private final SettingsService settings;
    private final ConnectionCheck llmCheck;
    private final LlmUsageLog llmUsage;
    private final Clock clock;
    private final SourceService sources;
    private final Detector detector;
    private final PipelineService pipeline;

    /** Settings pages over the services they change. */
    public SettingsPages(AuthService auth, ResumeService resumes, SettingsService settings, ConnectionCheck llmCheck,
                         LlmUsageLog llmUsage, SourceService sources, Detector detector, PipelineService pipeline,
                         Clock clock) {
        this.pages = new Pages(auth);
        this.auth = auth;
        this.resumes = resumes;
        this.settings = settings;
        this.llmCheck = llmCheck;
        this.llmUsage = llmUsage;
        this.clock = clock;
        this.sources = sources;
        this.detector = detector;
        this.pipeline = pipeline;
    }

    @Override
    public void register(Routes routes) {
        routes.get("/settings", ctx -> {
            if (pages.signedIn(ctx).isPresent()) {
                Pages.redirect(ctx, "/settings/resume");
            }
        });
        routes.get("/settings/{section}", ctx -> show(ctx, ctx.pathParam("section"), Form.empty(), null));
        routes.post("/settings/group/{group}", this::saveGroup);
        routes.post("/settings/ai/test", this::testLlm);
        routes.post("/settings/ai/purposes", this::savePurposes);
        routes.post("/settings/writing/reset/{group}", this::resetPrompt);
        new SettingsResume(pages, resumes, settings, this).register(routes);
        new SettingsSources(pages, sources, detector, this).register(routes);
        new SettingsAccount(pages, auth, this).register(routes);
    }

    @Override
    public void show(Context ctx, String section, Form form, String notice) {
        Optional<Principal> principal = pages.signedIn(ctx);
        if (principal.isEmpty()) {
            return;
        }
        if (!SECTIONS.containsKey(section)) {
            Pages.redirect(ctx, "/settings/resume");
            return;
        }
        Form shown = form.hasErrors() ? form : baseForm();
        Map<String, Object> model = new HashMap<>();
        model.put("frame", Pages.frame(SECTIONS.get(section) + " · Settings", principal.get(), "settings"));
        model.put("section", section);
        model.put("sections", SECTIONS);
        model.put("form", shown);
        model.put("notice", notice != null ? notice : noticeFor(ctx));
        switch (section) {
            case "resume" -> {
                Optional<ResumeRevision> latest = resumes.latest();
                model.put("resume", latest.orElse(null));
                model.put("renderFields", SettingsForms.RENDER.fields());
                model.put("revisions", resumes.revisions());
                model.put("projects", latest.map(r -> r.resume().projects()).orElse(List.of()));
                model.put("locked", settings.get(Setting.RESUME_LOCKED_PROJECT_IDS));
                model.put("selectable", settings.get(Setting.RESUME_AI_SELECTABLE_PROJECT_IDS));
            }
            case "ai" -> {
                model.put("llmFields", SettingsForms.LLM.fields());
                model.put("purposes", Setting.LLM_PURPOSES);
                model.put("providers", Setting.LLM_PROVIDERS);
                model.put("usage", llmUsage.totalsSince(clock.instant().minus(Duration.ofDays(30))));
            }
            case "scoring" -> model.put("scoringFields", SettingsForms.SCORING.fields());
            case "writing" -> {
                model.put("styleFields", SettingsForms.STYLE.fields());
                model.put("scoringPromptFields", SettingsForms.SCORING_PROMPT.fields());
                model.put("tailoringPromptFields", SettingsForms.TAILORING_PROMPT.fields());
                model.put("scoringCustom", settings.override(Setting.SCORING_PROMPT_TEMPLATE).isPresent());
                model.put("tailoringCustom", settings.override(Setting.TAILORING_PROMPT_TEMPLATE).isPresent());
                if (shown.value(Setting.SCORING_PROMPT_TEMPLATE.key()).isEmpty()) {
                    shown.value(Setting.SCORING_PROMPT_TEMPLATE.key(), PromptTemplates.DEFAULT_SCORING.strip());
                }
                if (shown.value(Setting.TAILORING_PROMPT_TEMPLATE.key()).isEmpty()) {
                    shown.value(Setting.TAILORING_PROMPT_TEMPLATE.key(), PromptTemplates.DEFAULT_TAILORING.strip());
                }
            }
            case "sources" -> model.put("sources", RunsSource.all(sources, pipeline.recent()));
            case "account" -> {
                model.put("tokens", auth.listApiTokens(principal.get()));
                model.put("issued", ctx.attribute("issuedToken"));
            }
            default -> { }
        }
        pages.render(ctx, "settings/" + section + ".jte", model);
    }

    /**
     * Every field of every section as stored: a refused submit starts from this and types over it, so the rest of
     * the page still shows what is saved.
     */
    @Override
    public Form baseForm() {
        Form form = SettingsForms.prefill(Form.empty(), settings.view());
        resumes.latest().ifPresent(latest -> SettingsResume.basicsInto(form, latest));
        settings.get(Setting.LLM_PURPOSE_OVERRIDES).forEach((purpose, connection) -> connection.forEach(
                (part, value) -> form.value(Setting.LLM_PURPOSE_OVERRIDES.key() + "." + purpose + "." + part, value)));
        for (String rule : List.of("locked", "selectable")) {
            (rule.equals("locked") ? settings.get(Setting.RESUME_LOCKED_PROJECT_IDS)
                    : settings.get(Setting.RESUME_AI_SELECTABLE_PROJECT_IDS)).forEach(id -> form.value("rule." + id, rule));
        }
        return form;
    }

    private void refused(Context ctx, String section, Form form, JobwrightException e) {
        ctx.status(400);
        show(ctx, section, form.refused(e), null);
    }

    // ---- Settings groups -----------------------------------------------------------------------------------------

    private void saveGroup(Context ctx) {
        if (pages.acting(ctx).isEmpty()) {
            return;
        }
        SettingsForms.Group group = SettingsForms.group(ctx.pathParam("group"))
                .orElseThrow(() -> NotFound.of("Settings form", ctx.pathParam("group")));
        Form form = baseForm();
        try {
            SettingsPatch patch = SettingsForms.read(ctx, group, form);
            if (group == SettingsForms.SCORING_PROMPT || group == SettingsForms.TAILORING_PROMPT) {
                patch = unlessDefault(patch);
            }
            settings.update(patch);
            Pages.redirect(ctx, "/settings/" + group.section() + "?saved=1#" + group.name());
        } catch (JobwrightException e) {
            refused(ctx, group.section(), form, e);
        }
    }

    /** A prompt saved unchanged from the built-in one stays "built-in", so later improvements still reach it. */
    private static SettingsPatch unlessDefault(SettingsPatch patch) {
        List<SettingsPatch.Change<?>> changes = new ArrayList<>();
        for (SettingsPatch.Change<?> change : patch.changes()) {
            Object value = change.value();
            boolean builtIn = value instanceof String text && (text.strip().equals(PromptTemplates.DEFAULT_SCORING.strip())
                    || text.strip().equals(PromptTemplates.DEFAULT_TAILORING.strip()));
            changes.add(builtIn ? new SettingsPatch.Change<>(change.setting(), null) : change);
        }
        return new SettingsPatch(changes);
    }

    private void resetPrompt(Context ctx) {
        if (pages.acting(ctx).isEmpty()) {
            return;
        }
        Setting<String> setting = switch (ctx.pathParam("group")) {
            case "scoringPrompt" -> Setting.SCORING_PROMPT_TEMPLATE;
            case "tailoringPrompt" -> Setting.TAILORING_PROMPT_TEMPLATE;
            default -> throw NotFound.of("Prompt template", ctx.pathParam("group"));
        };
        settings.update(new SettingsPatch(List.of(new SettingsPatch.Change<>(setting, null))));
        Pages.redirect(ctx, "/settings/writing?saved=1#" + ctx.pathParam("group"));
    }

    // ---- AI connection -------------------------------------------------------------------------------------------

    private void savePurposes(Context ctx) {
        if (pages.acting(ctx).isEmpty()) {
            return;
        }
        Form form = baseForm();
        ObjectNode overrides = Json.MAPPER.createObjectNode();
        String prefix = Setting.LLM_PURPOSE_OVERRIDES.key() + ".";
        for (String purpose : Setting.LLM_PURPOSES) {
            ObjectNode connection = Json.MAPPER.createObjectNode();
            for (String part : List.of("provider", "baseUrl", "model")) {
                String name = prefix + purpose + "." + part;
                String value = ctx.formParam(name);
                form.value(name, value);
                if (value != null && !value.isBlank()) {
                    connection.put(part, value.strip());
                }
            }
            if (!connection.isEmpty()) {
                overrides.set(purpose, connection);
            }
        }
        ObjectNode body = Json.MAPPER.createObjectNode();
        if (overrides.isEmpty()) {
            body.putNull(Setting.LLM_PURPOSE_OVERRIDES.key());
        } else {
            body.set(Setting.LLM_PURPOSE_OVERRIDES.key(), overrides);
        }
        try {
            settings.update(SettingsPatch.parse(body));
            Pages.redirect(ctx, "/settings/ai?saved=1#purposes");
        } catch (JobwrightException e) {
            refused(ctx, "ai", form, e);
        }
    }

    /**
     * Tests the connection as typed in the form (unsaved values included; a blank key uses the stored one) and shows
     * the explained result: for htmx just the result, otherwise the whole section.
     */
    private void testLlm(Context ctx) {
        Optional<Principal> principal = pages.acting(ctx);
        if (principal.isEmpty()) {
            return;
        }
        ObjectNode body = Json.MAPPER.createObjectNode();
        Map<String, String> fields = Map.of("provider", Setting.LLM_PROVIDER.key(), "baseUrl", Setting.LLM_BASE_URL.key(),
                "model", Setting.MODEL.key(), "apiKey", Setting.LLM_API_KEY.key());
        fields.forEach((part, key) -> {
            String value = ctx.formParam(key);
            if (value != null && !value.isBlank()) {
                body.put(part, value.strip());
            }
        });
        String purpose = ctx.formParam("purpose");
        if (purpose != null && !purpose.isBlank() && !purpose.equals("default")) {
            body.put("purpose", purpose);
        }
        LlmTestResult result;
        try {
            result = LlmTestResult.of(llmCheck.run(body));
        } catch (JobwrightException e) {
            result = LlmTestResult.refused(e.getMessage());
        }
        Map<String, Object> model = new HashMap<>();
        model.put("result", result);
        if (Pages.isHtmx(ctx)) {
            pages.render(ctx, "settings/llmtest.jte", model);
            return;
        }
        show(ctx, "ai", Form.empty(), result.ok() ? "Connection works." : "Connection test failed: " + result.message());
    }

    private static String noticeFor(Context ctx) {
        if ("1".equals(ctx.queryParam("saved"))) {
            return "Saved.";
        }
        if (ctx.queryParam("added") != null) {
            return "Added " + ctx.queryParam("added") + ". Runs will read it from now on.";
        }
        if ("1".equals(ctx.queryParam("deleted"))) {
            return "Source deleted; the jobs it found stay.";
        }
        if (ctx.queryParam("restored") != null) {
            return "Restored as revision " + ctx.queryParam("restored") + ".";
        }
        if (ctx.queryParam("imported") != null) {
            return "Imported as revision " + ctx.queryParam("imported") + ".";
        }
        if ("1".equals(ctx.queryParam("revoked"))) {
            return "Token revoked.";
        }
        return null;
    }

    private static Map<String, String> sections() {
        Map<String, String> sections = new java.util.LinkedHashMap<>();
        sections.put("resume", "Resume");
        sections.put("ai", "AI connection");
        sections.put("scoring", "Scoring");
        sections.put("writing", "Writing style and prompts");
        sections.put("sources", "Sources and companies");
        sections.put("account", "Account");
        return java.util.Collections.unmodifiableMap(sections);
    }

    static String capitalize(String text) {
        return text == null || text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
