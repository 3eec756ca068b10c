package io.jobwright.resume;

import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The user's structured base resume: JSON Resume v1 plus a stable {@code id} on every item and bullet and a
 * {@code visible} flag on every item. Immutable and thread-safe; {@link #tailored} returns a changed copy.
 *
 * <p>Lists are never {@code null}; absent text is {@code null}, never blank. The components follow JSON Resume's
 * section names, except {@code skillItems} and {@code projectItems}: {@link #skills()} and {@link #projects()} are the
 * simpler views the tailoring code works with.
 */
public record Resume(Basics basics, List<Work> work, List<Volunteer> volunteer, List<Education> education,
        List<Award> awards, List<Certificate> certificates, List<Publication> publications, List<Skill> skillItems,
        List<Language> languages, List<Interest> interests, List<Reference> references, List<Project> projectItems,
        Layout layout) {

    public Resume {
        layout = layout == null ? Layout.DEFAULT : layout;
        basics = basics == null ? new Basics(null, null, null, null, null, null, null, null, null) : basics;
        work = copy(work);
        volunteer = copy(volunteer);
        education = copy(education);
        awards = copy(awards);
        certificates = copy(certificates);
        publications = copy(publications);
        skillItems = copy(skillItems);
        languages = copy(languages);
        interests = copy(interests);
        references = copy(references);
        projectItems = copy(projectItems);
    }

    /** A resume in the default layout: every section shown, in the standard order, page format from the locale. */
    public Resume(Basics basics, List<Work> work, List<Volunteer> volunteer, List<Education> education,
            List<Award> awards, List<Certificate> certificates, List<Publication> publications, List<Skill> skillItems,
            List<Language> languages, List<Interest> interests, List<Reference> references, List<Project> projectItems) {
        this(basics, work, volunteer, education, awards, certificates, publications, skillItems, languages, interests,
                references, projectItems, Layout.DEFAULT);
    }

    /**
     * A resume with only the fields tailoring knows about, for callers and tests that need no more. Ids the
     * projects lack are derived as an import would; {@code ResumeProject.date()} becomes both start and end date.
     */
    public Resume(String name, String headline, String summary, List<SkillGroup> skills, List<ResumeProject> projects) {
        this(new Basics(name, headline, null, null, null, summary, null, null, null), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), skillsOf(skills, new ResumeIds()), List.of(), List.of(), List.of(),
                projectsOf(projects), Layout.DEFAULT);
    }

    /** The person's name ({@code basics.name}). */
    public String name() {
        return basics.name();
    }

    /** The headline under the name ({@code basics.label}). */
    public String headline() {
        return basics.label();
    }

    /** The profile summary ({@code basics.summary}). */
    public String summary() {
        return basics.summary();
    }

    /** The visible skill groups, in resume order. */
    public List<SkillGroup> skills() {
        return skillItems.stream().filter(Skill::visible).map(s -> new SkillGroup(s.name(), s.keywords())).toList();
    }

    /** Every project, visible or not, with its stable id: the catalogue a project picker chooses from. */
    public List<ResumeProject> projects() {
        return projectItems.stream().map(p -> new ResumeProject(p.id(), p.name(), p.descriptionOrHighlights(),
                ResumeDates.range(p.startDate(), p.endDate()), p.visible())).toList();
    }

    /** True when the section (one of {@link Layout#SECTIONS}) is shown, i.e. the user did not hide it. */
    public boolean sectionVisible(String section) {
        return !layout.hiddenSections().contains(section);
    }

    /** A copy in another layout. */
    public Resume withLayout(Layout newLayout) {
        return new Resume(basics, work, volunteer, education, awards, certificates, publications, skillItems,
                languages, interests, references, projectItems, newLayout);
    }

    /**
     * A copy with the tailoring applied; this resume is not changed. A {@code null} or blank headline or summary and
     * a {@code null} or empty skill list keep the base's value. Non-null {@code selectedProjectIds} make exactly those
     * projects visible (unknown ids are ignored), in resume order. Bullet rewrites replace the text of the
     * work, volunteer and project highlights with those ids (unknown ids and blank texts are ignored); a rewritten
     * bullet keeps its id and visibility. Everything else stays as it is: hidden sections stay hidden, and so do
     * hidden items and bullets.
     */
    public Resume tailored(Tailoring tailoring) {
        if (tailoring == null) {
            return this;
        }
        Basics tailoredBasics = basics;
        if (tailoring.headline() != null && !tailoring.headline().isBlank()) {
            tailoredBasics = tailoredBasics.withLabel(tailoring.headline().trim());
        }
        if (tailoring.summary() != null && !tailoring.summary().isBlank()) {
            tailoredBasics = tailoredBasics.withSummary(tailoring.summary().trim());
        }
        List<Skill> tailoredSkills = tailoring.skills() == null || tailoring.skills().isEmpty()
                ? skillItems : tailoredSkills(tailoring.skills());
        List<Project> tailoredProjects = projectItems;
        if (tailoring.selectedProjectIds() != null) {
            Set<String> selected = Set.copyOf(tailoring.selectedProjectIds().stream()
                    .filter(id -> id != null).map(String::trim).toList());
            tailoredProjects = projectItems.stream().map(p -> p.withVisible(selected.contains(p.id()))).toList();
        }
        Map<String, String> rewrites = tailoring.bulletRewrites();
        List<Work> tailoredWork = work;
        List<Volunteer> tailoredVolunteer = volunteer;
        if (!rewrites.isEmpty()) {
            tailoredWork = work.stream().map(w -> w.withHighlights(rewritten(w.highlights(), rewrites))).toList();
            tailoredVolunteer = volunteer.stream()
                    .map(v -> v.withHighlights(rewritten(v.highlights(), rewrites))).toList();
            tailoredProjects = tailoredProjects.stream()
                    .map(p -> p.withHighlights(rewritten(p.highlights(), rewrites))).toList();
        }
        return new Resume(tailoredBasics, tailoredWork, tailoredVolunteer, education, awards, certificates,
                publications, tailoredSkills, languages, interests, references, tailoredProjects, layout);
    }

    private static List<Highlight> rewritten(List<Highlight> highlights, Map<String, String> rewrites) {
        return highlights.stream().map(h -> {
            String text = rewrites.get(h.id());
            return text == null || text.isBlank() ? h : new Highlight(h.id(), text.strip(), h.visible());
        }).toList();
    }

    /**
     * Tailored skill groups become visible skill items. A group named like a base item (ignoring case) keeps that
     * item's id and level, so a PDF's skills stay traceable to the base; a new name gets a derived id.
     */
    private List<Skill> tailoredSkills(List<SkillGroup> groups) {
        ResumeIds ids = new ResumeIds();
        List<Skill> result = new ArrayList<>();
        for (SkillGroup group : groups) {
            if (group == null || group.name() == null || group.name().isBlank()) {
                continue;
            }
            String name = group.name().trim();
            Skill base = skillItems.stream()
                    .filter(s -> s.name() != null && s.name().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)))
                    .findFirst().orElse(null);
            List<String> keywords = group.keywords().stream().filter(k -> k != null && !k.isBlank()).map(String::trim).toList();
            result.add(new Skill(ids.claim(base == null ? null : base.id(), "skill", name), name,
                    base == null ? null : base.level(), keywords, true));
        }
        return result;
    }

    private static List<Skill> skillsOf(List<SkillGroup> groups, ResumeIds ids) {
        if (groups == null) {
            return List.of();
        }
        return groups.stream().map(g -> new Skill(ids.claim(null, "skill", g.name()), g.name(), null, g.keywords(), true))
                .toList();
    }

    private static List<Project> projectsOf(List<ResumeProject> projects) {
        if (projects == null) {
            return List.of();
        }
        ResumeIds ids = new ResumeIds();
        return projects.stream().map(p -> new Project(ids.claim(p.id(), "proj", p.name(), p.date()), p.name(),
                p.description(), List.of(), List.of(), p.date(), p.date(), null, List.of(), null, null,
                p.visibleInBase())).toList();
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** Who the resume is about: JSON Resume's {@code basics}; {@code image} is the photo's URL. */
    public record Basics(String name, String label, String email, String phone, String url, String summary,
            Location location, List<Profile> profiles, String image) {
        public Basics {
            location = location == null ? new Location(null, null, null, null, null) : location;
            profiles = copy(profiles);
        }

        /** Basics without a photo. */
        public Basics(String name, String label, String email, String phone, String url, String summary,
                Location location, List<Profile> profiles) {
            this(name, label, email, phone, url, summary, location, profiles, null);
        }

        /** A copy with another headline. */
        public Basics withLabel(String newLabel) {
            return new Basics(name, newLabel, email, phone, url, summary, location, profiles, image);
        }

        /** A copy with another summary. */
        public Basics withSummary(String newSummary) {
            return new Basics(name, label, email, phone, url, newSummary, location, profiles, image);
        }
    }

    /**
     * How the resume is laid out: the order of its sections, the sections the user hid, the page format
     * ({@code a4}, {@code letter}, or {@code null} to follow the locale) and the locale (a BCP 47 tag such as
     * {@code de-DE}, or {@code null}). Section names are those of {@link #SECTIONS}; unknown names are dropped.
     */
    public record Layout(List<String> sectionOrder, List<String> hiddenSections, String pageFormat, String locale) {

        /** Every section name, in the default order. */
        public static final List<String> SECTIONS = List.of("summary", "profiles", "work", "education", "projects",
                "skills", "volunteer", "awards", "certificates", "publications", "languages", "interests",
                "references");

        /** The default order, nothing hidden, no page format or locale. */
        public static final Layout DEFAULT = new Layout(List.of(), List.of(), null, null);

        public Layout {
            sectionOrder = known(sectionOrder);
            hiddenSections = known(hiddenSections);
            pageFormat = pageFormat == null || pageFormat.isBlank() ? null : pageFormat.strip().toLowerCase(Locale.ROOT);
            locale = locale == null || locale.isBlank() ? null : locale.strip();
        }

        /** Every section in display order: the chosen order first, then the rest in the default order. */
        public List<String> orderedSections() {
            Set<String> order = new LinkedHashSet<>(sectionOrder);
            order.addAll(SECTIONS);
            return List.copyOf(order);
        }

        private static List<String> known(List<String> names) {
            if (names == null) {
                return List.of();
            }
            return List.copyOf(new LinkedHashSet<>(names.stream().filter(SECTIONS::contains).toList()));
        }
    }

    /** A postal location; every part is optional. */
    public record Location(String address, String postalCode, String city, String countryCode, String region) {
    }

    /** An online profile such as LinkedIn or GitHub. */
    public record Profile(String id, String network, String username, String url, boolean visible) {
    }

    /** One bullet of a work, volunteer or project item. */
    public record Highlight(String id, String text, boolean visible) {
    }

    /** A job held: JSON Resume's {@code work[]} item ({@code name} is the company). */
    public record Work(String id, String name, String position, String location, String url, String description,
            String startDate, String endDate, String summary, List<Highlight> highlights, boolean visible) {
        public Work {
            highlights = copy(highlights);
        }

        /** A copy with other highlights. */
        public Work withHighlights(List<Highlight> newHighlights) {
            return new Work(id, name, position, location, url, description, startDate, endDate, summary, newHighlights,
                    visible);
        }
    }

    /** Volunteering: JSON Resume's {@code volunteer[]} item. */
    public record Volunteer(String id, String organization, String position, String url, String startDate,
            String endDate, String summary, List<Highlight> highlights, boolean visible) {
        public Volunteer {
            highlights = copy(highlights);
        }

        /** A copy with other highlights. */
        public Volunteer withHighlights(List<Highlight> newHighlights) {
            return new Volunteer(id, organization, position, url, startDate, endDate, summary, newHighlights, visible);
        }
    }

    /** A degree or course of study: JSON Resume's {@code education[]} item, plus a free-text {@code summary}. */
    public record Education(String id, String institution, String url, String area, String studyType,
            String startDate, String endDate, String score, List<String> courses, boolean visible, String summary) {
        public Education {
            courses = copy(courses);
        }

        /** An education item without a summary. */
        public Education(String id, String institution, String url, String area, String studyType, String startDate,
                String endDate, String score, List<String> courses, boolean visible) {
            this(id, institution, url, area, studyType, startDate, endDate, score, courses, visible, null);
        }
    }

    /** An award: JSON Resume's {@code awards[]} item. */
    public record Award(String id, String title, String date, String awarder, String summary, boolean visible) {
    }

    /** A certificate: JSON Resume's {@code certificates[]} item, plus a free-text {@code summary}. */
    public record Certificate(String id, String name, String date, String issuer, String url, boolean visible,
            String summary) {

        /** A certificate without a summary. */
        public Certificate(String id, String name, String date, String issuer, String url, boolean visible) {
            this(id, name, date, issuer, url, visible, null);
        }
    }

    /** A publication: JSON Resume's {@code publications[]} item. */
    public record Publication(String id, String name, String publisher, String releaseDate, String url,
            String summary, boolean visible) {
    }

    /** A skill group: JSON Resume's {@code skills[]} item. */
    public record Skill(String id, String name, String level, List<String> keywords, boolean visible) {
        public Skill {
            keywords = copy(keywords);
        }
    }

    /** A spoken language: JSON Resume's {@code languages[]} item. */
    public record Language(String id, String language, String fluency, boolean visible) {
    }

    /** An interest: JSON Resume's {@code interests[]} item. */
    public record Interest(String id, String name, List<String> keywords, boolean visible) {
        public Interest {
            keywords = copy(keywords);
        }
    }

    /** A reference: JSON Resume's {@code references[]} item. */
    public record Reference(String id, String name, String reference, boolean visible) {
    }

    /** A project: JSON Resume's {@code projects[]} item. */
    public record Project(String id, String name, String description, List<Highlight> highlights,
            List<String> keywords, String startDate, String endDate, String url, List<String> roles, String entity,
            String type, boolean visible) {
        public Project {
            highlights = copy(highlights);
            keywords = copy(keywords);
            roles = copy(roles);
        }

        /** A copy shown or hidden. */
        public Project withVisible(boolean shown) {
            return new Project(id, name, description, highlights, keywords, startDate, endDate, url, roles, entity,
                    type, shown);
        }

        /** A copy with other highlights. */
        public Project withHighlights(List<Highlight> newHighlights) {
            return new Project(id, name, description, newHighlights, keywords, startDate, endDate, url, roles, entity,
                    type, visible);
        }

        /** The description, or the visible highlights joined when there is none: what a picker shows. */
        String descriptionOrHighlights() {
            if (description != null) {
                return description;
            }
            String joined = String.join(" ", highlights.stream().filter(Highlight::visible).map(Highlight::text).toList());
            return joined.isEmpty() ? null : joined;
        }
    }
}
