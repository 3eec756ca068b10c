package io.jobwright.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.jobwright.error.Conflict;
import io.jobwright.error.InvalidRequest;
import io.jobwright.error.JobwrightException;
import io.jobwright.error.NotFound;
import io.jobwright.resume.JsonResumeWriter;
import io.jobwright.resume.ResumeRevision;
import io.jobwright.resume.ResumeService;
import io.jobwright.web.Json;
import io.jobwright.web.Principal;
import io.jobwright.web.Routes;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Settings → Resume → one list section (experience, education, skills, projects and the rest) as a form instead of
 * JSON: each item
 * with its fields, bullets one per line, shown or hidden, removed, moved up, or added. Saving stores a new revision
 * built from the current one, so whatever the form does not show (an item's URL, a bullet's id and visibility, every
 * other section) is kept: a bullet keeps its id while its wording stays the same, which keeps tailoring that refers
 * to it.
 */
public final class ResumeSectionEditor {

    /**
     * How a field is edited: a line, a box, strings one per line, bullets one per line (objects with their ids and
     * visibility, kept while the wording stays), or strings separated by commas.
     */
    public enum Kind { TEXT, TEXTAREA, LINES, BULLETS, COMMAS }

    /** One field of an item: its JSON Resume name, the label, how it is edited and an optional hint. */
    public record Field(String name, String label, Kind kind, String hint) {
        /** Whether the template shows it as a multi-line box. */
        public boolean multiline() {
            return kind == Kind.TEXTAREA || kind == Kind.LINES || kind == Kind.BULLETS;
        }

        /** Rows of its box: a list of bullets wants more room than a paragraph. */
        public int rows() {
            return kind == Kind.TEXTAREA ? 3 : 5;
        }
    }

    /** A section the editor handles: its JSON Resume key, its title, what one item is called, its fields. */
    public record Section(String key, String title, String noun, List<Field> fields) {
        /** "Position 2": how the form heads its {@code index}-th (0-based) item. */
        public String itemLabel(int index) {
            return Character.toUpperCase(noun.charAt(0)) + noun.substring(1) + " " + (index + 1);
        }
    }

    private static final String DATE_HINT = "2021-03, or as you write it";

    public static final List<Section> SECTIONS = List.of(
            new Section("work", "Experience", "position", List.of(
                    new Field("name", "Employer", Kind.TEXT, null),
                    new Field("position", "Position", Kind.TEXT, null),
                    new Field("location", "Location", Kind.TEXT, null),
                    new Field("startDate", "Start", Kind.TEXT, DATE_HINT),
                    new Field("endDate", "End", Kind.TEXT, "Empty while you work there"),
                    new Field("summary", "Summary", Kind.TEXTAREA, null),
                    new Field("highlights", "Bullets", Kind.BULLETS,
                            "One per line. Tailoring may reword a bullet; it never adds one."))),
            new Section("education", "Education", "entry", List.of(
                    new Field("institution", "School", Kind.TEXT, null),
                    new Field("studyType", "Degree", Kind.TEXT, "e.g. MSc, Bachelor"),
                    new Field("area", "Field of study", Kind.TEXT, null),
                    new Field("score", "Grade", Kind.TEXT, null),
                    new Field("startDate", "Start", Kind.TEXT, DATE_HINT),
                    new Field("endDate", "End", Kind.TEXT, DATE_HINT),
                    new Field("courses", "Courses", Kind.LINES, "One per line."))),
            new Section("skills", "Skills", "skill group", List.of(
                    new Field("name", "Group", Kind.TEXT, "e.g. Languages, Data, Infrastructure"),
                    new Field("level", "Level", Kind.TEXT, null),
                    new Field("keywords", "Skills", Kind.COMMAS, "Separated by commas: Java, SQL, Docker"))),
            new Section("projects", "Projects", "project", List.of(
                    new Field("name", "Name", Kind.TEXT, null),
                    new Field("url", "Link", Kind.TEXT, null),
                    new Field("startDate", "Start", Kind.TEXT, DATE_HINT),
                    new Field("endDate", "End", Kind.TEXT, DATE_HINT),
                    new Field("description", "Description", Kind.TEXTAREA, null),
                    new Field("keywords", "Technologies", Kind.COMMAS, "Separated by commas"),
                    new Field("highlights", "Bullets", Kind.BULLETS, "One per line."))),
            new Section("volunteer", "Volunteering", "role", List.of(
                    new Field("organization", "Organisation", Kind.TEXT, null),
                    new Field("position", "Role", Kind.TEXT, null),
                    new Field("startDate", "Start", Kind.TEXT, DATE_HINT),
                    new Field("endDate", "End", Kind.TEXT, "Empty while you volunteer there"),
                    new Field("summary", "Summary", Kind.TEXTAREA, null),
                    new Field("highlights", "Bullets", Kind.BULLETS, "One per line."))),
            new Section("certificates", "Certificates", "certificate", List.of(
                    new Field("name", "Name", Kind.TEXT, null),
                    new Field("issuer", "Issuer", Kind.TEXT, null),
                    new Field("date", "Date", Kind.TEXT, DATE_HINT),
                    new Field("url", "Link", Kind.TEXT, null))),
            new Section("awards", "Awards", "award", List.of(
                    new Field("title", "Title", Kind.TEXT, null),
                    new Field("awarder", "Awarded by", Kind.TEXT, null),
                    new Field("date", "Date", Kind.TEXT, DATE_HINT),
                    new Field("summary", "Summary", Kind.TEXTAREA, null))),
            new Section("publications", "Publications", "publication", List.of(
                    new Field("name", "Title", Kind.TEXT, null),
                    new Field("publisher", "Publisher", Kind.TEXT, null),
                    new Field("releaseDate", "Date", Kind.TEXT, DATE_HINT),
                    new Field("url", "Link", Kind.TEXT, null),
                    new Field("summary", "Summary", Kind.TEXTAREA, null))),
            new Section("languages", "Languages", "language", List.of(
                    new Field("language", "Language", Kind.TEXT, null),
                    new Field("fluency", "Fluency", Kind.TEXT, "e.g. Native, Fluent, B2"))),
            new Section("interests", "Interests", "interest", List.of(
                    new Field("name", "Interest", Kind.TEXT, null),
                    new Field("keywords", "Details", Kind.COMMAS, "Separated by commas"))),
            new Section("references", "References", "reference", List.of(
                    new Field("name", "Name", Kind.TEXT, null),
                    new Field("reference", "Reference", Kind.TEXTAREA, null))));

