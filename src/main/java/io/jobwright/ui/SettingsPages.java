package io.jobwright.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import io.jobwright.ai.llm.ConnectionCheck;
import io.jobwright.ai.llm.LlmUsageLog;
import io.jobwright.ai.llm.PromptTemplates;
import io.jobwright.auth.AuthService;
import io.jobwright.auth.IssuedApiToken;
import io.jobwright.auth.SessionCookies;
import io.jobwright.error.InvalidRequest;
import io.jobwright.error.JobwrightException;
import io.jobwright.error.NotFound;
import io.jobwright.resume.JsonResumeWriter;
import io.jobwright.resume.Resume;
import io.jobwright.resume.ResumeProject;
import io.jobwright.resume.ResumeRevision;
import io.jobwright.resume.ResumeService;
import io.jobwright.settings.Setting;
import io.jobwright.settings.SettingsPatch;
import io.jobwright.settings.SettingsService;
import io.jobwright.pipeline.PipelineService;
import io.jobwright.source.Detector;
import io.jobwright.source.SourceConfig;
import io.jobwright.source.SourceService;
import io.jobwright.web.Json;
import io.jobwright.web.Principal;
import io.jobwright.web.RouteModule;
import io.jobwright.web.Routes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Settings, one page per section ({@code /settings/<section>}): the resume (import, basics, sections, look with a
 * live preview, project rules, revisions), the AI connection, scoring, writing style and prompts, sources and
 * companies, and the account. Every form posts back, saves through the services and returns to its section; a
 * refusal shows the section again with the typed values and the error beside its field.
 */
public final class SettingsPages implements RouteModule {

