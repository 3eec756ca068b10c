package io.jobwright.resume;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jobwright.resume.Resume.Basics;
import io.jobwright.resume.Resume.Highlight;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Writes a {@link Resume} as JSON Resume v1 plus our extensions: {@code id} and {@code visible} on every item, the
 * layout in {@code meta}, and highlights as {@code {id, text, visible}} objects ({@link #write}, how revisions are
 * stored and how the API shows the resume) or, for other JSON Resume tools, as plain strings with their ids and
 * visibility in a parallel {@code highlightMeta} array ({@link #export}). Absent fields are left out.
 * {@link JsonResumeReader} reads either back to an equal resume. Thread-safe.
 */
public final class JsonResumeWriter {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private JsonResumeWriter() {
    }

    /** The resume as a JSON tree, ready to serialise, highlights as objects. */
    public static ObjectNode write(Resume resume) {
        return write(resume, false);
    }

    /** The resume as JSON Resume v1 for other tools: highlights as strings, their ids in {@code highlightMeta}. */
    public static ObjectNode export(Resume resume) {
        ObjectNode root = JSON.objectNode();
        root.put("$schema", "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json");
        root.setAll(write(resume, true));
        return root;
    }

    private static ObjectNode write(Resume resume, boolean portable) {
        ObjectNode root = JSON.objectNode();
        root.set("basics", basics(resume.basics()));
        section(root, "work", resume.work(), (o, w) -> {
            o.put("id", w.id());
            text(o, "name", w.name());
            text(o, "position", w.position());
            text(o, "location", w.location());
            text(o, "url", w.url());
            text(o, "description", w.description());
            text(o, "startDate", w.startDate());
            text(o, "endDate", w.endDate());
            text(o, "summary", w.summary());
            highlights(o, w.highlights(), portable);
            o.put("visible", w.visible());
        });
        section(root, "volunteer", resume.volunteer(), (o, v) -> {
            o.put("id", v.id());
            text(o, "organization", v.organization());
            text(o, "position", v.position());
            text(o, "url", v.url());
            text(o, "startDate", v.startDate());
            text(o, "endDate", v.endDate());
            text(o, "summary", v.summary());
            highlights(o, v.highlights(), portable);
            o.put("visible", v.visible());
        });
        section(root, "education", resume.education(), (o, e) -> {
            o.put("id", e.id());
            text(o, "institution", e.institution());
            text(o, "url", e.url());
            text(o, "area", e.area());
            text(o, "studyType", e.studyType());
            text(o, "startDate", e.startDate());
            text(o, "endDate", e.endDate());
            text(o, "score", e.score());
            strings(o, "courses", e.courses());
            text(o, "summary", e.summary());
            o.put("visible", e.visible());
        });
        section(root, "awards", resume.awards(), (o, a) -> {
            o.put("id", a.id());
            text(o, "title", a.title());
            text(o, "date", a.date());
            text(o, "awarder", a.awarder());
            text(o, "summary", a.summary());
            o.put("visible", a.visible());
        });
        section(root, "certificates", resume.certificates(), (o, c) -> {
            o.put("id", c.id());
            text(o, "name", c.name());
            text(o, "date", c.date());
            text(o, "issuer", c.issuer());
            text(o, "url", c.url());
            text(o, "summary", c.summary());
            o.put("visible", c.visible());
        });
        section(root, "publications", resume.publications(), (o, p) -> {
            o.put("id", p.id());
            text(o, "name", p.name());
            text(o, "publisher", p.publisher());
            text(o, "releaseDate", p.releaseDate());
            text(o, "url", p.url());
            text(o, "summary", p.summary());
            o.put("visible", p.visible());
        });
        section(root, "skills", resume.skillItems(), (o, s) -> {
            o.put("id", s.id());
            text(o, "name", s.name());
            text(o, "level", s.level());
            strings(o, "keywords", s.keywords());
            o.put("visible", s.visible());
        });
        section(root, "languages", resume.languages(), (o, l) -> {
            o.put("id", l.id());
            text(o, "language", l.language());
            text(o, "fluency", l.fluency());
            o.put("visible", l.visible());
        });
        section(root, "interests", resume.interests(), (o, i) -> {
            o.put("id", i.id());
            text(o, "name", i.name());
            strings(o, "keywords", i.keywords());
            o.put("visible", i.visible());
        });
        section(root, "references", resume.references(), (o, r) -> {
            o.put("id", r.id());
            text(o, "name", r.name());
            text(o, "reference", r.reference());
            o.put("visible", r.visible());
        });
        section(root, "projects", resume.projectItems(), (o, p) -> {
            o.put("id", p.id());
            text(o, "name", p.name());
            text(o, "description", p.description());
            highlights(o, p.highlights(), portable);
            strings(o, "keywords", p.keywords());
            text(o, "startDate", p.startDate());
            text(o, "endDate", p.endDate());
            text(o, "url", p.url());
            strings(o, "roles", p.roles());
            text(o, "entity", p.entity());
            text(o, "type", p.type());
            o.put("visible", p.visible());
        });
        ObjectNode meta = layout(resume.layout());
        if (!meta.isEmpty()) {
            root.set("meta", meta);
        }
        return root;
    }

    private static ObjectNode layout(Resume.Layout layout) {
        ObjectNode meta = JSON.objectNode();
        strings(meta, "sectionOrder", layout.sectionOrder());
        strings(meta, "hiddenSections", layout.hiddenSections());
        text(meta, "pageFormat", layout.pageFormat());
        text(meta, "locale", layout.locale());
        return meta;
    }

    private static ObjectNode basics(Basics basics) {
        ObjectNode o = JSON.objectNode();
        text(o, "name", basics.name());
        text(o, "label", basics.label());
        text(o, "email", basics.email());
        text(o, "phone", basics.phone());
        text(o, "url", basics.url());
        text(o, "summary", basics.summary());
        ObjectNode location = JSON.objectNode();
        text(location, "address", basics.location().address());
        text(location, "postalCode", basics.location().postalCode());
        text(location, "city", basics.location().city());
        text(location, "countryCode", basics.location().countryCode());
        text(location, "region", basics.location().region());
        if (!location.isEmpty()) {
            o.set("location", location);
        }
        section(o, "profiles", basics.profiles(), (p, profile) -> {
            p.put("id", profile.id());
            text(p, "network", profile.network());
            text(p, "username", profile.username());
            text(p, "url", profile.url());
            p.put("visible", profile.visible());
        });
        text(o, "image", basics.image());
        return o;
    }

    private static <T> void section(ObjectNode parent, String name, List<T> items, BiConsumer<ObjectNode, T> writer) {
        if (items.isEmpty()) {
            return;
        }
        ArrayNode array = parent.putArray(name);
        for (T item : items) {
            writer.accept(array.addObject(), item);
        }
    }

    private static void highlights(ObjectNode item, List<Highlight> highlights, boolean portable) {
        if (portable && !highlights.isEmpty()) {
            ArrayNode texts = item.putArray("highlights");
            highlights.forEach(h -> texts.add(h.text()));
            section(item, "highlightMeta", highlights, (o, h) -> {
                o.put("id", h.id());
                o.put("visible", h.visible());
            });
            return;
        }
        section(item, "highlights", highlights, (o, h) -> {
            o.put("id", h.id());
            o.put("text", h.text());
            o.put("visible", h.visible());
        });
    }

    private static void strings(ObjectNode item, String name, List<String> values) {
        if (!values.isEmpty()) {
            ArrayNode array = item.putArray(name);
            values.forEach(array::add);
        }
    }

    private static void text(ObjectNode item, String name, String value) {
        if (value != null) {
            item.put(name, value);
        }
    }
}