    /** One item as posted: its id (null for a new one), its field values, and the two checkboxes. */
    private record Item(String id, Map<String, String> values, boolean visible, boolean remove) {
        boolean blank() {
            return values.values().stream().allMatch(String::isBlank);
        }
    }

    private static final int MAX_ITEMS = 500;

    private final Pages pages;
    private final ResumeService resumes;

    ResumeSectionEditor(Pages pages, ResumeService resumes) {
        this.pages = pages;
        this.resumes = resumes;
    }

    void register(Routes routes) {
        routes.get("/settings/resume/sections/{section}", this::show);
        routes.post("/settings/resume/sections/{section}", this::post);
    }

    private static Section section(Context ctx) {
        String key = ctx.pathParam("section");
        return SECTIONS.stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow(() -> new NotFound(
                "There is no resume section form \"" + key + "\"; there are "
                        + String.join(", ", SECTIONS.stream().map(Section::key).toList())));
    }

    private void show(Context ctx) {
        Optional<Principal> principal = pages.signedIn(ctx);
        if (principal.isEmpty()) {
            return;
        }
        Section section = section(ctx);
        Optional<ResumeRevision> current = resumes.latest();
        if (current.isEmpty()) {
            Pages.redirect(ctx, "/settings/resume");
            return;
        }
        List<Item> items = new ArrayList<>();
        for (JsonNode node : JsonResumeWriter.write(current.get().resume()).path(section.key())) {
            items.add(read(section, node));
        }
        render(ctx, principal.get(), section, items, current.get().revision(), Form.empty(),
                ctx.queryParam("saved") != null ? "Saved as revision " + current.get().revision() + "." : null);
    }

    private void post(Context ctx) {
        Optional<Principal> principal = pages.acting(ctx);
        if (principal.isEmpty()) {
            return;
        }
        Section section = section(ctx);
        List<Item> items = posted(ctx, section);
        Integer revision = SettingsResume.revisionParam(ctx);
        if (ctx.formParam("add") != null) {
            items.add(new Item(null, emptyValues(section), true, false));
            render(ctx, principal.get(), section, items, revision, Form.empty(), null);
            return;
        }
        int up = intParam(ctx.formParam("up"), -1);
        if (up > 0 && up < items.size()) {
            Collections.swap(items, up - 1, up);
            render(ctx, principal.get(), section, items, revision, Form.empty(), null);
            return;
        }
        try {
            ResumeRevision current = resumes.latest().orElseThrow(() -> new NotFound("There is no resume yet; import one first"));
            ObjectNode document = JsonResumeWriter.write(current.resume());
            document.set(section.key(), merged(section, document.path(section.key()), items));
            resumes.replace(document.toString().getBytes(StandardCharsets.UTF_8), revision);
            Pages.redirect(ctx, "/settings/resume/sections/" + section.key() + "?saved=1");
        } catch (JobwrightException e) {
            ctx.status(e instanceof Conflict ? 409 : 400);
            render(ctx, principal.get(), section, items, revision, Form.empty().message(e.getMessage()), null);
        }
    }

