package io.jobwright.resume;

import io.jobwright.error.InvalidRequest;
import io.jobwright.resume.Resume.Award;
import io.jobwright.resume.Resume.Basics;
import io.jobwright.resume.Resume.Certificate;
import io.jobwright.resume.Resume.Education;
import io.jobwright.resume.Resume.Highlight;
import io.jobwright.resume.Resume.Interest;
import io.jobwright.resume.Resume.Layout;
import io.jobwright.resume.Resume.Language;
import io.jobwright.resume.Resume.Location;
import io.jobwright.resume.Resume.Profile;
import io.jobwright.resume.Resume.Project;
import io.jobwright.resume.Resume.Publication;
import io.jobwright.resume.Resume.Reference;
import io.jobwright.resume.Resume.Skill;
import io.jobwright.resume.Resume.Volunteer;
import io.jobwright.resume.Resume.Work;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Reads a JSON Resume v1 object, or our stored superset of it, into a {@link Resume}. Ids and {@code visible} flags
 * are kept when present and filled in when not (see {@link ResumeIds}); highlights may be plain strings or
 * {@code {id, text, visible}} objects. A few older field names are accepted ({@code website} for {@code url},
 * {@code company} for a work item's {@code name}, {@code gpa} for {@code score}, {@code level} for a language's
 * {@code fluency}); unknown fields are ignored, and items with no content at all are dropped.
 * Not thread-safe: one reader per document.
 */
final class JsonResumeReader {

    private static final List<String> UNSAFE_SCHEMES = List.of("javascript:", "data:", "vbscript:", "file:");

    private final ResumeIds ids = new ResumeIds();
    private final boolean cleanMarkup;

    /** A reader for documents from outside: markup in text fields is cleaned to plain text. */
    JsonResumeReader() {
        this(true);
    }

    /** A reader that cleans markup from text fields, or (for our own stored form) takes text as it is. */
    JsonResumeReader(boolean cleanMarkup) {
        this.cleanMarkup = cleanMarkup;
    }

    /**
     * Reads the document's root object.
     *
     * @throws InvalidRequest naming the JSON path of the first field with a wrong type, or {@code basics.name} when it
     *     is missing or blank
     */
    Resume read(JsonCursor root) {
        Basics basics = root.object("basics").map(this::basics).orElse(null);
        if (basics == null || basics.name() == null) {
            throw InvalidRequest.field("basics.name", "is required: the resume needs the person's name");
        }
        return new Resume(basics,
                items(root, "work", this::work),
                items(root, "volunteer", this::volunteer),
                items(root, "education", this::education),
                items(root, "awards", this::award),
                items(root, "certificates", this::certificate),
                items(root, "publications", this::publication),
                items(root, "skills", this::skill),
                items(root, "languages", this::language),
                items(root, "interests", this::interest),
                items(root, "references", this::reference),
                items(root, "projects", this::project),
                root.object("meta").map(JsonResumeReader::layout).orElse(null));
    }

    /** Our layout, kept in JSON Resume's free-form {@code meta} object. */
    private static Layout layout(JsonCursor meta) {
        return new Layout(meta.strings("sectionOrder"), meta.strings("hiddenSections"), meta.text("pageFormat"),
                meta.text("locale"));
    }

    private Basics basics(JsonCursor c) {
        Location location = c.object("location").map(l -> new Location(text(l, "address"), text(l, "postalCode"),
                text(l, "city"), text(l, "countryCode"), text(l, "region"))).orElse(null);
        return new Basics(text(c, "name"), text(c, "label"), text(c, "email"), text(c, "phone"), url(c, "url", "website"),
                text(c, "summary"), location, items(c, "profiles", this::profile), url(c, "image", "picture"));
    }

    private Profile profile(JsonCursor c) {
        String network = text(c, "network");
        String username = text(c, "username");
        String url = url(c, "url", "url");
        return blank(network, username, url) ? null
                : new Profile(ids.claim(id(c), "profile", network, username, url), network, username, url, visible(c));
    }

    private Work work(JsonCursor c) {
        String name = text(c, "name", "company");
        String position = text(c, "position");
        String startDate = text(c, "startDate");
        String summary = text(c, "summary");
        String description = text(c, "description");
        List<Bullet> bullets = bullets(c);
        if (blank(name, position, summary, description) && bullets.isEmpty()) {
            return null;
        }
        String id = ids.claim(id(c), "work", name, position, startDate);
        return new Work(id, name, position, text(c, "location"), url(c, "url", "website"), description, startDate,
                text(c, "endDate"), summary, highlights(bullets, id), visible(c));
    }

    private Volunteer volunteer(JsonCursor c) {
        String organization = text(c, "organization");
        String position = text(c, "position");
        String startDate = text(c, "startDate");
        String summary = text(c, "summary");
        List<Bullet> bullets = bullets(c);
        if (blank(organization, position, summary) && bullets.isEmpty()) {
            return null;
        }
        String id = ids.claim(id(c), "vol", organization, position, startDate);
        return new Volunteer(id, organization, position, url(c, "url", "website"), startDate, text(c, "endDate"),
                summary, highlights(bullets, id), visible(c));
    }

    private Education education(JsonCursor c) {
        String institution = text(c, "institution");
        String area = text(c, "area");
        String studyType = text(c, "studyType");
        String startDate = text(c, "startDate");
        List<String> courses = c.strings("courses");
        if (blank(institution, area, studyType) && courses.isEmpty()) {
            return null;
        }
        return new Education(ids.claim(id(c), "edu", institution, area, studyType, startDate), institution,
                url(c, "url", "website"), area, studyType, startDate, text(c, "endDate"), text(c, "score", "gpa"),
                courses, visible(c), text(c, "summary"));
    }

