package io.jobwright.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jobwright.TestApp;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings → Resume → a section as a form: what it shows, what saving keeps, and what it refuses. */
class ResumeSectionPagesIT {

    @TempDir
    Path dataDir;
    TestApp app;

    @BeforeEach
    void start() {
        app = TestApp.sqlite(dataDir).withAdmin().withResume();
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private JsonNode resume() {
        return app.call("GET", "/api/resume", null).data();
    }

    private Document page(String section) {
        TestApp.Response response = app.send("GET", "/settings/resume/sections/" + section, null, Map.of(), app.token());
        assertThat(response.status()).isEqualTo(200);
        return Jsoup.parse(response.text());
    }

    /** Every field of the form as the browser would send it (checked boxes only), then {@code changes} on top. */
    private static Map<String, String> fields(Document page, Map<String, String> changes) {
        return fields(page, "form.section-editor", changes);
    }

    private static Map<String, String> fields(Document page, String formSelector, Map<String, String> changes) {
        Map<String, String> form = new LinkedHashMap<>();
        for (Element input : page.select(formSelector + " input, " + formSelector + " textarea")) {
            String name = input.attr("name");
            if (input.attr("type").equals("checkbox")) {
                if (input.hasAttr("checked")) {
                    form.put(name, "on");
                }
            } else if (!name.isEmpty()) {
                form.put(name, input.tagName().equals("textarea") ? input.wholeText() : input.val());
            }
        }
        changes.forEach((name, value) -> {
            if (value == null) {
                form.remove(name);
            } else {
                form.put(name, value);
            }
        });
        return form;
    }

    private TestApp.Response post(String section, Map<String, String> form) {
        return postTo("/settings/resume/sections/" + section, form);
    }

    private TestApp.Response postTo(String path, Map<String, String> form) {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return app.send("POST", path, body.getBytes(StandardCharsets.UTF_8),
                Map.of("Content-Type", "application/x-www-form-urlencoded"), app.token());
    }

    private Document resumePage() {
        TestApp.Response response = app.send("GET", "/settings/resume", null, Map.of(), app.token());
        assertThat(response.status()).isEqualTo(200);
        return Jsoup.parse(response.text());
    }

    private static Map<String, String> changes(String... pairs) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put(pairs[i], pairs[i + 1]);
        }
        return out;
    }

    @Test
    void the_form_shows_each_position_with_its_bullets_one_per_line() {
        Document page = page("work");

        assertThat(page.select("fieldset.resume-item")).hasSize(resume().path("resume").path("work").size());
        assertThat(page.selectFirst("[name='item.0.name']").val()).isEqualTo("Northwind Freight");
        assertThat(page.selectFirst("[name='item.0.highlights']").wholeText()).isEqualTo(
                "Cut p99 latency of the tracking API from 900 ms to 120 ms\nLed the move from cron jobs to a durable job queue");
        assertThat(page.selectFirst("[name='item.0.visible']").hasAttr("checked")).isTrue();
    }

    @Test
    void saving_stores_a_new_revision_where_unchanged_bullets_keep_their_ids_and_removed_items_are_gone() {
        // A bullet with an id of its own (not one derived from its words) that the user hid from the PDF.
        JsonNode edited = resume().path("resume").deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) edited.path("work").get(0).path("highlights").get(1))
                .put("id", "hl-queue").put("visible", false);
        assertThat(app.call("PUT", "/api/resume", edited).status()).isEqualTo(200);
        JsonNode before = resume();
        JsonNode firstJob = before.path("resume").path("work").get(0);
        String keptBulletId = firstJob.path("highlights").get(1).path("id").asText();
        assertThat(keptBulletId).isEqualTo("hl-queue");
        String rewordedBulletId = firstJob.path("highlights").get(0).path("id").asText();
        int positions = before.path("resume").path("work").size();

        TestApp.Response saved = post("work", fields(page("work"), changes(
                "item.0.position", "Staff Backend Engineer",
                "item.0.highlights", "Cut p99 latency of the tracking API to 120 ms\n"
                        + "Led the move from cron jobs to a durable job queue\n\nMentored two engineers",
                "item.1.remove", "on")));

        assertThat(saved.status()).as(saved.text()).isEqualTo(303);
        assertThat(saved.header("Location")).isEqualTo("/settings/resume/sections/work?saved=1");
        JsonNode after = resume();
        assertThat(after.path("revision").asInt()).isEqualTo(before.path("revision").asInt() + 1);
        JsonNode work = after.path("resume").path("work");
        assertThat(work.size()).isEqualTo(positions - 1);
        JsonNode job = work.get(0);
        assertThat(job.path("id").asText()).isEqualTo(firstJob.path("id").asText());
        assertThat(job.path("position").asText()).isEqualTo("Staff Backend Engineer");
        assertThat(job.path("summary").asText()).isEqualTo("Owns the shipment tracking platform.");
        assertThat(job.path("highlights").findValuesAsText("text")).containsExactly(
                "Cut p99 latency of the tracking API to 120 ms", "Led the move from cron jobs to a durable job queue",
                "Mentored two engineers");
        assertThat(job.path("highlights").get(1).path("id").asText()).isEqualTo(keptBulletId);
        assertThat(job.path("highlights").get(1).path("visible").asBoolean()).isFalse();
        assertThat(job.path("highlights").get(0).path("id").asText()).isNotEqualTo(rewordedBulletId);
        assertThat(after.path("resume").path("education")).isEqualTo(before.path("resume").path("education"));
        TestApp.Response shown = app.send("GET", saved.header("Location"), null, Map.of(), app.token());
        assertThat(Jsoup.parse(shown.text()).selectFirst("[data-notice]").text())
                .isEqualTo("Saved as revision " + after.path("revision").asInt() + ".");
    }

    @Test
    void adding_and_moving_keep_what_was_typed_and_save_nothing_until_saved() {
        int revision = resume().path("revision").asInt();
        Document page = page("skills");

        TestApp.Response added = post("skills", fields(page, changes("item.0.keywords", "Java, Go", "add", "1")));
        assertThat(added.status()).isEqualTo(200);
        Document more = Jsoup.parse(added.text());
        assertThat(more.select("fieldset.resume-item")).hasSize(3);
        assertThat(more.selectFirst("[name='item.0.keywords']").val()).isEqualTo("Java, Go");

        TestApp.Response moved = post("skills", fields(more, changes("item.2.name", "Cloud",
                "item.2.keywords", "AWS,  Terraform ,", "up", "2")));
        Document reordered = Jsoup.parse(moved.text());
        assertThat(reordered.selectFirst("[name='item.1.name']").val()).isEqualTo("Cloud");
        assertThat(resume().path("revision").asInt()).isEqualTo(revision);

        assertThat(post("skills", fields(reordered, Map.of())).status()).isEqualTo(303);
        JsonNode skills = resume().path("resume").path("skills");
        assertThat(skills.findValuesAsText("name")).containsExactly("Backend", "Cloud", "Operations");
        assertThat(skills.get(0).path("keywords").toString()).isEqualTo("[\"Java\",\"Go\"]");
        assertThat(skills.get(1).path("keywords").toString()).isEqualTo("[\"AWS\",\"Terraform\"]");
    }

    @Test
    void a_hidden_item_stays_in_the_resume_but_is_not_shown_and_an_empty_new_one_is_ignored() {
        Document withNew = Jsoup.parse(post("projects", fields(page("projects"), changes("add", "1"))).text());
        int count = withNew.select("fieldset.resume-item").size();

        TestApp.Response saved = post("projects", fields(withNew, changes("item.0.visible", null)));

        assertThat(saved.status()).isEqualTo(303);
        JsonNode projects = resume().path("resume").path("projects");
        assertThat(projects.size()).isEqualTo(count - 1);
        assertThat(projects.get(0).path("visible").asBoolean()).isFalse();
        assertThat(projects.get(1).path("visible").asBoolean()).isTrue();
    }

    @Test
    void markup_in_a_bullet_is_stored_as_plain_text_and_shown_back_as_stored() {
        String hostile = "<img src=x onerror=alert(1)>Shipped <b>fast</b>";

        post("work", fields(page("work"), changes("item.0.highlights", hostile)));

        String stored = resume().path("resume").path("work").get(0).path("highlights").get(0).path("text").asText();
        assertThat(stored).doesNotContain("<img", "onerror").contains("Shipped");
        // The form shows exactly what was stored.
        assertThat(page("work").selectFirst("[name='item.0.highlights']").wholeText()).startsWith(stored);
    }

    @Test
    void a_form_made_from_an_older_revision_is_refused_and_changes_nothing() {
        Document stale = page("education");
        app.call("PUT", "/api/resume", resume().path("resume"));
        JsonNode before = resume();

        TestApp.Response refused = post("education", fields(stale, changes("item.0.institution", "Elsewhere")));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(Jsoup.parse(refused.text()).select("[role=alert]").text()).contains("changed since revision");
        assertThat(Jsoup.parse(refused.text()).selectFirst("[name='item.0.institution']").val()).isEqualTo("Elsewhere");
        assertThat(resume()).isEqualTo(before);
    }

    /** One item in every section, with fields no form shows (urls, ids, hidden bullets). */
    private static final String EVERY_SECTION = """
            {"basics": {"name": "Ada Quinn", "profiles": [{"network": "GitHub", "username": "adaq"}]},
             "work": [{"id": "w1", "name": "Northwind", "position": "Engineer", "url": "https://northwind.example",
                       "description": "Freight", "startDate": "2021-03",
                       "highlights": [{"id": "h1", "text": "Shipped it", "visible": false}, "Ran it"]}],
             "volunteer": [{"id": "v1", "organization": "Code Club", "position": "Mentor", "url": "https://cc.example",
                            "startDate": "2019", "highlights": ["Taught Python"]}],
             "education": [{"id": "e1", "institution": "Leeds", "area": "CS", "studyType": "BSc", "courses": ["Compilers"],
                            "url": "https://leeds.example", "summary": "First class"}],
             "awards": [{"id": "a1", "title": "Best Paper", "awarder": "ACM", "date": "2020", "summary": "For queues"}],
             "certificates": [{"id": "c1", "name": "CKA", "issuer": "CNCF", "date": "2022", "url": "https://cncf.example",
                               "summary": "Kubernetes"}],
             "publications": [{"id": "p1", "name": "On Queues", "publisher": "ACM", "releaseDate": "2020-05",
                               "url": "https://acm.example", "summary": "A paper"}],
             "skills": [{"id": "s1", "name": "Backend", "level": "Expert", "keywords": ["Java", "SQL"]}],
             "languages": [{"id": "l1", "language": "English", "fluency": "Native"}],
             "interests": [{"id": "i1", "name": "Sailing", "keywords": ["Dinghies", "Racing"]}],
             "references": [{"id": "r1", "name": "Grace", "reference": "Ada is great."}],
             "projects": [{"id": "pr1", "name": "Route Planner", "description": "Optimiser", "keywords": ["Java"],
                           "roles": ["Maintainer"], "entity": "Personal", "type": "application",
                           "highlights": ["Fast"], "startDate": "2022"}],
             "meta": {"pageFormat": "a4"}}
            """;

    @Test
    void saving_any_section_unchanged_changes_nothing_but_the_revision_number() throws Exception {
        JsonNode every = com.fasterxml.jackson.databind.json.JsonMapper.builder().build().readTree(EVERY_SECTION);
        assertThat(app.call("PUT", "/api/resume", every).status()).isEqualTo(200);
        JsonNode before = resume();

        for (ResumeSectionEditor.Section section : ResumeSectionEditor.SECTIONS) {
            Document page = page(section.key());
            assertThat(page.select("fieldset.resume-item")).as(section.key()).hasSize(1);

            TestApp.Response saved = post(section.key(), fields(page, Map.of()));

            assertThat(saved.status()).as(section.key() + ": " + saved.text()).isEqualTo(303);
            assertThat(resume().path("resume")).as(section.key()).isEqualTo(before.path("resume"));
        }
        assertThat(resume().path("revision").asInt())
                .isEqualTo(before.path("revision").asInt() + ResumeSectionEditor.SECTIONS.size());
    }

    @Test
    void profiles_are_edited_as_links_one_per_line_and_keep_their_ids() throws Exception {
        JsonNode every = com.fasterxml.jackson.databind.json.JsonMapper.builder().build().readTree(EVERY_SECTION);
        ((com.fasterxml.jackson.databind.node.ObjectNode) every.path("basics").path("profiles").get(0))
                .put("id", "gh").put("url", "https://github.com/adaq");
        app.call("PUT", "/api/resume", every);
        Document page = resumePage();
        assertThat(page.selectFirst("#f-profiles").wholeText()).isEqualTo("https://github.com/adaq");

        TestApp.Response saved = postTo("/settings/resume/basics", fields(page, "#basics", changes(
                "profiles", "https://github.com/adaq\nwww.linkedin.com/in/ada-quinn\n\nhttps://ada.example.org/blog")));

        assertThat(saved.status()).as(saved.text()).isEqualTo(303);
        JsonNode profiles = resume().path("resume").path("basics").path("profiles");
        assertThat(profiles.findValuesAsText("url")).containsExactly("https://github.com/adaq",
                "https://www.linkedin.com/in/ada-quinn", "https://ada.example.org/blog");
        assertThat(profiles.get(0).path("id").asText()).isEqualTo("gh");
        assertThat(profiles.get(0).path("username").asText()).isEqualTo("adaq");
        assertThat(profiles.get(1).path("network").asText()).isEqualTo("LinkedIn");
        assertThat(profiles.get(2).has("network")).isFalse();
    }

    @Test
    void a_script_link_among_the_profiles_is_refused_beside_the_field_and_nothing_is_saved() {
        JsonNode before = resume();

        TestApp.Response refused = postTo("/settings/resume/basics", fields(resumePage(), "#basics",
                changes("profiles", "javascript:alert(1)")));

        assertThat(refused.status()).isEqualTo(400);
        Document page = Jsoup.parse(refused.text());
        assertThat(page.selectFirst("#e-profiles").text()).isEqualTo("Must be a web address (http:// or https://) or an e-mail link, not a script or data link");
        assertThat(page.selectFirst("#f-profiles").wholeText()).isEqualTo("javascript:alert(1)");
        assertThat(resume()).isEqualTo(before);
    }

    @Test
    void a_form_claiming_more_items_than_it_may_hold_is_refused_instead_of_cut_short() {
        JsonNode before = resume();

        TestApp.Response refused = post("work", fields(page("work"), changes("items", "501")));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text()).contains("at most 500 items");
        assertThat(resume()).isEqualTo(before);
    }

    @Test
    void an_unknown_section_is_not_found() {
        TestApp.Response response = app.send("GET", "/settings/resume/sections/hobbies", null, Map.of(), app.token());

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.text()).contains("work, education, skills, projects, volunteer");
    }
}