    /** The sections in navigation order, with their titles. */
    static final Map<String, String> SECTIONS = sections();
    private static final int MAX_RESUME_BYTES = 15 * 1024 * 1024;

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
        routes.post("/settings/resume/import", this::importResume);
        routes.post("/settings/resume/basics", this::saveBasics);
        routes.post("/settings/resume/document", this::saveDocument);
        routes.post("/settings/resume/projects", this::saveProjects);
        routes.get("/settings/resume/revisions/{n}", this::showRevision);
        routes.post("/settings/resume/revisions/{n}/restore", this::restore);
        routes.post("/settings/ai/test", this::testLlm);
        routes.post("/settings/ai/purposes", this::savePurposes);
        routes.post("/settings/writing/reset/{group}", this::resetPrompt);
        routes.post("/settings/sources", this::addSource);
        routes.post("/settings/sources/{id}/enabled", this::toggleSource);
        routes.post("/settings/sources/{id}/delete", this::deleteSource);
        routes.post("/settings/account/password", this::changePassword);
        routes.post("/settings/account/tokens", this::createToken);
        routes.post("/settings/account/tokens/{id}/revoke", this::revokeToken);
    }

    /** Renders a section with {@code form} (typed values and errors, when a submit was refused) and a notice. */
    void show(Context ctx, String section, Form form, String notice) {
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
    private Form baseForm() {
        Form form = SettingsForms.prefill(Form.empty(), settings.view());
        resumes.latest().ifPresent(latest -> basicsInto(form, latest));
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

    // ---- Resume --------------------------------------------------------------------------------------------------

    private void importResume(Context ctx) {
        if (pages.acting(ctx).isEmpty()) {
            return;
        }
        String pasted = ctx.formParam("resume");
        Form form = baseForm().value("resume", pasted);
        try {
            byte[] document = uploaded(ctx).orElseGet(() -> pasted == null ? new byte[0]
                    : pasted.getBytes(StandardCharsets.UTF_8));
            if (document.length == 0 || new String(document, StandardCharsets.UTF_8).isBlank()) {
                throw InvalidRequest.field("resume", "choose a file or paste your resume's JSON");
            }
            ResumeRevision stored = resumes.importRevision(document);
            Pages.redirect(ctx, "/settings/resume?imported=" + stored.revision());
        } catch (JobwrightException e) {
            ctx.status(400);
            form.error("resume", e.getMessage().replaceFirst("^resume: ", ""));
            show(ctx, "resume", form, null);
        }
    }

    private static Optional<byte[]> uploaded(Context ctx) {
        if (!ctx.isMultipartFormData()) {
            return Optional.empty();
        }
        UploadedFile file = ctx.uploadedFile("file");
        if (file == null || file.size() == 0) {
            return Optional.empty();
        }
        if (file.size() > MAX_RESUME_BYTES) {
            throw InvalidRequest.field("resume", "the file is larger than 15 MB");
        }
        try (InputStream in = file.content()) {
            return Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The basics and section fields of the form, read from a revision. */
    private static void basicsInto(Form form, ResumeRevision revision) {
        Resume r = revision.resume();
        form.value("revision", String.valueOf(revision.revision()));
        form.value("name", r.basics().name());
        form.value("label", r.basics().label());
        form.value("email", r.basics().email());
        form.value("phone", r.basics().phone());
        form.value("url", r.basics().url());
        form.value("summary", r.basics().summary());
        form.value("city", r.basics().location() == null ? null : r.basics().location().city());
        form.value("countryCode", r.basics().location() == null ? null : r.basics().location().countryCode());
        for (String section : Resume.Layout.SECTIONS) {
            form.value("show." + section, String.valueOf(r.sectionVisible(section)));
        }
        form.value("document", JsonResumeWriter.write(r).toPrettyString());
    }

    /** Saves the basics and which sections show, on top of the revision the form was made from. */
    private void saveBasics(Context ctx) {
        if (pages.acting(ctx).isEmpty()) {
            return;
        }
        Form form = baseForm();
        List<String> basics = List.of("name", "label", "email", "phone", "url", "summary");
        for (String field : basics) {
            form.value(field, ctx.formParam(field));
        }
        form.value("city", ctx.formParam("city")).value("countryCode", ctx.formParam("countryCode"));
        for (String section : Resume.Layout.SECTIONS) {
            form.value("show." + section, String.valueOf(ctx.formParam("show." + section) != null));
        }
        try {
            ResumeRevision current = resumes.latest().orElseThrow(() -> new InvalidRequest("Import a resume first"));
            ObjectNode document = JsonResumeWriter.write(current.resume());
            ObjectNode b = document.with("basics");
            for (String field : basics) {
                String value = ctx.formParam(field);
                if (value == null || value.isBlank()) {
                    b.remove(field);
                } else {
                    b.put(field, value.strip());
                }
            }
            ObjectNode location = b.with("location");
            putOrRemove(location, "city", ctx.formParam("city"));
            putOrRemove(location, "countryCode", ctx.formParam("countryCode"));
            ArrayNode hidden = document.with("meta").putArray("hiddenSections");
            for (String section : Resume.Layout.SECTIONS) {
                if (ctx.formParam("show." + section) == null) {
                    hidden.add(section);
                }
            }
            resumes.replace(document.toString().getBytes(StandardCharsets.UTF_8), revisionParam(ctx));
            Pages.redirect(ctx, "/settings/resume?saved=1#basics");
        } catch (JobwrightException e) {
            resumeRefused(ctx, form, e);
        }
    }

    /** A refusal from the resume names a JSON path ({@code basics.name}); the form's fields drop the prefix. */
    private void resumeRefused(Context ctx, Form form, JobwrightException e) {
        Object field = e.details().get("field");
        String text = e.getMessage();
        if (field instanceof String path && path.startsWith("basics.")) {
            String name = path.substring("basics.".length()).replace("location.", "");
            form.error(name, capitalize(text.replaceFirst("^" + java.util.regex.Pattern.quote(path) + ":? ", "")));
        } else if (text.contains("basics.name")) {
            form.error("name", capitalize(text.replaceFirst("^.*basics\\.name:? ", "")));
        } else {
            form.message(text);
        }
        ctx.status(400);
        show(ctx, "resume", form, null);
    }

    /** Saves the whole resume as edited in its JSON form (every section). */
    private void saveDocument(Context ctx) {
        if (pages.acting(ctx).isEmpty()) {
            return;
        }
        String document = ctx.formParam("document");
        Form form = baseForm().value("document", document);
        try {
            if (document == null || document.isBlank()) {
                throw InvalidRequest.field("document", "paste the resume's JSON");
            }
            resumes.replace(document.getBytes(StandardCharsets.UTF_8), revisionParam(ctx));
            Pages.redirect(ctx, "/settings/resume?saved=1#sections");
        } catch (JobwrightException e) {
            form.error("document", e.getMessage());
            ctx.status(400);
            show(ctx, "resume", form, null);
        }
    }

    /** Project rules: each project is always shown (locked), may be picked by the AI, or never picked; and a maximum. */
    private void saveProjects(Context ctx) {
        if (pages.acting(ctx).isEmpty()) {
            return;
        }
        List<ResumeProject> projects = resumes.current().map(Resume::projects).orElse(List.of());
        Form form = baseForm();
        Set<String> locked = new LinkedHashSet<>();
        Set<String> selectable = new LinkedHashSet<>();
        for (ResumeProject project : projects) {
            String rule = ctx.formParam("rule." + project.id());
            form.value("rule." + project.id(), rule);
            if ("locked".equals(rule)) {
                locked.add(project.id());
            } else if ("selectable".equals(rule)) {
                selectable.add(project.id());
            }
        }
        String max = ctx.formParam(Setting.RESUME_MAX_PROJECTS.key());
        form.value(Setting.RESUME_MAX_PROJECTS.key(), max);
        try {
            boolean excluded = locked.size() + selectable.size() < projects.size();
            if (selectable.isEmpty() && excluded && !projects.isEmpty() && locked.size() < projects.size()) {
                // An empty list means "every project" to the engine, so "none selectable" is said with max instead.
                throw InvalidRequest.field("projects", "mark at least one project \"AI may pick\", or lock the ones "
                        + "you want and set the maximum to their number");
            }
            ObjectNode body = Json.MAPPER.createObjectNode();
            locked.forEach(body.putArray(Setting.RESUME_LOCKED_PROJECT_IDS.key())::add);
            selectable.forEach(body.putArray(Setting.RESUME_AI_SELECTABLE_PROJECT_IDS.key())::add);
            try {
                body.put(Setting.RESUME_MAX_PROJECTS.key(), Integer.parseInt(max == null ? "" : max.strip()));
            } catch (NumberFormatException e) {
                throw InvalidRequest.field(Setting.RESUME_MAX_PROJECTS.key(), "enter a whole number, like 3");
            }
            settings.update(SettingsPatch.parse(body));
            Pages.redirect(ctx, "/settings/resume?saved=1#projects");
        } catch (JobwrightException e) {
            ctx.status(400);
            form.refused(e);
            show(ctx, "resume", form, null);
        }
    }

    private void showRevision(Context ctx) {
        Optional<Principal> principal = pages.signedIn(ctx);
        if (principal.isEmpty()) {
            return;
        }
        int number = revisionNumber(ctx.pathParam("n"));
        ResumeRevision revision = resumes.revision(number)
                .orElseThrow(() -> NotFound.of("Resume revision", String.valueOf(number)));
        String json;
        try {
            json = Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(JsonResumeWriter.write(revision.resume()));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Object> model = new HashMap<>();
        model.put("frame", Pages.frame("Resume revision " + number + " · Settings", principal.get(), "settings"));
        model.put("sections", SECTIONS);
        model.put("section", "resume");
        model.put("revision", revision);
        model.put("current", resumes.currentRevision() == number);
        model.put("json", json);
        pages.render(ctx, "settings/revision.jte", model);
    }

    private void restore(Context ctx) {
        if (pages.acting(ctx).isEmpty()) {
            return;
        }
        ResumeRevision restored = resumes.restore(revisionNumber(ctx.pathParam("n")));
        Pages.redirect(ctx, "/settings/resume?restored=" + restored.revision() + "#revisions");
    }

    private static int revisionNumber(String raw) {
        try {
            return Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            throw NotFound.of("Resume revision", raw.length() > 20 ? raw.substring(0, 20) : raw);
        }
    }

    private static Integer revisionParam(Context ctx) {
        String raw = ctx.formParam("revision");
        try {
            return raw == null || raw.isBlank() ? null : Integer.valueOf(raw.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static void putOrRemove(ObjectNode node, String field, String value) {
        if (value == null || value.isBlank()) {
            node.remove(field);
        } else {
            node.put(field, value.strip());
        }
    }

    // ---- Sources and companies -----------------------------------------------------------------------------------

    /** Adds a source from a careers-page URL: the detector names the board behind it. */
    private void addSource(Context ctx) {
        if (pages.acting(ctx).isEmpty()) {
            return;
        }
        String url = ctx.formParam("url");
        String name = ctx.formParam("sourceName");
        Form form = baseForm().value("url", url).value("sourceName", name);
        try {
            if (url == null || url.isBlank()) {
                throw InvalidRequest.field("url", "paste the address of a careers page or job board");
            }
            Detector.Detected found = detector.detect(url.strip());
            String shown = name == null || name.isBlank() ? nameFor(found) : name.strip();
            SourceConfig created = sources.create(found.type(), shown, found.params(), true);
            Pages.redirect(ctx, "/settings/sources?added=" + java.net.URLEncoder.encode(created.name(),
                    StandardCharsets.UTF_8) + "#source-list");
        } catch (JobwrightException e) {
            Object field = e.details().get("field");
            String text = e.getMessage();
            if ("name".equals(field)) {
                form.error("sourceName", capitalize(text.replaceFirst("^name:? ", "")));
            } else {
                // Detection problems (not a careers page, site down, private address) all concern the URL.
                form.error("url", capitalize(field instanceof String f ? text.replaceFirst("^" + java.util.regex.Pattern.quote(f) + ":? ", "") : text));
            }
            ctx.status(400);
            show(ctx, "sources", form, null);
        }
    }

    /** A name for a detected source: its board, site or company, else the page's host. */
    private static String nameFor(Detector.Detected found) {
        for (String key : List.of("board", "site", "company")) {
            String value = found.params().get(key);
            if (value != null) {
                return Character.toUpperCase(value.charAt(0)) + value.substring(1);
            }
        }
        String url = found.params().get("url");
        try {
            return url == null ? found.type() : java.net.URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            return found.type();
        }
    }

    private void toggleSource(Context ctx) {
        if (pages.acting(ctx).isEmpty()) {
            return;
        }
        SourceConfig config = sources.get(ctx.pathParam("id"));
        sources.patch(config.id(), null, null, !config.enabled());
        Pages.redirect(ctx, "/settings/sources#source-list");
    }

    private void deleteSource(Context ctx) {
        if (pages.acting(ctx).isEmpty()) {
            return;
        }
        sources.delete(ctx.pathParam("id"));
        Pages.redirect(ctx, "/settings/sources?deleted=1#source-list");
    }

    // ---- Account -------------------------------------------------------------------------------------------------

    private void changePassword(Context ctx) {
        Optional<Principal> principal = pages.acting(ctx);
        if (principal.isEmpty()) {
            return;
        }
        Form form = baseForm();
        String next = ctx.formParam("newPassword");
        try {
            if (next != null && !next.equals(ctx.formParam("confirmPassword"))) {
                throw InvalidRequest.field("confirmPassword", "the two new passwords differ");
            }
            auth.changePassword(principal.get(), ctx.cookie(SessionCookies.SESSION), ctx.formParam("currentPassword"), next);
            Pages.redirect(ctx, "/settings/account?saved=1");
        } catch (JobwrightException e) {
            Object field = e.details().get("field");
            if (field instanceof String name) {
                form.error(name, capitalize(e.getMessage().replaceFirst("^" + name + ":? ", "")));
            } else {
                form.message(e.getMessage());
            }
            ctx.status(400);
            show(ctx, "account", form, null);
        }
    }

    private void createToken(Context ctx) {
        Optional<Principal> principal = pages.acting(ctx);
        if (principal.isEmpty()) {
            return;
        }
        Form form = baseForm().value("tokenName", ctx.formParam("tokenName"));
        try {
            IssuedApiToken issued = auth.createApiToken(principal.get(), ctx.formParam("tokenName"));
            // Shown in this response only: the page is not cached and a reload does not show it again.
            ctx.attribute("issuedToken", issued);
            ctx.status(201);
            show(ctx, "account", Form.empty(), "Token created. Copy it now: it is not shown again.");
        } catch (JobwrightException e) {
            Object field = e.details().get("field");
            form.error("tokenName", capitalize(field == null ? e.getMessage()
                    : e.getMessage().replaceFirst("^" + field + ":? ", "")));
            ctx.status(400);
            show(ctx, "account", form, null);
        }
    }

    private void revokeToken(Context ctx) {
        Optional<Principal> principal = pages.acting(ctx);
        if (principal.isEmpty()) {
            return;
        }
        auth.revokeApiToken(principal.get(), ctx.pathParam("id"));
        Pages.redirect(ctx, "/settings/account?revoked=1");
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
