package io.jobwright.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jobwright.error.JobwrightException;
import io.jobwright.resume.ReactiveResumeApi;
import io.jobwright.resume.ReactiveResumeWriter;
import io.jobwright.resume.Resume;
import io.jobwright.settings.Setting;
import io.jobwright.settings.SettingsService;
import java.net.http.HttpClient;
import java.util.function.Supplier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The optional remote renderer: a Reactive Resume v5 server (the {@code rxresumeUrl} and {@code rxresumeApiKey}
 * settings) prints the resume in its own template. Each render imports the (tailored) resume as a temporary resume,
 * downloads its PDF and deletes the temporary resume again, also when the download fails. Only what the resume shows
 * is sent (hidden bullets stay home); the section titles are our headings in the chosen language and the page format
 * is the chosen paper, so the read-back check can look for them. Failures are the client's
 * {@link io.jobwright.error.Upstream}, {@link io.jobwright.error.Timeout} or, for a missing or refused key,
 * {@link io.jobwright.error.InvalidRequest}, each naming Reactive Resume. Thread-safe.
 */
public final class ReactiveResumeRenderer implements ResumeRenderer {

    private static final Logger LOG = LoggerFactory.getLogger(ReactiveResumeRenderer.class);

    /** The prefix of a temporary resume's name, so a user can tell (and remove) any a crash left behind. */
    static final String TEMPORARY_NAME = "Jobwright temporary resume ";

    /** Our section names, the Reactive Resume section that holds each, and the heading printed for it. */
    private static final Map<String, String> RR_SECTIONS = Map.ofEntries(
            Map.entry("work", "experience"), Map.entry("education", "education"), Map.entry("projects", "projects"),
            Map.entry("skills", "skills"), Map.entry("volunteer", "volunteer"), Map.entry("awards", "awards"),
            Map.entry("certificates", "certifications"), Map.entry("publications", "publications"),
            Map.entry("languages", "languages"), Map.entry("interests", "interests"),
            Map.entry("references", "references"));
    private static final Map<String, Language.Label> HEADINGS = Map.ofEntries(
            Map.entry("summary", Language.Label.SUMMARY), Map.entry("work", Language.Label.EXPERIENCE),
            Map.entry("education", Language.Label.EDUCATION), Map.entry("projects", Language.Label.PROJECTS),
            Map.entry("skills", Language.Label.SKILLS), Map.entry("volunteer", Language.Label.VOLUNTEER),
            Map.entry("awards", Language.Label.AWARDS), Map.entry("certificates", Language.Label.CERTIFICATIONS),
            Map.entry("publications", Language.Label.PUBLICATIONS), Map.entry("languages", Language.Label.LANGUAGES),
            Map.entry("interests", Language.Label.INTERESTS), Map.entry("references", Language.Label.REFERENCES));

    private final SettingsService settings;
    private final Supplier<HttpClient> http;

    /** Reads the server's address and key from {@code settings} at every render. */
    public ReactiveResumeRenderer(SettingsService settings, Supplier<HttpClient> http) {
        this.settings = settings;
        this.http = http;
    }

    /** {@code rxresume-v5@<api base>}: pointing at another server makes every generated PDF stale. */
    @Override
    public String id() {
        String url = settings.get(Setting.RXRESUME_URL);
        return "rxresume-v5@" + (url == null || url.isBlank() ? "unset" : ReactiveResumeApi.apiBase(url));
    }

    @Override
    public byte[] render(Resume resume, RenderOptions options) {
        ReactiveResumeApi api = new ReactiveResumeApi(http.get(), settings.get(Setting.RXRESUME_URL),
                settings.get(Setting.RXRESUME_API_KEY));
        String id = api.importResume(TEMPORARY_NAME + UUID.randomUUID(), document(resume, options));
        try {
            return api.pdf(id);
        } finally {
            try {
                api.delete(id);
            } catch (JobwrightException e) {
                LOG.warn("Could not delete the temporary Reactive Resume resume {}: {}", id, e.getMessage());
            }
        }
    }

    /**
     * The read-back check with the headings in the order the Reactive Resume document lays the sections out (its
     * templates follow that order, not our themes').
     */
    @Override
    public AtsReport check(Resume resume, RenderOptions options, byte[] pdf) {
        ResumeLayout expected = AtsCheck.expected(resume, options.language());
        Map<String, Integer> rank = new HashMap<>();
        List<String> order = resume.layout().orderedSections();
        for (int i = 0; i < order.size(); i++) {
            Language.Label label = HEADINGS.get(order.get(i));
            if (label != null) {
                rank.putIfAbsent(options.language().label(label), i);
            }
        }
        List<String> headings = new ArrayList<>(expected.headings());
        headings.sort(Comparator.comparingInt(h -> rank.getOrDefault(h, Integer.MAX_VALUE)));
        return AtsCheck.check(resume, new ResumeLayout("", expected.text(), headings), pdf);
    }

    /** The v5 document sent to the server: the visible resume, our headings as titles, the chosen paper. */
    static ObjectNode document(Resume resume, RenderOptions options) {
        ObjectNode document = ReactiveResumeWriter.visible(resume);
        Language language = options.language();
        ((ObjectNode) document.path("summary")).put("title", language.label(Language.Label.SUMMARY));
        JsonNode sections = document.path("sections");
        RR_SECTIONS.forEach((ours, theirs) -> {
            if (sections.path(theirs).isObject()) {
                ((ObjectNode) sections.get(theirs)).put("title", language.label(HEADINGS.get(ours)));
            }
        });
        JsonNode page = document.path("metadata").path("page");
        if (page.isObject()) {
            ((ObjectNode) page).put("format", options.pageSize().id());
        }
        return document;
    }
}
