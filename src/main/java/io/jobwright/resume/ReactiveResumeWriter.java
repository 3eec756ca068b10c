package io.jobwright.resume;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jobwright.resume.Resume.Highlight;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Writes a {@link Resume} as a Reactive Resume v5 document that Reactive Resume can import: every section present,
 * hidden flags and ids kept, text and visible bullets as HTML descriptions, dates as a {@code period}, the section
 * order as a one-page layout, and the page format and locale. Reactive Resume has no place for some of what the model
 * holds (bullet ids, hidden bullets, ISO dates, a job's company description, a project's keywords and roles), so the
 * whole model also travels in the document's {@code jobwright} field: {@link ResumeImporter} takes it back when the
 * rest of the document is still exactly what this writer produced, and reads the visible fields when the document was
 * edited since. Thread-safe.
 */
public final class ReactiveResumeWriter {

    /** The field that carries the model through Reactive Resume. */
    static final String EXTENSION = "jobwright";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Map<String, String> RR_NAMES = Map.of("work", "experience", "certificates", "certifications");

    private ReactiveResumeWriter() {
    }

    /** The v5 document with the model in its {@code jobwright} field. */
    public static ObjectNode write(Resume resume) {
        ObjectNode root = visible(resume);
        root.putObject(EXTENSION).put("version", 1).set("resume", JsonResumeWriter.write(resume));
        return root;
    }

    /** The v5 document alone: what Reactive Resume shows (hidden bullets left out). */
    public static ObjectNode visible(Resume resume) {
        ObjectNode root = JSON.objectNode();
        Resume.Basics b = resume.basics();
        ObjectNode picture = root.putObject("picture");
        picture.put("hidden", b.image() == null);
        picture.put("url", text(b.image()));
        picture.put("size", 100);
        picture.put("rotation", 0);
        picture.put("aspectRatio", 1);
        picture.put("borderRadius", 0);
        picture.put("borderColor", "rgba(0, 0, 0, 0.5)");
        picture.put("borderWidth", 0);
        picture.put("shadowColor", "rgba(0, 0, 0, 0.5)");
        picture.put("shadowWidth", 0);

        ObjectNode basics = root.putObject("basics");
        basics.put("name", text(b.name()));
        basics.put("headline", text(b.label()));
        basics.put("email", text(b.email()));
        basics.put("phone", text(b.phone()));
        basics.put("location", location(b.location()));
        basics.set("website", website(b.url()));
        basics.putArray("customFields");

        ObjectNode summary = root.putObject("summary");
        summary.put("title", "");
        summary.put("columns", 1);
        summary.put("hidden", !resume.sectionVisible("summary"));
        summary.put("content", HtmlText.html(b.summary(), List.of()));

        ObjectNode sections = root.putObject("sections");
        section(sections, resume, "profiles", b.profiles(), (o, p) -> {
            head(o, p.id(), p.visible());
            o.put("icon", "");
            o.put("iconColor", "");
            o.put("network", text(p.network()));
            o.put("username", text(p.username()));
            o.set("website", website(p.url()));
        });
        section(sections, resume, "work", resume.work(), (o, w) -> {
            head(o, w.id(), w.visible());
            o.put("company", text(w.name()));
            o.put("position", text(w.position()));
            o.put("location", text(w.location()));
            o.put("period", period(w.startDate(), w.endDate()));
            o.set("website", website(w.url()));
            o.putArray("roles");
            o.put("description", HtmlText.html(w.summary(), bullets(w.highlights())));
        });
        section(sections, resume, "education", resume.education(), (o, e) -> {
            head(o, e.id(), e.visible());
            o.put("school", text(e.institution()));
            o.put("degree", text(e.studyType()));
            o.put("area", text(e.area()));
            o.put("grade", text(e.score()));
            o.put("location", "");
            o.put("period", period(e.startDate(), e.endDate()));
            o.set("website", website(e.url()));
            o.put("description", HtmlText.html(e.summary(), e.courses()));
        });
        section(sections, resume, "projects", resume.projectItems(), (o, p) -> {
            head(o, p.id(), p.visible());
            o.put("name", text(p.name()));
            o.put("period", period(p.startDate(), p.endDate()));
            o.set("website", website(p.url()));
            o.put("description", HtmlText.html(p.description(), bullets(p.highlights())));
        });
        section(sections, resume, "skills", resume.skillItems(), (o, s) -> {
            head(o, s.id(), s.visible());
            o.put("icon", "");
            o.put("iconColor", "");
            o.put("name", text(s.name()));
            o.put("proficiency", text(s.level()));
            o.put("level", 0);
            strings(o, "keywords", s.keywords());
        });
        section(sections, resume, "languages", resume.languages(), (o, l) -> {
            head(o, l.id(), l.visible());
            o.put("language", text(l.language()));
            o.put("fluency", text(l.fluency()));
            o.put("level", 0);
        });
        section(sections, resume, "interests", resume.interests(), (o, i) -> {
            head(o, i.id(), i.visible());
            o.put("icon", "");
            o.put("iconColor", "");
            o.put("name", text(i.name()));
            strings(o, "keywords", i.keywords());
        });
        section(sections, resume, "awards", resume.awards(), (o, a) -> {
            head(o, a.id(), a.visible());
            o.put("title", text(a.title()));
            o.put("awarder", text(a.awarder()));
            o.put("date", text(a.date()));
            o.set("website", website(null));
            o.put("description", HtmlText.html(a.summary(), List.of()));
        });
        section(sections, resume, "certificates", resume.certificates(), (o, c) -> {
            head(o, c.id(), c.visible());
            o.put("title", text(c.name()));
            o.put("issuer", text(c.issuer()));
            o.put("date", text(c.date()));
            o.set("website", website(c.url()));
            o.put("description", HtmlText.html(c.summary(), List.of()));
        });
        section(sections, resume, "publications", resume.publications(), (o, p) -> {
            head(o, p.id(), p.visible());
            o.put("title", text(p.name()));
            o.put("publisher", text(p.publisher()));
            o.put("date", text(p.releaseDate()));
            o.set("website", website(p.url()));
            o.put("description", HtmlText.html(p.summary(), List.of()));
        });
        section(sections, resume, "volunteer", resume.volunteer(), (o, v) -> {
            head(o, v.id(), v.visible());
            o.put("organization", text(v.organization()));
            o.put("location", "");
            o.put("period", period(v.startDate(), v.endDate()));
            o.set("website", website(v.url()));
            o.put("description", HtmlText.html(v.summary(), bullets(v.highlights())));
        });
        section(sections, resume, "references", resume.references(), (o, r) -> {
            head(o, r.id(), r.visible());
            o.put("name", text(r.name()));
            o.put("position", "");
            o.set("website", website(null));
            o.put("phone", "");
            o.put("description", HtmlText.html(r.reference(), List.of()));
        });
        root.putArray("customSections");
        root.set("metadata", metadata(resume.layout()));
        return root;
    }

