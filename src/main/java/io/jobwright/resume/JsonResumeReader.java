package io.jobwright.resume;

import io.jobwright.error.InvalidRequest;
import io.jobwright.resume.Resume.Award;
import io.jobwright.resume.Resume.Basics;
import io.jobwright.resume.Resume.Certificate;
import io.jobwright.resume.Resume.Education;
import io.jobwright.resume.Resume.Highlight;
import io.jobwright.resume.Resume.Interest;
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

    private final ResumeIds ids = new ResumeIds();

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
                items(root, "projects", this::project));
    }

    private Basics basics(JsonCursor c) {
        Location location = c.object("location").map(l -> new Location(l.text("address"), l.text("postalCode"),
                l.text("city"), l.text("countryCode"), l.text("region"))).orElse(null);
        return new Basics(c.text("name"), c.text("label"), c.text("email"), c.text("phone"), c.text("url", "website"),
                c.text("summary"), location, items(c, "profiles", this::profile));
    }

    private Profile profile(JsonCursor c) {
        String network = c.text("network");
        String username = c.text("username");
        String url = c.text("url");
        return blank(network, username, url) ? null
                : new Profile(ids.claim(id(c), "profile", network, username, url), network, username, url, visible(c));
    }

    private Work work(JsonCursor c) {
        String name = c.text("name", "company");
        String position = c.text("position");
        String startDate = c.text("startDate");
        String summary = c.text("summary");
        String description = c.text("description");
        List<Bullet> bullets = bullets(c);
        if (blank(name, position, summary, description) && bullets.isEmpty()) {
            return null;
        }
        String id = ids.claim(id(c), "work", name, position, startDate);
        return new Work(id, name, position, c.text("location"), c.text("url", "website"), description, startDate,
                c.text("endDate"), summary, highlights(bullets, id), visible(c));
    }

    private Volunteer volunteer(JsonCursor c) {
        String organization = c.text("organization");
        String position = c.text("position");
        String startDate = c.text("startDate");
        String summary = c.text("summary");
        List<Bullet> bullets = bullets(c);
        if (blank(organization, position, summary) && bullets.isEmpty()) {
            return null;
        }
        String id = ids.claim(id(c), "vol", organization, position, startDate);
        return new Volunteer(id, organization, position, c.text("url", "website"), startDate, c.text("endDate"),
                summary, highlights(bullets, id), visible(c));
    }

    private Education education(JsonCursor c) {
        String institution = c.text("institution");
        String area = c.text("area");
        String studyType = c.text("studyType");
        String startDate = c.text("startDate");
        List<String> courses = c.strings("courses");
        if (blank(institution, area, studyType) && courses.isEmpty()) {
            return null;
        }
        return new Education(ids.claim(id(c), "edu", institution, area, studyType, startDate), institution,
                c.text("url", "website"), area, studyType, startDate, c.text("endDate"), c.text("score", "gpa"),
                courses, visible(c));
    }

    private Award award(JsonCursor c) {
        String title = c.text("title");
        String date = c.text("date");
        String awarder = c.text("awarder");
        String summary = c.text("summary");
        return blank(title, awarder, summary) ? null
                : new Award(ids.claim(id(c), "award", title, date, awarder), title, date, awarder, summary, visible(c));
    }

    private Certificate certificate(JsonCursor c) {
        String name = c.text("name");
        String date = c.text("date");
        String issuer = c.text("issuer");
        return blank(name, issuer) ? null : new Certificate(ids.claim(id(c), "cert", name, date, issuer), name, date,
                issuer, c.text("url", "website"), visible(c));
    }

    private Publication publication(JsonCursor c) {
        String name = c.text("name");
        String releaseDate = c.text("releaseDate");
        String publisher = c.text("publisher");
        String summary = c.text("summary");
        return blank(name, publisher, summary) ? null : new Publication(ids.claim(id(c), "pub", name, releaseDate),
                name, publisher, releaseDate, c.text("url", "website"), summary, visible(c));
    }

    private Skill skill(JsonCursor c) {
        String name = c.text("name");
        List<String> keywords = c.strings("keywords");
        return name == null && keywords.isEmpty() ? null
                : new Skill(ids.claim(id(c), "skill", name), name, c.text("level"), keywords, visible(c));
    }

    private Language language(JsonCursor c) {
        String language = c.text("language");
        return language == null ? null
                : new Language(ids.claim(id(c), "lang", language), language, c.text("fluency", "level"), visible(c));
    }

    private Interest interest(JsonCursor c) {
        String name = c.text("name");
        List<String> keywords = c.strings("keywords");
        return name == null && keywords.isEmpty() ? null
                : new Interest(ids.claim(id(c), "interest", name), name, keywords, visible(c));
    }

    private Reference reference(JsonCursor c) {
        String name = c.text("name");
        String reference = c.text("reference");
        return blank(name, reference) ? null
                : new Reference(ids.claim(id(c), "ref", name), name, reference, visible(c));
    }

    private Project project(JsonCursor c) {
        String name = c.text("name");
        String startDate = c.text("startDate");
        String description = c.text("description");
        List<Bullet> bullets = bullets(c);
        if (blank(name, description) && bullets.isEmpty()) {
            return null;
        }
        String id = ids.claim(id(c), "proj", name, startDate);
        return new Project(id, name, description, highlights(bullets, id), c.strings("keywords"), startDate,
                c.text("endDate"), c.text("url", "website"), c.strings("roles"), c.text("entity"), c.text("type"),
                visible(c));
    }

    /** A highlight as written: a plain string, or an object that may carry its own id and visibility. */
    private record Bullet(String id, String text, boolean visible) {
    }

    private static List<Bullet> bullets(JsonCursor item) {
        List<Bullet> result = new ArrayList<>();
        for (JsonCursor bullet : item.stringsOrObjects("highlights")) {
            if (bullet.node().isObject()) {
                String text = bullet.text("text");
                if (text != null) {
                    result.add(new Bullet(id(bullet), text, visible(bullet)));
                }
            } else if (bullet.ownText() != null) {
                result.add(new Bullet(null, bullet.ownText(), true));
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
