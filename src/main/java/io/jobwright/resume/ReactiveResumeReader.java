package io.jobwright.resume;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a Reactive Resume export (v4: {@code basics / sections.*.items[] / metadata}; v5: {@code picture / basics /
 * summary / sections / customSections / metadata}) into the JSON Resume superset that {@link JsonResumeReader} turns
 * into a {@link Resume}. Item ids and hidden flags are kept; HTML descriptions become cleaned text and bullets
 * ({@link HtmlText}); a {@code period} such as {@code March 2022 - Present} becomes a start and end date as written;
 * the layout's section order, hidden sections, page format and locale are kept. Custom sections of a known type join
 * their section; cover letters and unknown types are left out. Fields are read strictly: a wrong type is an error
 * naming its path in the Reactive Resume document. Not thread-safe: one reader per document.
 */
final class ReactiveResumeReader {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Pattern PERIOD_SEPARATOR = Pattern.compile("\\s+(?:-|–|—|to|bis)\\s+");
    private static final Set<String> ONGOING = Set.of("present", "current", "now", "today", "heute", "ongoing");

    /** Reactive Resume section keys and the JSON Resume sections they fill. */
    private static final Map<String, String> SECTIONS = Map.ofEntries(
            Map.entry("summary", "summary"), Map.entry("profiles", "profiles"), Map.entry("experience", "work"),
            Map.entry("education", "education"), Map.entry("projects", "projects"), Map.entry("skills", "skills"),
            Map.entry("languages", "languages"), Map.entry("interests", "interests"), Map.entry("awards", "awards"),
            Map.entry("certifications", "certificates"), Map.entry("publications", "publications"),
            Map.entry("volunteer", "volunteer"), Map.entry("references", "references"));

    private final ObjectNode out = JSON.objectNode();
    private final ObjectNode basics = out.putObject("basics");
    private final Map<String, ArrayNode> sections = new LinkedHashMap<>();
    private final Set<String> hidden = new LinkedHashSet<>();
    private final Map<String, String> customSectionTargets = new LinkedHashMap<>();
    private final boolean v5;

    private ReactiveResumeReader(boolean v5) {
        this.v5 = v5;
    }

    /** Converts a v5 document; see the class description. */
    static ObjectNode v5(JsonCursor root) {
        return new ReactiveResumeReader(true).readV5(root);
    }

    /** Converts a v4 export; see the class description. */
    static ObjectNode v4(JsonCursor root) {
        return new ReactiveResumeReader(false).readV4(root);
    }

    private ObjectNode readV5(JsonCursor root) {
        JsonCursor b = root.object("basics").orElse(new JsonCursor(JSON.objectNode(), "basics"));
        put(basics, "name", b.text("name"));
        put(basics, "label", b.text("headline"));
        put(basics, "email", b.text("email"));
        put(basics, "phone", b.text("phone"));
        put(basics, "url", link(b, "website"));
        location(b.text("location"));
        root.object("picture").filter(p -> !p.flag("hidden", false)).ifPresent(p -> put(basics, "image", p.text("url")));
        for (JsonCursor field : b.objects("customFields")) {
            ObjectNode profile = section("profiles").addObject();
            put(profile, "id", field.text("id"));
            String icon = field.text("icon");
            put(profile, "network", icon == null ? null : icon.replaceFirst("-logo$", ""));
            put(profile, "username", field.text("text"));
            put(profile, "url", field.text("link"));
        }
        root.object("summary").ifPresent(s -> {
            put(basics, "summary", HtmlText.plain(s.text("content")));
            if (s.flag("hidden", false)) {
                hidden.add("summary");
            }
        });
        root.object("sections").ifPresent(all -> SECTIONS.keySet().stream().filter(k -> !k.equals("summary"))
                .forEach(key -> all.object(key).ifPresent(s -> {
                    if (s.flag("hidden", false)) {
                        hidden.add(SECTIONS.get(key));
                    }
                    s.objects("items").forEach(item -> item(key, item, false));
                })));
        for (JsonCursor custom : root.objects("customSections")) {
            String type = custom.text("type");
            if (type == null || !SECTIONS.containsKey(type) || type.equals("summary")) {
                continue;
            }
            customSectionTargets.put(custom.text("id"), SECTIONS.get(type));
            boolean sectionHidden = custom.flag("hidden", false);
            custom.objects("items").forEach(item -> item(type, item, sectionHidden));
        }
        ObjectNode meta = JSON.objectNode();
        root.object("metadata").ifPresent(m -> {
            List<String> order = new ArrayList<>();
            m.object("layout").ifPresent(layout -> layout.objects("pages").forEach(page -> {
                order.addAll(page.strings("main"));
                order.addAll(page.strings("sidebar"));
            }));
            strings(meta, "sectionOrder", ourNames(order));
            m.object("page").ifPresent(page -> {
                put(meta, "pageFormat", pageFormat(page.text("format")));
                put(meta, "locale", page.text("locale"));
            });
        });
        return finish(meta);
    }