    private static ObjectNode metadata(Resume.Layout layout) {
        ObjectNode metadata = JSON.objectNode();
        metadata.put("template", "onyx");
        ObjectNode layoutNode = metadata.putObject("layout");
        layoutNode.put("sidebarWidth", 35);
        ObjectNode page = layoutNode.putArray("pages").addObject();
        page.put("fullWidth", true);
        ArrayNode main = page.putArray("main");
        layout.orderedSections().forEach(name -> main.add(RR_NAMES.getOrDefault(name, name)));
        page.putArray("sidebar");
        ObjectNode pageNode = metadata.putObject("page");
        pageNode.put("gapX", 4);
        pageNode.put("gapY", 6);
        pageNode.put("marginX", 14);
        pageNode.put("marginY", 12);
        pageNode.put("format", layout.pageFormat() == null ? "a4" : layout.pageFormat());
        pageNode.put("locale", layout.locale() == null ? "en-US" : layout.locale());
        pageNode.put("hideIcons", false);
        ObjectNode design = metadata.putObject("design");
        ObjectNode level = design.putObject("level");
        level.put("icon", "star");
        level.put("type", "circle");
        ObjectNode colors = design.putObject("colors");
        colors.put("primary", "rgba(0, 132, 209, 1)");
        colors.put("text", "rgba(0, 0, 0, 1)");
        colors.put("background", "rgba(255, 255, 255, 1)");
        ObjectNode typography = metadata.putObject("typography");
        font(typography.putObject("body"), "IBM Plex Serif", 10);
        font(typography.putObject("heading"), "IBM Plex Serif", 14);
        metadata.put("notes", "");
        return metadata;
    }

    private static void font(ObjectNode node, String family, int size) {
        node.put("fontFamily", family);
        node.putArray("fontWeights").add("400").add("600");
        node.put("fontSize", size);
        node.put("lineHeight", 1.5);
    }

    private static <T> void section(ObjectNode sections, Resume resume, String ours, List<T> items,
            BiConsumer<ObjectNode, T> writer) {
        ObjectNode section = sections.putObject(RR_NAMES.getOrDefault(ours, ours));
        section.put("title", "");
        section.put("columns", 1);
        section.put("hidden", !resume.sectionVisible(ours));
        ArrayNode array = section.putArray("items");
        items.forEach(item -> writer.accept(array.addObject(), item));
    }

    private static void head(ObjectNode o, String id, boolean visible) {
        o.put("id", id);
        o.put("hidden", !visible);
    }

    private static List<String> bullets(List<Highlight> highlights) {
        return highlights.stream().filter(Highlight::visible).map(Highlight::text).toList();
    }

    private static String period(String start, String end) {
        String range = ResumeDates.range(start, end);
        return range == null ? "" : range;
    }

    private static String location(Resume.Location l) {
        return String.join(", ", java.util.stream.Stream.of(l.address(), l.city(), l.region(), l.postalCode(),
                l.countryCode()).filter(part -> part != null).toList());
    }

    private static ObjectNode website(String url) {
        ObjectNode website = JSON.objectNode();
        website.put("url", text(url));
        website.put("label", "");
        website.put("inlineLink", false);
        return website;
    }

    private static void strings(ObjectNode o, String field, List<String> values) {
        ArrayNode array = o.putArray(field);
        values.forEach(array::add);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
