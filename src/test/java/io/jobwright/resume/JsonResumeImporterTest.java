package io.jobwright.resume;

import static io.jobwright.resume.ResumeFixtures.ALEX;
import static io.jobwright.resume.ResumeFixtures.UNICODE;
import static io.jobwright.resume.ResumeFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonResumeImporterTest {

    @Test
    void every_json_resume_section_is_read() {
        Resume resume = ResumeFixtures.resume(ALEX);

        assertThat(resume.basics().email()).isEqualTo("alex.rivera@example.com");
        assertThat(resume.basics().location().city()).isEqualTo("Berlin");
        assertThat(resume.basics().profiles()).extracting(Resume.Profile::network).containsExactly("GitHub", "LinkedIn");
        assertThat(resume.work()).extracting(Resume.Work::name).containsExactly("Parcelworks GmbH", "Paystream Ltd");
        assertThat(resume.work().getFirst().highlights()).hasSize(3);
        assertThat(resume.education()).extracting(Resume.Education::studyType).containsExactly("M.Sc.");
        assertThat(resume.certificates()).extracting(Resume.Certificate::issuer).containsExactly("CNCF");
        assertThat(resume.languages()).extracting(Resume.Language::fluency).containsExactly("Native", "Professional");
        assertThat(resume.interests()).extracting(Resume.Interest::name).containsExactly("Cycling");
        assertThat(resume.projectItems().get(2).visible()).isFalse();
    }

    @Test
    void older_field_names_are_accepted() {
        Resume resume = JsonResumeImporter.parse(json("""
                {"basics": {"name": "Jo", "website": "https://jo.example"},
                 "work": [{"company": "Acme", "website": "https://acme.example"}],
                 "education": [{"institution": "Uni", "gpa": 3.8}],
                 "languages": [{"language": "French", "level": "Fluent"}]}"""));

        assertThat(resume.basics().url()).isEqualTo("https://jo.example");
        assertThat(resume.work().getFirst().name()).isEqualTo("Acme");
        assertThat(resume.work().getFirst().url()).isEqualTo("https://acme.example");
        assertThat(resume.education().getFirst().score()).isEqualTo("3.8");
        assertThat(resume.languages().getFirst().fluency()).isEqualTo("Fluent");
    }

    @Test
    void blank_text_is_absent_and_items_without_content_are_dropped() {
        Resume resume = JsonResumeImporter.parse(json("""
                {"basics": {"name": " Jo ", "label": "", "profiles": [{"network": "", "url": ""}]},
                 "work": [{"company": "", "position": "", "highlights": [""]}],
                 "skills": [{"name": "", "keywords": [""]}, {"name": "Go", "keywords": ["", " gRPC "]}]}"""));

        assertThat(resume.name()).isEqualTo("Jo");
        assertThat(resume.headline()).isNull();
        assertThat(resume.basics().profiles()).isEmpty();
        assertThat(resume.work()).isEmpty();
        assertThat(resume.skillItems()).extracting(Resume.Skill::name).containsExactly("Go");
        assertThat(resume.skillItems().getFirst().keywords()).containsExactly("gRPC");
    }

    @Test
    void highlights_may_be_strings_or_objects_with_their_own_ids() {
        Resume resume = JsonResumeImporter.parse(json("""
                {"basics": {"name": "Jo"},
                 "work": [{"id": "acme", "name": "Acme", "highlights": [
                    "Shipped the thing",
                    {"id": "b2", "text": "Fixed the other thing", "visible": false}]}]}"""));

        Resume.Work acme = resume.work().getFirst();
        assertThat(acme.id()).isEqualTo("acme");
        assertThat(acme.highlights()).containsExactly(
                new Resume.Highlight(ResumeIds.derive("hl", "acme", "Shipped the thing"), "Shipped the thing", true),
                new Resume.Highlight("b2", "Fixed the other thing", false));
    }

    @Test
    void repeated_ids_get_numbered_suffixes_in_document_order() {
        Resume resume = JsonResumeImporter.parse(json("""
                {"basics": {"name": "Jo"},
                 "projects": [{"name": "Same"}, {"name": "Same"}, {"id": "x", "name": "A"}, {"id": "x", "name": "B"}]}"""));

        String derived = ResumeIds.derive("proj", "Same", null);
        assertThat(resume.projects()).extracting(ResumeProject::id)
                .containsExactly(derived, derived + "-2", "x", "x-2");
    }

    @Test
    void writing_and_reading_back_gives_an_equal_resume() {
        for (String fixture : new String[] {ALEX, UNICODE, ResumeFixtures.MINIMAL}) {
            Resume resume = ResumeFixtures.resume(fixture);

            String stored = JsonResumeWriter.write(resume).toString();

            assertThat(JsonResumeImporter.parse(stored.getBytes(StandardCharsets.UTF_8))).isEqualTo(resume);
        }
    }

    @Test
    void the_written_document_is_json_resume_with_ids_and_visibility() {
        Resume resume = JsonResumeImporter.parse(json("""
                {"basics": {"name": "Jo", "location": {"city": "Oslo"}},
                 "skills": [{"name": "Go", "keywords": ["gRPC"]}]}"""));

        assertThat(JsonResumeWriter.write(resume).toString()).isEqualTo(
                "{\"basics\":{\"name\":\"Jo\",\"location\":{\"city\":\"Oslo\"}},"
                        + "\"skills\":[{\"id\":\"" + ResumeIds.derive("skill", "Go")
                        + "\",\"name\":\"Go\",\"keywords\":[\"gRPC\"],\"visible\":true}]}");
    }
}