    private ObjectNode readV4(JsonCursor root) {
        JsonCursor b = root.object("basics").orElse(new JsonCursor(JSON.objectNode(), "basics"));
        put(basics, "name", b.text("name"));
        put(basics, "label", b.text("headline"));
        put(basics, "email", b.text("email"));
        put(basics, "phone", b.text("phone"));
        put(basics, "url", link(b, "url"));
        location(b.text("location"));
        b.object("picture").filter(p -> !p.object("effects").map(e -> e.flag("hidden", false)).orElse(false))
                .ifPresent(p -> put(basics, "image", p.text("url")));
        for (JsonCursor field : b.objects("customFields")) {
            ObjectNode profile = section("profiles").addObject();
            put(profile, "id", field.text("id"));
            put(profile, "network", field.text("name"));
            put(profile, "username", field.text("value"));
        }
        root.object("sections").ifPresent(all -> {
            all.object("summary").ifPresent(s -> {
                put(basics, "summary", HtmlText.plain(s.text("content")));
                if (!s.flag("visible", true)) {
                    hidden.add("summary");
                }
            });
            SECTIONS.keySet().stream().filter(k -> !k.equals("summary")).forEach(key -> all.object(key).ifPresent(s -> {
                if (!s.flag("visible", true)) {
                    hidden.add(SECTIONS.get(key));
                }
                s.objects("items").forEach(item -> item(key, item, false));
            }));
        });
        ObjectNode meta = JSON.objectNode();
        root.object("metadata").ifPresent(m -> {
            JsonNode layout = m.node().path("layout");
            List<String> order = new ArrayList<>();
            for (JsonNode page : layout) {
                for (JsonNode column : page) {
                    column.forEach(name -> order.add(name.asText()));
                }
            }
            strings(meta, "sectionOrder", ourNames(order));
            m.object("page").ifPresent(page -> put(meta, "pageFormat", pageFormat(page.text("format"))));
        });
        return finish(meta);
    }

