package io.jobwright.resume;

import static io.jobwright.resume.ResumeFixtures.ALEX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResumeTailoringTest {

    private final Resume base = ResumeFixtures.resume(ALEX);

    @Test
    void tailoring_replaces_headline_summary_and_skills() {
        Resume tailored = base.tailored(new Tailoring("Staff Platform Engineer", "Builds streaming logistics systems.",
                List.of(new SkillGroup("Streaming", List.of("Kafka", "Flink")), new SkillGroup("Languages", List.of("Java"))),
                null));

        assertThat(tailored.headline()).isEqualTo("Staff Platform Engineer");
        assertThat(tailored.basics().label()).isEqualTo("Staff Platform Engineer");
        assertThat(tailored.summary()).isEqualTo("Builds streaming logistics systems.");
        assertThat(tailored.skills()).containsExactly(
                new SkillGroup("Streaming", List.of("Kafka", "Flink")),
                new SkillGroup("Languages", List.of("Java")));
        assertThat(tailored.name()).isEqualTo("Alex Rivera");
        assertThat(tailored.work()).isEqualTo(base.work());
    }

    @Test
    void null_fields_keep_the_base_values() {
        Resume tailored = base.tailored(new Tailoring(null, null, null, null));

        assertThat(tailored).isEqualTo(base);
    }

    @Test
    void blank_text_and_an_empty_skill_list_keep_the_base_values_too() {
        Resume tailored = base.tailored(new Tailoring("  ", "", List.of(), null));

        assertThat(tailored).isEqualTo(base);
    }

    @Test
    void a_tailored_skill_named_like_a_base_skill_keeps_its_id_and_level() {
        Resume tailored = base.tailored(new Tailoring(null, null,
                List.of(new SkillGroup("languages", List.of("Java", "Go")), new SkillGroup("Cloud", List.of("AWS"))), null));

        Resume.Skill baseLanguages = base.skillItems().getFirst();
        assertThat(tailored.skillItems()).extracting(Resume.Skill::id, Resume.Skill::name, Resume.Skill::level)
                .containsExactly(
                        tuple(baseLanguages.id(), "languages", "Expert"),
                        tuple(ResumeIds.derive("skill", "Cloud"), "Cloud", null));
    }

    @Test
    void selected_project_ids_make_exactly_those_projects_visible_in_resume_order() {
        String routeKit = base.projects().get(0).id();
        String ledgerlite = base.projects().get(1).id();
        String arcade = base.projects().get(2).id();

        Resume tailored = base.tailored(new Tailoring(null, null, null, List.of(arcade, "no-such-project", routeKit)));

        assertThat(tailored.projects()).extracting(ResumeProject::id, ResumeProject::visibleInBase)
                .containsExactly(tuple(routeKit, true), tuple(ledgerlite, false), tuple(arcade, true));
    }

    @Test
    void an_empty_selection_hides_every_project() {
        Resume tailored = base.tailored(new Tailoring(null, null, null, List.of()));

        assertThat(tailored.projects()).noneMatch(ResumeProject::visibleInBase);
    }

    @Test
    void without_a_selection_the_base_visibility_is_kept() {
        Resume tailored = base.tailored(new Tailoring("Engineer", null, null, null));

        assertThat(tailored.projects()).isEqualTo(base.projects());
        assertThat(tailored.projects()).extracting(ResumeProject::visibleInBase).containsExactly(true, true, false);
    }

    @Test
    void hidden_items_and_bullets_stay_hidden() {
        Resume withHidden = JsonResumeImporter.parse(ResumeFixtures.json("""
                {"basics": {"name": "Kim"},
                 "work": [{"name": "Secret Corp", "visible": false},
                          {"name": "Open Corp", "highlights": [{"text": "Shown"}, {"text": "Hidden", "visible": false}]}]}"""));

        Resume tailored = withHidden.tailored(new Tailoring("Engineer", "Summary.", List.of(new SkillGroup("Go", List.of())),
                List.of()));

        assertThat(tailored.work()).extracting(Resume.Work::visible).containsExactly(false, true);
        assertThat(tailored.work().get(1).highlights()).extracting(Resume.Highlight::visible).containsExactly(true, false);
    }

    @Test
    void the_base_resume_is_unchanged() {
        Resume before = ResumeFixtures.resume(ALEX);

        base.tailored(new Tailoring("Other", "Other summary.", List.of(new SkillGroup("X", List.of("Y"))), List.of()));

        assertThat(base).isEqualTo(before);
        assertThat(base.headline()).isEqualTo("Backend Engineer");
    }

    @Test
    void projects_list_every_project_with_its_dates_and_base_visibility() {
        assertThat(base.projects()).containsExactly(
                new ResumeProject("proj-routekit", "RouteKit", "Open-source Java library for vehicle routing with time windows.",
                        "Jan 2020 – Present", true),
                new ResumeProject(ResumeIds.derive("proj", "Ledgerlite", "2019-05"), "Ledgerlite",
                        "Double-entry bookkeeping CLI in Go.", "May 2019 – Nov 2019", true),
                new ResumeProject(ResumeIds.derive("proj", "Retro Arcade Emulator", "2016"), "Retro Arcade Emulator",
                        "Weekend hobby project emulating 1980s arcade boards.", "2016 – Present", false));
    }

    @Test
    void the_short_constructor_builds_a_resume_tailoring_works_on() {
        Resume small = new Resume("Sam", "Engineer", "Writes code.", List.of(new SkillGroup("Go", List.of("gRPC"))),
                List.of(new ResumeProject("p1", "Tool", "A tool.", "2021", true),
                        new ResumeProject("p2", "Other", "Another.", "2022", false)));

        Resume tailored = small.tailored(new Tailoring(null, null, null, List.of("p2")));

        assertThat(small.projects()).containsExactly(new ResumeProject("p1", "Tool", "A tool.", "2021", true),
                new ResumeProject("p2", "Other", "Another.", "2022", false));
        assertThat(small.skills()).containsExactly(new SkillGroup("Go", List.of("gRPC")));
        assertThat(tailored.projects()).extracting(ResumeProject::visibleInBase).containsExactly(false, true);
    }

    @Test
    void bullet_rewrites_replace_text_by_id_and_keep_ids_and_visibility() {
        Resume.Highlight first = base.work().getFirst().highlights().getFirst();

        Resume tailored = base.tailored(new Tailoring(null, null, null, null,
                java.util.Map.of(first.id(), "  Cut parcel routing latency for the dispatch team  ", "no-such-bullet", "x")));

        Resume.Highlight rewritten = tailored.work().getFirst().highlights().getFirst();
        assertThat(rewritten).isEqualTo(new Resume.Highlight(first.id(), "Cut parcel routing latency for the dispatch team",
                first.visible()));
        assertThat(tailored.work().getFirst().highlights().subList(1, base.work().getFirst().highlights().size()))
                .isEqualTo(base.work().getFirst().highlights().subList(1, base.work().getFirst().highlights().size()));
        assertThat(base.work().getFirst().highlights().getFirst()).isEqualTo(first);
    }

    @Test
    void a_hidden_section_stays_hidden_when_projects_are_selected() {
        Resume hiddenProjects = base.withLayout(new Resume.Layout(List.of(), List.of("projects"), "a4", "en-GB"));

        Resume tailored = hiddenProjects.tailored(new Tailoring("Engineer", null, null, List.of("proj-routekit")));

        assertThat(tailored.sectionVisible("projects")).isFalse();
        assertThat(tailored.layout()).isEqualTo(hiddenProjects.layout());
    }
}
