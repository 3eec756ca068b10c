package io.jobwright.render;

import io.jobwright.resume.Resume;
import io.jobwright.resume.Resume.Basics;
import io.jobwright.resume.Resume.Highlight;
import io.jobwright.resume.Resume.Location;
import io.jobwright.resume.ResumeDates;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Lays a resume out as one-column XHTML with standard English headings, in the order recruiters and parsers expect:
 * name, headline, contact lines, then Summary, Skills, Experience, Projects, Education and the other sections that
 * have visible content. Hidden items and hidden bullets are left out. Stateless apart from the stylesheet, so
 * thread-safe.
 */
final class ResumeHtml {

    private static final String SEPARATOR = " | ";

    /** The stylesheet, escaped once here rather than on every render. */
    private final String escapedCss;

    /** A layout using {@code css} as the document's stylesheet. */
    ResumeHtml(String css) {
        this.escapedCss = Xhtml.escape(css);
    }

    /** The resume as a complete XHTML document with headings in {@code lang}, and the text a reader should find. */
    ResumeLayout render(Resume resume, Language lang) {
        Basics basics = resume.basics();
        Xhtml html = new Xhtml();
        html.markup("<!DOCTYPE html>\n<html lang=\"").markup(lang.code()).markup("\"><head><meta charset=\"UTF-8\"/><title>")
                .markup(Xhtml.escape(basics.name() == null ? "Resume" : basics.name() + " - Resume"))
                .markup("</title><meta name=\"author\" content=\"").markup(Xhtml.escape(basics.name()))
                .markup("\"/><meta name=\"subject\" content=\"Resume\"/><style>").markup(escapedCss)
                .markup("</style></head><body>");
        header(html, basics);
        summary(html, basics.summary(), lang);
        skills(html, resume, lang);
        experience(html, resume, lang);
        projects(html, resume, lang);
        education(html, resume, lang);
        volunteer(html, resume, lang);
        certificates(html, resume, lang);
        awards(html, resume, lang);
        publications(html, resume, lang);
        languages(html, resume, lang);
        interests(html, resume, lang);
        references(html, resume, lang);
        html.markup("</body></html>");
        return new ResumeLayout(html.toString(), html.plainText(), html.headings());
    }

    private static void header(Xhtml html, Basics basics) {
        html.element("h1", null, basics.name());
        if (basics.label() != null) {
            html.element("p", "headline", basics.label());
        }
        List<Runnable> contact = new ArrayList<>();
        if (basics.email() != null) {
            contact.add(() -> html.link(Hrefs.mail(basics.email()), basics.email()));
        }
        if (basics.phone() != null) {
            contact.add(() -> html.link(Hrefs.phone(basics.phone()), basics.phone()));
        }
        if (basics.url() != null) {
            contact.add(() -> html.link(Hrefs.web(basics.url()), basics.url()));
        }
        String place = place(basics.location());
        if (place != null) {
            contact.add(() -> html.text(place));
        }
        separated(html, "contact", contact);
        List<Runnable> profiles = new ArrayList<>();
        basics.profiles().stream().filter(Resume.Profile::visible).forEach(profile -> {
            String shown = profile.url() != null ? profile.url() : profile.username();
            if (shown != null) {
                profiles.add(() -> {
                    if (profile.network() != null) {
                        html.text(profile.network() + ": ");
                    }
                    html.link(Hrefs.web(profile.url()), shown);
                });
            }
        });
        separated(html, "contact", profiles);
    }

    private static void summary(Xhtml html, String summary, Language lang) {
        if (summary != null) {
            html.heading(lang.label(Language.Label.SUMMARY));
            paragraphs(html, summary);
        }
    }

    private static void skills(Xhtml html, Resume resume, Language lang) {
        List<Resume.Skill> skills = visible(resume.skillItems(), Resume.Skill::visible);
        if (skills.isEmpty()) {
            return;
        }
        html.heading(lang.label(Language.Label.SKILLS));
        for (Resume.Skill skill : skills) {
            html.open("p", "line");
            String keywords = String.join(", ", skill.keywords());
            if (skill.name() != null && !keywords.isEmpty()) {
                html.element("b", null, skill.name() + ":").text(" " + keywords);
            } else if (skill.name() != null) {
                html.element("b", null, skill.name());
            } else {
                html.text(keywords);
            }
            if (skill.level() != null) {
                html.text(" (" + skill.level() + ")");
            }
            html.close("p");
        }
    }