    private Award award(JsonCursor c) {
        String title = text(c, "title");
        String date = text(c, "date");
        String awarder = text(c, "awarder");
        String summary = text(c, "summary");
        return blank(title, awarder, summary) ? null
                : new Award(ids.claim(id(c), "award", title, date, awarder), title, date, awarder, summary, visible(c));
    }

    private Certificate certificate(JsonCursor c) {
        String name = text(c, "name");
        String date = text(c, "date");
        String issuer = text(c, "issuer");
        return blank(name, issuer) ? null : new Certificate(ids.claim(id(c), "cert", name, date, issuer), name, date,
                issuer, url(c, "url", "website"), visible(c), text(c, "summary"));
    }

    private Publication publication(JsonCursor c) {
        String name = text(c, "name");
        String releaseDate = text(c, "releaseDate");
        String publisher = text(c, "publisher");
        String summary = text(c, "summary");
        return blank(name, publisher, summary) ? null : new Publication(ids.claim(id(c), "pub", name, releaseDate),
                name, publisher, releaseDate, url(c, "url", "website"), summary, visible(c));
    }

    private Skill skill(JsonCursor c) {
        String name = text(c, "name");
        List<String> keywords = c.strings("keywords");
        return name == null && keywords.isEmpty() ? null
                : new Skill(ids.claim(id(c), "skill", name), name, text(c, "level"), keywords, visible(c));
    }

    private Language language(JsonCursor c) {
        String language = text(c, "language");
        return language == null ? null
                : new Language(ids.claim(id(c), "lang", language), language, text(c, "fluency", "level"), visible(c));
    }

    private Interest interest(JsonCursor c) {
        String name = text(c, "name");
        List<String> keywords = c.strings("keywords");
        return name == null && keywords.isEmpty() ? null
                : new Interest(ids.claim(id(c), "interest", name), name, keywords, visible(c));
    }

    private Reference reference(JsonCursor c) {
        String name = text(c, "name");
        String reference = text(c, "reference");
        return blank(name, reference) ? null
                : new Reference(ids.claim(id(c), "ref", name), name, reference, visible(c));
    }

    private Project project(JsonCursor c) {
        String name = text(c, "name");
        String startDate = text(c, "startDate");
        String description = text(c, "description");
        List<Bullet> bullets = bullets(c);
        if (blank(name, description) && bullets.isEmpty()) {
            return null;
        }
        String id = ids.claim(id(c), "proj", name, startDate);
        return new Project(id, name, description, highlights(bullets, id), c.strings("keywords"), startDate,
                text(c, "endDate"), url(c, "url", "website"), c.strings("roles"), text(c, "entity"), text(c, "type"),
                visible(c));
    }

    /** A highlight as written: a plain string, or an object that may carry its own id and visibility. */
    private record Bullet(String id, String text, boolean visible) {
    }

    private List<Bullet> bullets(JsonCursor item) {
        List<Bullet> result = new ArrayList<>();
        List<JsonCursor> meta = item.objects("highlightMeta");
        List<JsonCursor> all = item.stringsOrObjects("highlights");
        for (int i = 0; i < all.size(); i++) {
            JsonCursor bullet = all.get(i);
            if (!bullet.node().isObject() && meta.size() == all.size() && clean(bullet.ownText()) != null) {
                // Our JSON Resume export keeps highlights as plain strings and their ids beside them.
                result.add(new Bullet(id(meta.get(i)), clean(bullet.ownText()), visible(meta.get(i))));
                continue;
            }
            if (bullet.node().isObject()) {
                String text = text(bullet, "text");
                if (text != null) {
                    result.add(new Bullet(id(bullet), text, visible(bullet)));
                }
            } else if (clean(bullet.ownText()) != null) {
                result.add(new Bullet(null, clean(bullet.ownText()), true));
            }
        }
        return result;
    }

    private List<Highlight> highlights(List<Bullet> bullets, String itemId) {
        return bullets.stream()
                .map(b -> new Highlight(ids.claim(b.id(), "hl", itemId, b.text()), b.text(), b.visible()))
                .toList();
    }

    private static <T> List<T> items(JsonCursor parent, String section, Function<JsonCursor, T> reader) {
        return parent.objects(section).stream().map(reader).filter(item -> item != null).toList();
    }

    private static String id(JsonCursor c) {
        return c.text("id");
    }

    /** A text field, with markup cleaned to plain text when reading outside documents. */
    private String text(JsonCursor c, String field) {
        return clean(c.text(field));
    }

    private String text(JsonCursor c, String field, String alias) {
        return clean(c.text(field, alias));
    }

    private String clean(String value) {
        return cleanMarkup && HtmlText.looksLikeHtml(value) ? HtmlText.plain(value) : value;
    }

    /**
     * A link field. Addresses that would run code or read local files when clicked ({@code javascript:},
     * {@code data:}…) are refused naming the field.
     */
    private static String url(JsonCursor c, String field, String alias) {
        String used = c.text(field) != null ? field : alias;
        String value = c.text(used);
        if (value != null) {
            String lower = value.toLowerCase(Locale.ROOT).replaceAll("\\s", "");
            if (UNSAFE_SCHEMES.stream().anyMatch(lower::startsWith)) {
                throw InvalidRequest.field(c.path().isEmpty() ? used : c.path() + "." + used,
                        "must be a web address (http:// or https://) or an e-mail link, not a script or data link");
            }
        }
        return value;
    }

    private static boolean visible(JsonCursor c) {
        return c.flag("visible", true);
    }

    private static boolean blank(String... values) {
        for (String value : values) {
            if (value != null) {
                return false;
            }
        }
        return true;
    }
}
