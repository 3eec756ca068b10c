package io.jobwright.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
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
import io.jobwright.web.Json;
import io.jobwright.web.Principal;
import io.jobwright.web.Routes;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Settings → Resume: import a new revision, the basics and which sections print, each list section as a form
 * ({@link ResumeSectionEditor}), every section as JSON, the project rules, and the revisions (view, restore). The
 * look (theme, page size) is a settings group of {@link SettingsPages}.
 */
final class SettingsResume {

    /** Profile networks known by the second-level name of their host. */
    private static final Map<String, String> NETWORKS = Map.of("linkedin", "LinkedIn", "github", "GitHub",
            "gitlab", "GitLab", "twitter", "X", "x", "X", "stackoverflow", "Stack Overflow", "xing", "XING",
            "bitbucket", "Bitbucket", "medium", "Medium", "dribbble", "Dribbble");

    private final Pages pages;
    private final ResumeService resumes;
    private final SettingsService settings;
    private final SettingsSections sections;
    private final ResumeSectionEditor editor;

    SettingsResume(Pages pages, ResumeService resumes, SettingsService settings, SettingsSections sections) {
        this.pages = pages;
        this.resumes = resumes;
        this.settings = settings;
        this.sections = sections;
        this.editor = new ResumeSectionEditor(pages, resumes);
    }

    void register(Routes routes) {
        routes.post("/settings/resume/import", this::importResume);
        routes.post("/settings/resume/basics", this::saveBasics);
        routes.post("/settings/resume/document", this::saveDocument);
        routes.post("/settings/resume/projects", this::saveProjects);
        routes.get("/settings/resume/revisions/{n}", this::showRevision);
        routes.post("/settings/resume/revisions/{n}/restore", this::restore);
        editor.register(routes);
    }

    private void importResume(Context ctx) {
        if (pages.acting(ctx).isEmpty()) {
            return;
        }
        String pasted = ctx.formParam("resume");
        Form form = sections.baseForm().value("resume", pasted);
        try {
            byte[] document = ResumeUpload.document(ctx, pasted);
            ResumeRevision stored = resumes.importRevision(document);
            Pages.redirect(ctx, "/settings/resume?imported=" + stored.revision());
        } catch (JobwrightException e) {
            ctx.status(400);
            form.error("resume", e.getMessage().replaceFirst("^resume: ", ""));
            sections.show(ctx, "resume", form, null);
        }
    }


    /** The basics and section fields of the form, read from a revision. */
    static void basicsInto(Form form, ResumeRevision revision) {
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
        form.value("profiles", String.join("\n", r.basics().profiles().stream()
                .map(p -> p.url() != null ? p.url() : p.username()).toList()));
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
        Form form = sections.baseForm();
        List<String> basics = List.of("name", "label", "email", "phone", "url", "summary");
        for (String field : basics) {
            form.value(field, ctx.formParam(field));
        }
        form.value("city", ctx.formParam("city")).value("countryCode", ctx.formParam("countryCode"))
                .value("profiles", ctx.formParam("profiles"));
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
            if (ctx.formParam("profiles") != null) {
                b.set("profiles", profiles(ctx.formParam("profiles"), b.path("profiles")));
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

    /**
     * Profiles from the form's lines, one link each: a line that is a stored profile's link (or user name) keeps that
     * profile; a new one gets its network from the address ({@code linkedin.com} → LinkedIn) and {@code https://}
     * when it has no scheme.
     */
    private static ArrayNode profiles(String lines, JsonNode stored) {
        Map<String, JsonNode> known = new HashMap<>();
        stored.forEach(p -> {
            known.putIfAbsent(p.path("url").asText(""), p);
            known.putIfAbsent(p.path("username").asText(""), p);
        });
        ArrayNode out = Json.MAPPER.createArrayNode();
        for (String line : lines.split("\\R")) {
            String link = line.strip();
            if (link.isEmpty()) {
                continue;
            }
            if (known.containsKey(link)) {
                out.add(known.get(link).deepCopy());
                continue;
            }
            String url = link.matches("(?i)^[a-z][a-z0-9+.-]*:.*") ? link : "https://" + link;
            ObjectNode profile = out.addObject();
            String network = network(url);
            if (network != null) {
                profile.put("network", network);
            }
            profile.put("url", url);
        }
        return out;
    }

    /** The network a link belongs to, from its host name ({@code www.linkedin.com} → LinkedIn); null if unknown. */
    private static String network(String url) {
        try {
            String host = URI.create(url).getHost();
            if (host == null) {
                return null;
            }
            String[] labels = host.toLowerCase(Locale.ROOT).split("\\.");
            return labels.length < 2 ? null : NETWORKS.get(labels[labels.length - 2]);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A refusal from the resume names a JSON path ({@code basics.name}); the form's fields drop the prefix. */
    private void resumeRefused(Context ctx, Form form, JobwrightException e) {
        Object field = e.details().get("field");
        String text = e.getMessage();
        if (field instanceof String path && path.startsWith("basics.")) {
            String name = path.substring("basics.".length()).replace("location.", "");
            name = name.startsWith("profiles[") ? "profiles" : name;
            form.error(name, SettingsPages.capitalize(text.replaceFirst("^" + java.util.regex.Pattern.quote(path) + ":? ", "")));
        } else if (text.contains("basics.name")) {
            form.error("name", SettingsPages.capitalize(text.replaceFirst("^.*basics\\.name:? ", "")));
        } else {
            form.message(text);
        }
        ctx.status(400);
        sections.show(ctx, "resume", form, null);
    }

    /** Saves the whole resume as edited in its JSON form (every section). */
    private void saveDocument(Context ctx) {
        if (pages.acting(ctx).isEmpty()) {
            return;
        }
        String document = ctx.formParam("document");
        Form form = sections.baseForm().value("document", document);
        try {
            if (document == null || document.isBlank()) {
                throw InvalidRequest.field("document", "paste the resume's JSON");
            }
            resumes.replace(document.getBytes(StandardCharsets.UTF_8), revisionParam(ctx));
            Pages.redirect(ctx, "/settings/resume?saved=1#sections");
        } catch (JobwrightException e) {
            form.error("document", e.getMessage());
            ctx.status(400);
            sections.show(ctx, "resume", form, null);
        }
    }

    /** Project rules: each project is always shown (locked), may be picked by the AI, or never picked; and a maximum. */
    private void saveProjects(Context ctx) {
        if (pages.acting(ctx).isEmpty()) {
            return;
        }
        List<ResumeProject> projects = resumes.current().map(Resume::projects).orElse(List.of());
        Form form = sections.baseForm();
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
            sections.show(ctx, "resume", form, null);
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
        model.put("sections", SettingsPages.SECTIONS);
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

    /** The revision a resume form was made from (its hidden {@code revision} field), or null when it has none. */
    static Integer revisionParam(Context ctx) {
        String raw = ctx.formParam("revision");
        try {
            return raw == null || raw.isBlank() ? null : Integer.valueOf(raw.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Sets {@code field} to the stripped value, or removes it when the value is blank. */
    static void putOrRemove(ObjectNode node, String field, String value) {
        if (value == null || value.isBlank()) {
            node.remove(field);
        } else {
            node.put(field, value.strip());
        }
    }
}