    private static void experience(Xhtml html, Resume resume, Language lang) {
        List<Resume.Work> jobs = visible(resume.work(), Resume.Work::visible);
        if (jobs.isEmpty()) {
            return;
        }
        html.heading(lang.label(Language.Label.EXPERIENCE));
        for (Resume.Work job : jobs) {
            entry(html, joined(", ", job.position(), job.name()), null,
                    joined(SEPARATOR, ResumeDates.range(job.startDate(), job.endDate()), job.location()), job.url());
            paragraphs(html, job.description());
            paragraphs(html, job.summary());
            bullets(html, job.highlights());
            html.close("div");
        }
    }

    private static void projects(Xhtml html, Resume resume, Language lang) {
        List<Resume.Project> projects = visible(resume.projectItems(), Resume.Project::visible);
        if (projects.isEmpty()) {
            return;
        }
        html.heading(lang.label(Language.Label.PROJECTS));
        for (Resume.Project project : projects) {
            entry(html, joined(", ", project.name(), project.entity()), null,
                    joined(SEPARATOR, ResumeDates.range(project.startDate(), project.endDate()),
                            String.join(", ", project.roles())), project.url());
            paragraphs(html, project.description());
            bullets(html, project.highlights());
            if (!project.keywords().isEmpty()) {
                html.open("p", "line").element("b", null, "Keywords:")
                        .text(" " + String.join(", ", project.keywords())).close("p");
            }
            html.close("div");
        }
    }

    private static void education(Xhtml html, Resume resume, Language lang) {
        List<Resume.Education> schools = visible(resume.education(), Resume.Education::visible);
        if (schools.isEmpty()) {
            return;
        }
        html.heading(lang.label(Language.Label.EDUCATION));
        for (Resume.Education school : schools) {
            String degree = joined(", ", school.studyType(), school.area());
            entry(html, school.institution() != null ? school.institution() : degree,
                    school.institution() != null ? degree : null,
                    joined(SEPARATOR, ResumeDates.range(school.startDate(), school.endDate()),
                            school.score() == null ? null : lang.label(Language.Label.SCORE) + " " + school.score()), school.url());
            if (!school.courses().isEmpty()) {
                html.open("p", "line").element("b", null, "Courses:")
                        .text(" " + String.join(", ", school.courses())).close("p");
            }
            html.close("div");
        }
    }

    private static void volunteer(Xhtml html, Resume resume, Language lang) {
        List<Resume.Volunteer> roles = visible(resume.volunteer(), Resume.Volunteer::visible);
        if (roles.isEmpty()) {
            return;
        }
        html.heading(lang.label(Language.Label.VOLUNTEER));
        for (Resume.Volunteer role : roles) {
            entry(html, joined(", ", role.position(), role.organization()), null,
                    ResumeDates.range(role.startDate(), role.endDate()), role.url());
            paragraphs(html, role.summary());
            bullets(html, role.highlights());
            html.close("div");
        }
    }

    private static void certificates(Xhtml html, Resume resume, Language lang) {
        List<Resume.Certificate> certificates = visible(resume.certificates(), Resume.Certificate::visible);
        if (certificates.isEmpty()) {
            return;
        }
        html.heading(lang.label(Language.Label.CERTIFICATIONS));
        for (Resume.Certificate certificate : certificates) {
            entry(html, certificate.name(), certificate.issuer(), ResumeDates.format(certificate.date()),
                    certificate.url());
            html.close("div");
        }
    }

    private static void awards(Xhtml html, Resume resume, Language lang) {
        List<Resume.Award> awards = visible(resume.awards(), Resume.Award::visible);
        if (awards.isEmpty()) {
            return;
        }
        html.heading(lang.label(Language.Label.AWARDS));
        for (Resume.Award award : awards) {
            entry(html, award.title(), award.awarder(), ResumeDates.format(award.date()), null);
            paragraphs(html, award.summary());
            html.close("div");
        }
    }

