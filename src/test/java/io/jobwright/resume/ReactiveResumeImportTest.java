package io.jobwright.resume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;

class ReactiveResumeImportTest {

    private final ResumeImporter.Imported imported =
            ResumeImporter.parse(ResumeFixtures.bytes(ResumeFixtures.RXRESUME_V5), null);
    private final Resume resume = imported.resume();

    @Test
    void a_v5_document_is_recognised_by_its_shape() {
        assertThat(imported.format()).isEqualTo(ResumeFormat.RXRESUME_V5);
        assertThat(resume.name()).isEqualTo("Maja Nowak");
        assertThat(resume.headline()).isEqualTo("Data Engineer");
        assertThat(resume.basics().url()).isEqualTo("https://maja.example");
        assertThat(resume.basics().location().address()).isEqualTo("Kraków, Poland");
    }

    @Test
    void html_descriptions_become_sanitised_text_and_bullets_keeping_links() {
        assertThat(resume.summary()).isEqualTo("Builds batch and streaming pipelines.");
        Resume.Work job = resume.work().getFirst();
        assertThat(job.summary()).isEqualTo("Owns the ingestion platform.");
        assertThat(job.highlights()).extracting(Resume.Highlight::text).containsExactly(
                "Moved 40 nightly jobs to Flink (https://flink.apache.org)", "Cut warehouse cost by 30%");
        assertThat(job.startDate()).isEqualTo("January 2021");
        assertThat(job.endDate()).isNull();
    }

    @Test
    void ids_hidden_items_and_hidden_sections_are_kept() {
        assertThat(resume.work()).extracting(Resume.Work::id, Resume.Work::visible)
                .containsExactly(tuple("exp-1", true), tuple("exp-2", false));
        assertThat(resume.projectItems()).extracting(Resume.Project::id, Resume.Project::visible)
                .containsExactly(tuple("proj-a", true), tuple("proj-b", false));
        assertThat(resume.sectionVisible("interests")).isFalse();
        assertThat(resume.sectionVisible("work")).isTrue();
    }

    @Test
    void section_order_page_format_and_locale_are_kept() {
        assertThat(resume.layout().sectionOrder()).containsExactly("summary", "work", "projects", "skills", "education");
        assertThat(resume.layout().pageFormat()).isEqualTo("letter");
        assertThat(resume.layout().locale()).isEqualTo("pl-PL");
    }

    @Test
    void cover_letters_are_not_resume_content() {
        assertThat(JsonResumeWriter.write(resume).toString()).doesNotContain("Dear HR");
    }

    @Test
    void the_same_document_imported_twice_gives_the_same_bullet_ids() {
        Resume again = ResumeImporter.parse(ResumeFixtures.bytes(ResumeFixtures.RXRESUME_V5), null).resume();

        assertThat(again).isEqualTo(resume);
    }

    @Test
    void a_v5_export_edited_in_reactive_resume_is_read_from_what_the_user_sees() {
        var exported = ReactiveResumeWriter.write(resume);
        ((com.fasterxml.jackson.databind.node.ObjectNode) exported.path("basics")).put("headline", "Staff Data Engineer");

        Resume edited = ResumeImporter.parse(exported.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), null)
                .resume();

        assertThat(edited.headline()).isEqualTo("Staff Data Engineer");
        assertThat(edited.work()).extracting(Resume.Work::id).containsExactly("exp-1", "exp-2");
        assertThat(edited.work().getFirst().highlights()).isEqualTo(resume.work().getFirst().highlights());
    }
}
