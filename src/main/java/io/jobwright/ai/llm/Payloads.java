package io.jobwright.ai.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jobwright.ai.JobPosting;
import io.jobwright.resume.Resume;
import io.jobwright.web.Json;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the LLM gets to see, minimised. Profiles never carry the name, email, phone, URLs, online profiles, street
 * address, postal code or references, and only visible items; jobs carry the posting's facts only (no status, score,
 * tailoring or ids). Empty values are dropped to save tokens. Descriptions are sent as plain text, capped at
 * {@link #MAX_DESCRIPTION_CHARS}.
 */
final class Payloads {

    static final int MAX_DESCRIPTION_CHARS = 12_000;
    private static final Pattern SCRIPT = Pattern.compile("(?is)<(script|style)[^>]*>.*?</\\1\\s*>");
    private static final Pattern BREAK = Pattern.compile("(?i)<\\s*(br|/p|/li|/h[1-6]|/div|/tr)\\b[^>]*>");
    private static final Pattern TAG = Pattern.compile("<[^>]{0,2000}>");

    private Payloads() {
    }

    /** The profile for scoring. */
    static ObjectNode scoringProfile(Resume resume) {
        ObjectNode profile = Json.MAPPER.createObjectNode();
        ObjectNode basics = profile.putObject("basics");
        put(basics, "headline", resume.basics().label());
        put(basics, "summary", resume.basics().summary());
        Resume.Location location = resume.basics().location();
        put(basics, "location", join(location.city(), location.region(), location.countryCode()));
        ArrayNode work = profile.putArray("experience");
        resume.work().stream().filter(Resume.Work::visible).forEach(w -> {
            ObjectNode item = work.addObject();
            put(item, "company", w.name());
            put(item, "position", w.position());
            put(item, "location", w.location());
            put(item, "period", period(w.startDate(), w.endDate()));
            put(item, "summary", w.summary());
            highlightTexts(item, w.highlights());
        });
        skills(profile, resume);
        ArrayNode projects = profile.putArray("projects");
        resume.projectItems().stream().filter(Resume.Project::visible).forEach(p -> {
            ObjectNode item = projects.addObject();
            put(item, "name", p.name());
            put(item, "description", p.description());
            put(item, "period", period(p.startDate(), p.endDate()));
            strings(item, "keywords", p.keywords());
            highlightTexts(item, p.highlights());
        });
        ArrayNode education = profile.putArray("education");
        resume.education().stream().filter(Resume.Education::visible).forEach(e -> {
            ObjectNode item = education.addObject();
            put(item, "institution", e.institution());
            put(item, "studyType", e.studyType());
            put(item, "area", e.area());
            put(item, "period", period(e.startDate(), e.endDate()));
        });
        ArrayNode certificates = profile.putArray("certificates");
        resume.certificates().stream().filter(Resume.Certificate::visible).forEach(c -> {
            ObjectNode item = certificates.addObject();
            put(item, "name", c.name());
            put(item, "issuer", c.issuer());
            put(item, "date", c.date());
        });
        ArrayNode languages = profile.putArray("languages");
        resume.languages().stream().filter(Resume.Language::visible).forEach(l -> {
            ObjectNode item = languages.addObject();
            put(item, "language", l.language());
            put(item, "fluency", l.fluency());
        });
        ArrayNode awards = profile.putArray("awards");
        resume.awards().stream().filter(Resume.Award::visible).forEach(a -> {
            ObjectNode item = awards.addObject();
            put(item, "title", a.title());
            put(item, "awarder", a.awarder());
            put(item, "date", a.date());
        });
        ArrayNode volunteer = profile.putArray("volunteer");
        resume.volunteer().stream().filter(Resume.Volunteer::visible).forEach(v -> {
            ObjectNode item = volunteer.addObject();
            put(item, "organization", v.organization());
            put(item, "position", v.position());
            put(item, "summary", v.summary());
        });
        ArrayNode interests = profile.putArray("interests");
        resume.interests().stream().filter(Resume.Interest::visible).forEach(i -> {
            ObjectNode item = interests.addObject();
            put(item, "name", i.name());
            strings(item, "keywords", i.keywords());
        });
        return pruned(profile);
    }

    /**
     * The resume for tailoring: headline, summary, skills, and work and project items with their bullets and the
     * bullets' ids, so rewrites can be keyed to them.
     */
    static ObjectNode tailoringProfile(Resume resume) {
        ObjectNode profile = Json.MAPPER.createObjectNode();
        put(profile, "headline", resume.basics().label());
        put(profile, "summary", resume.basics().summary());
        skills(profile, resume);
        ArrayNode work = profile.putArray("experience");
        resume.work().stream().filter(Resume.Work::visible).forEach(w -> {
            ObjectNode item = work.addObject();
            put(item, "company", w.name());
            put(item, "position", w.position());
            put(item, "period", period(w.startDate(), w.endDate()));
            put(item, "summary", w.summary());
            bullets(item, w.highlights());
        });
        ArrayNode projects = profile.putArray("projects");
        resume.projectItems().forEach(p -> {
            ObjectNode item = projects.addObject();
            put(item, "id", p.id());
            put(item, "name", p.name());
            put(item, "description", p.description());
            strings(item, "keywords", p.keywords());
            bullets(item, p.highlights());
        });
        return pruned(profile);
    }

    /** The posting's facts for scoring. */
    static ObjectNode job(JobPosting job) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        put(node, "title", job.title());
        put(node, "employer", job.employer());
        put(node, "location", job.location());
        put(node, "salary", job.salary());
        if (job.salaryMinAmount() != null) {
            node.put("salaryMinAmount", job.salaryMinAmount());
        }
        if (job.salaryMaxAmount() != null) {
            node.put("salaryMaxAmount", job.salaryMaxAmount());
        }
        put(node, "salaryCurrency", job.salaryCurrency());
        put(node, "salaryInterval", job.salaryInterval());
        if (job.remote() != null) {
            node.put("isRemote", job.remote());
        }
        put(node, "workFromHomeType", job.workFromHomeType());
        put(node, "jobType", job.jobType());
        put(node, "jobLevel", job.jobLevel());
        put(node, "degreeRequired", job.degreeRequired());
        put(node, "disciplines", job.disciplines());
        put(node, "jobDescription", description(job.description()));
        return node;
    }

    /** A description as plain text, capped. */
    static String description(String htmlOrText) {
        if (htmlOrText == null || htmlOrText.isBlank()) {
            return null;
        }
        String text = TAG.matcher(BREAK.matcher(SCRIPT.matcher(htmlOrText).replaceAll(" ")).replaceAll("\n"))
                .replaceAll(" ");
        text = text.replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'")
                .replaceAll("[ \\t\\x0B\\f\\u00A0]+", " ").replaceAll("\\s*\n\\s*", "\n").strip();
        return text.length() <= MAX_DESCRIPTION_CHARS ? text : text.substring(0, MAX_DESCRIPTION_CHARS) + " …";
    }

    private static void skills(ObjectNode profile, Resume resume) {
        ArrayNode skills = profile.putArray("skills");
        resume.skillItems().stream().filter(Resume.Skill::visible).forEach(s -> {
            ObjectNode item = skills.addObject();
            put(item, "name", s.name());
            put(item, "level", s.level());
            strings(item, "keywords", s.keywords());
        });
    }

    private static void highlightTexts(ObjectNode item, List<Resume.Highlight> highlights) {
        strings(item, "highlights", highlights.stream().filter(Resume.Highlight::visible).map(Resume.Highlight::text).toList());
    }

    private static void bullets(ObjectNode item, List<Resume.Highlight> highlights) {
        ArrayNode bullets = item.putArray("bullets");
        highlights.stream().filter(h -> h.visible() && h.id() != null && h.text() != null).forEach(h ->
                bullets.addObject().put("id", h.id()).put("text", h.text()));
    }

    private static void strings(ObjectNode item, String name, List<String> values) {
        ArrayNode array = item.putArray(name);
        values.stream().filter(v -> v != null && !v.isBlank()).forEach(array::add);
    }

    private static void put(ObjectNode node, String name, String value) {
        if (value != null && !value.isBlank()) {
            node.put(name, value.strip());
        }
    }

    private static String period(String start, String end) {
        if (start == null && end == null) {
            return null;
        }
        return (start == null ? "?" : start) + " – " + (end == null ? "present" : end);
    }

    private static String join(String... parts) {
        String joined = String.join(", ", java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).toList());
        return joined.isEmpty() ? null : joined;
    }

    /** Drops empty arrays and objects, recursively. */
    private static ObjectNode pruned(ObjectNode node) {
        List<String> empty = new java.util.ArrayList<>();
        node.properties().forEach(e -> {
            JsonNode value = e.getValue();
            if (value.isObject()) {
                pruned((ObjectNode) value);
            } else if (value.isArray()) {
                value.forEach(v -> {
                    if (v.isObject()) {
                        pruned((ObjectNode) v);
                    }
                });
            }
            if ((value.isObject() || value.isArray()) && value.isEmpty()) {
                empty.add(e.getKey());
            }
        });
        node.remove(empty);
        return node;
    }
}