    /** One item of a Reactive Resume section, written into the matching JSON Resume section. */
    private void item(String key, JsonCursor c, boolean inHiddenSection) {
        ObjectNode o = JSON.objectNode();
        put(o, "id", c.text("id"));
        String description = v5 ? c.text("description") : c.text("summary");
        HtmlText.Rich rich = HtmlText.read(description);
        String[] period = period(v5 ? c.text("period") : c.text("date"));
        String url = v5 ? link(c, "website") : link(c, "url");
        switch (key) {
            case "profiles" -> {
                put(o, "network", c.text("network"));
                put(o, "username", c.text("username"));
                put(o, "url", url);
            }
            case "experience" -> {
                put(o, "name", c.text("company"));
                put(o, "position", c.text("position"));
                put(o, "location", c.text("location"));
                put(o, "url", url);
                dates(o, period);
                put(o, "summary", rich.text());
                strings(o, "highlights", rich.bullets());
            }
            case "volunteer" -> {
                put(o, "organization", c.text("organization"));
                put(o, "position", c.text("position"));
                put(o, "url", url);
                dates(o, period);
                put(o, "summary", rich.text());
                strings(o, "highlights", rich.bullets());
            }
            case "education" -> {
                put(o, "institution", v5 ? c.text("school") : c.text("institution"));
                put(o, "studyType", v5 ? c.text("degree") : c.text("studyType"));
                put(o, "area", c.text("area"));
                put(o, "score", v5 ? c.text("grade") : c.text("score"));
                put(o, "url", url);
                dates(o, period);
                put(o, "summary", rich.allText());
            }
            case "projects" -> {
                put(o, "name", c.text("name"));
                if (!v5) {
                    String role = c.text("description");
                    if (role != null) {
                        o.putArray("roles").add(role);
                    }
                }
                put(o, "url", url);
                dates(o, period);
                put(o, "description", rich.text());
                strings(o, "highlights", rich.bullets());
                strings(o, "keywords", c.strings("keywords"));
            }
            case "skills" -> {
                put(o, "name", c.text("name"));
                put(o, "level", v5 ? c.text("proficiency") : c.text("description"));
                strings(o, "keywords", c.strings("keywords"));
            }
            case "languages" -> {
                put(o, "language", v5 ? c.text("language") : c.text("name"));
                put(o, "fluency", v5 ? c.text("fluency") : c.text("description"));
            }
            case "interests" -> {
                put(o, "name", c.text("name"));
                strings(o, "keywords", c.strings("keywords"));
            }
            case "awards" -> {
                put(o, "title", c.text("title"));
                put(o, "awarder", c.text("awarder"));
                put(o, "date", c.text("date"));
                put(o, "summary", rich.allText());
            }
            case "certifications" -> {
                put(o, "name", v5 ? c.text("title") : c.text("name"));
                put(o, "issuer", c.text("issuer"));
                put(o, "date", c.text("date"));
                put(o, "url", url);
                put(o, "summary", rich.allText());
            }
            case "publications" -> {
                put(o, "name", v5 ? c.text("title") : c.text("name"));
                put(o, "publisher", c.text("publisher"));
                put(o, "releaseDate", c.text("date"));
                put(o, "url", url);
                put(o, "summary", rich.allText());
            }
            case "references" -> {
                put(o, "name", c.text("name"));
                String reference = rich.allText();
                put(o, "reference", reference != null ? reference : v5 ? null : c.text("description"));
            }
            default -> throw new IllegalStateException("No mapping for section " + key);
        }
        boolean visible = v5 ? !c.flag("hidden", false) : c.flag("visible", true);
        o.put("visible", visible && !inHiddenSection);
        section(SECTIONS.get(key)).add(o);
    }

    private ObjectNode finish(ObjectNode meta) {
        sections.forEach((name, items) -> {
            if (name.equals("profiles")) {
                basics.set("profiles", items);
            } else {
                out.set(name, items);
            }
        });
        strings(meta, "hiddenSections", List.copyOf(hidden));
        if (!meta.isEmpty()) {
            out.set("meta", meta);
        }
        return out;
    }

    private ArrayNode section(String name) {
        return sections.computeIfAbsent(name, n -> JSON.arrayNode());
    }

    private List<String> ourNames(List<String> rrNames) {
        Set<String> names = new LinkedHashSet<>();
        for (String rr : rrNames) {
            String ours = SECTIONS.getOrDefault(rr, customSectionTargets.get(rr));
            if (ours != null) {
                names.add(ours);
            }
        }
        return List.copyOf(names);
    }

    private void location(String text) {
        if (text != null) {
            basics.putObject("location").put("address", text);
        }
    }

    /** A link field: v5's {@code {url, label}}, v4's {@code {href, label}}, or a plain string. */
    private static String link(JsonCursor c, String field) {
        JsonNode value = c.node().get(field);
        if (value != null && value.isObject()) {
            JsonCursor link = c.object(field).orElseThrow();
            return link.text("url", "href");
        }
        return c.text(field);
    }

    /** Splits {@code March 2022 - Present} into its ends as written; an ongoing end is {@code null}. */
    static String[] period(String period) {
        if (period == null) {
            return new String[] {null, null};
        }
        String[] parts = PERIOD_SEPARATOR.split(period, 2);
        if (parts.length < 2) {
            return new String[] {period, period};
        }
        String end = parts[1].strip();
        return new String[] {parts[0].strip(), ONGOING.contains(end.toLowerCase(Locale.ROOT)) ? null : end};
    }

    private static String pageFormat(String format) {
        return "a4".equalsIgnoreCase(format) || "letter".equalsIgnoreCase(format) ? format.toLowerCase(Locale.ROOT)
                : null;
    }

    private static void dates(ObjectNode o, String[] period) {
        put(o, "startDate", period[0]);
        put(o, "endDate", period[1]);
    }

    private static void put(ObjectNode o, String field, String value) {
        if (value != null && !value.isBlank()) {
            o.put(field, value);
        }
    }

    private static void strings(ObjectNode o, String field, List<String> values) {
        if (!values.isEmpty()) {
            ArrayNode array = o.putArray(field);
            values.forEach(array::add);
        }
    }
}