    private static void publications(Xhtml html, Resume resume, Language lang) {
        List<Resume.Publication> publications = visible(resume.publications(), Resume.Publication::visible);
        if (publications.isEmpty()) {
            return;
        }
        html.heading(lang.label(Language.Label.PUBLICATIONS));
        for (Resume.Publication publication : publications) {
            entry(html, publication.name(), publication.publisher(), ResumeDates.format(publication.releaseDate()),
                    publication.url());
            paragraphs(html, publication.summary());
            html.close("div");
        }
    }

    private static void languages(Xhtml html, Resume resume, Language lang) {
        List<String> languages = visible(resume.languages(), Resume.Language::visible).stream()
                .map(l -> l.fluency() == null ? l.language() : l.language() + " (" + l.fluency() + ")").toList();
        if (!languages.isEmpty()) {
            html.heading(lang.label(Language.Label.LANGUAGES)).element("p", "line", String.join(", ", languages));
        }
    }

    private static void interests(Xhtml html, Resume resume, Language lang) {
        List<Resume.Interest> interests = visible(resume.interests(), Resume.Interest::visible);
        if (interests.isEmpty()) {
            return;
        }
        html.heading(lang.label(Language.Label.INTERESTS));
        for (Resume.Interest interest : interests) {
            html.open("p", "line");
            if (interest.keywords().isEmpty()) {
                html.text(interest.name());
            } else {
                html.element("b", null, interest.name() == null ? "" : interest.name() + ":")
                        .text(" " + String.join(", ", interest.keywords()));
            }
            html.close("p");
        }
    }

    private static void references(Xhtml html, Resume resume, Language lang) {
        List<Resume.Reference> references = visible(resume.references(), Resume.Reference::visible);
        if (references.isEmpty()) {
            return;
        }
        html.heading(lang.label(Language.Label.REFERENCES));
        for (Resume.Reference reference : references) {
            html.open("div", "entry");
            if (reference.name() != null) {
                html.element("p", "entry-title", reference.name());
            }
            paragraphs(html, reference.reference());
            html.close("div");
        }
    }

    /**
     * Opens an entry's {@code div} (the caller closes it) with a bold title, an optional plain subtitle on the same
     * line, and a muted line of dates and details; a web address, if any, ends that line as a link.
     */
    private static void entry(Xhtml html, String title, String subtitle, String meta, String url) {
        html.open("div", "entry").open("p", "entry-title");
        if (title != null) {
            html.element("b", null, title);
        }
        if (subtitle != null) {
            html.text(title != null ? ", " + subtitle : subtitle);
        }
        html.close("p");
        if (meta != null || url != null) {
            html.open("p", "entry-meta");
            if (meta != null) {
                html.text(meta);
            }
            if (url != null) {
                html.text(meta != null ? SEPARATOR : "").link(Hrefs.web(url), url);
            }
            html.close("p");
        }
    }

    private static void bullets(Xhtml html, List<Highlight> highlights) {
        List<Highlight> shown = visible(highlights, Highlight::visible);
        if (shown.isEmpty()) {
            return;
        }
        html.open("ul", null);
        shown.forEach(h -> html.element("li", null, h.text()));
        html.close("ul");
    }

    /** Blank lines separate paragraphs; a single line break stays a line break. */
    private static void paragraphs(Xhtml html, String text) {
        if (text == null) {
            return;
        }
        for (String paragraph : text.strip().split("\\R\\s*\\R")) {
            html.open("p", null);
            String[] lines = paragraph.strip().split("\\R");
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    html.markup("<br/>");
                }
                html.text(lines[i].strip());
            }
            html.close("p");
        }
    }

    /** Items joined by the separator into one {@code p}; nothing when there are none. */
    private static void separated(Xhtml html, String cssClass, List<Runnable> items) {
        if (items.isEmpty()) {
            return;
        }
        html.open("p", cssClass);
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                html.text(SEPARATOR);
            }
            items.get(i).run();
        }
        html.close("p");
    }

    private static String place(Location location) {
        return joined(", ", location.address(), location.city(), location.region(), location.postalCode(),
                location.countryCode());
    }

    private static String joined(String separator, String... parts) {
        List<String> present = Stream.of(parts).filter(Objects::nonNull).filter(p -> !p.isBlank()).toList();
        return present.isEmpty() ? null : String.join(separator, present);
    }

    private static <T> List<T> visible(List<T> items, Predicate<T> shown) {
        return items.stream().filter(shown).toList();
    }
}