    /** The section's new array: posted items in their order, each on top of the stored item with the same id. */
    private static ArrayNode merged(Section section, JsonNode stored, List<Item> items) {
        Map<String, JsonNode> byId = new HashMap<>();
        stored.forEach(node -> byId.put(node.path("id").asText(), node));
        ArrayNode out = Json.MAPPER.createArrayNode();
        for (Item item : items) {
            if (item.remove() || item.blank()) {
                continue;
            }
            JsonNode before = item.id() == null ? null : byId.get(item.id());
            ObjectNode node = before instanceof ObjectNode o ? o.deepCopy() : Json.MAPPER.createObjectNode();
            if (item.id() != null) {
                node.put("id", item.id());
            }
            for (Field field : section.fields()) {
                String value = item.values().get(field.name()).strip();
                switch (field.kind()) {
                    case TEXT, TEXTAREA -> SettingsResume.putOrRemove(node, field.name(), value);
                    case LINES -> node.set(field.name(), strings(value.split("\\R")));
                    case BULLETS -> node.set(field.name(), bullets(value, before == null ? null : before.path(field.name())));
                    case COMMAS -> node.set(field.name(), strings(value.split("[,\\n]")));
                }
            }
            node.put("visible", item.visible());
            out.add(node);
        }
        return out;
    }

    /** Bullets from lines; a line worded as a stored bullet keeps that bullet's id and visibility. */
    private static ArrayNode bullets(String lines, JsonNode stored) {
        Map<String, JsonNode> byText = new HashMap<>();
        if (stored != null) {
            stored.forEach(h -> byText.putIfAbsent(h.path("text").asText(), h));
        }
        ArrayNode out = Json.MAPPER.createArrayNode();
        for (String line : lines.split("\\R")) {
            String text = line.strip();
            if (text.isEmpty()) {
                continue;
            }
            JsonNode same = byText.remove(text);
            out.add(same != null ? same.deepCopy() : Json.MAPPER.createObjectNode().put("text", text));
        }
        return out;
    }

    private static ArrayNode strings(String[] parts) {
        ArrayNode out = Json.MAPPER.createArrayNode();
        for (String part : parts) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    /** A stored item as the form shows it. */
    private static Item read(Section section, JsonNode node) {
        Map<String, String> values = new HashMap<>();
        for (Field field : section.fields()) {
            JsonNode value = node.path(field.name());
            List<String> parts = new ArrayList<>();
            switch (field.kind()) {
                case TEXT, TEXTAREA -> parts.add(value.asText(""));
                case LINES, COMMAS -> value.forEach(v -> parts.add(v.asText()));
                case BULLETS -> value.forEach(v -> parts.add(v.path("text").asText()));
            }
            values.put(field.name(), String.join(field.kind() == Kind.COMMAS ? ", " : "\n", parts));
        }
        return new Item(node.path("id").asText(null), values, node.path("visible").asBoolean(true), false);
    }

    /** The items of the submitted form, in the form's order ({@code items} says how many it held). */
    private static List<Item> posted(Context ctx, Section section) {
        int count = intParam(ctx.formParam("items"), 0);
        if (count > MAX_ITEMS) {
            // Reading only some of them would drop the rest from the resume on saving.
            throw InvalidRequest.field("items", "a section form holds at most " + MAX_ITEMS + " items, got " + count);
        }
        List<Item> items = new ArrayList<>(count + 1);
        for (int i = 0; i < count; i++) {
            String prefix = "item." + i + ".";
            Map<String, String> values = new HashMap<>();
            for (Field field : section.fields()) {
                String value = ctx.formParam(prefix + field.name());
                values.put(field.name(), value == null ? "" : value);
            }
            String id = ctx.formParam(prefix + "id");
            items.add(new Item(id == null || id.isBlank() ? null : id, values, ctx.formParam(prefix + "visible") != null,
                    ctx.formParam(prefix + "remove") != null));
        }
        return items;
    }

    private static Map<String, String> emptyValues(Section section) {
        Map<String, String> values = new HashMap<>();
        section.fields().forEach(f -> values.put(f.name(), ""));
        return values;
    }

    private void render(Context ctx, Principal principal, Section section, List<Item> items, Integer revision, Form form,
                        String notice) {
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            String prefix = "item." + i + ".";
            form.value(prefix + "id", item.id());
            item.values().forEach((field, value) -> form.value(prefix + field, value));
            form.value(prefix + "visible", String.valueOf(item.visible()));
            form.value(prefix + "remove", String.valueOf(item.remove()));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("frame", Pages.frame(section.title() + " · Resume · Settings", principal, "settings"));
        model.put("sections", SettingsPages.SECTIONS);
        model.put("editor", section);
        model.put("count", items.size());
        model.put("revision", revision);
        model.put("form", form);
        model.put("notice", notice);
        pages.render(ctx, "settings/resume-section.jte", model);
    }

    private static int intParam(String raw, int fallback) {
        try {
            return raw == null ? fallback : Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
