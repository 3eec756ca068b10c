package io.jobwright.resume;

import static io.jobwright.resume.ResumeFixtures.ALEX;
import static io.jobwright.resume.ResumeFixtures.MINIMAL;
import static io.jobwright.resume.ResumeFixtures.REACTIVE_RESUME;
import static io.jobwright.resume.ResumeFixtures.bytes;
import static io.jobwright.resume.ResumeFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jobwright.config.Config;
import io.jobwright.db.Database;
import io.jobwright.error.InvalidRequest;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The resume service on SQLite; {@link PostgresResumeServiceTest} runs the same tests on PostgreSQL. */
class ResumeServiceTest {

    private static final Instant NOW = Instant.parse("2026-03-01T09:30:00Z");

    @TempDir
    Path dataDir;

    private Database database;
    private ResumeService service;

    @BeforeEach
    void openDatabase() {
        database = Database.open(dbConfig(), dataDir);
        service = new ResumeService(database.jdbi(), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void closeDatabase() {
        database.close();
        dropDatabase();
    }

    /** The database to test on: SQLite in the temp data directory. */
    Config.DbConfig dbConfig() {
        return new Config.DbConfig(null, null, null);
    }

    /** Removes what {@link #dbConfig()} created beyond the temp directory. */
    void dropDatabase() {
    }

    @Test
    void before_any_import_there_is_no_current_resume_and_revision_is_zero() {
        assertThat(service.current()).isEmpty();
        assertThat(service.currentRevision()).isZero();
        assertThat(service.latest()).isEmpty();
    }

    @Test
    void importing_a_json_resume_stores_revision_one_and_makes_it_current() {
        ResumeRevision stored = service.importRevision(bytes(ALEX));

        assertThat(stored.revision()).isEqualTo(1);
        assertThat(stored.createdAt()).isEqualTo(NOW);
        assertThat(stored.sourceFormat()).isEqualTo("json-resume");
        assertThat(service.currentRevision()).isEqualTo(1);
        Resume current = service.current().orElseThrow();
        assertThat(current.name()).isEqualTo("Alex Rivera");
        assertThat(current.headline()).isEqualTo("Backend Engineer");
        assertThat(current.skills()).extracting(SkillGroup::name)
                .containsExactly("Languages", "Infrastructure", "Practices");
        assertThat(current.projects()).extracting(ResumeProject::name, ResumeProject::visibleInBase)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("RouteKit", true),
                        org.assertj.core.groups.Tuple.tuple("Ledgerlite", true),
                        org.assertj.core.groups.Tuple.tuple("Retro Arcade Emulator", false));
    }

    @Test
    void each_import_adds_a_revision_and_keeps_the_previous_ones() {
        service.importDocument(bytes(ALEX));
        service.importDocument(bytes(MINIMAL));

        assertThat(service.currentRevision()).isEqualTo(2);
        assertThat(service.current().orElseThrow().name()).isEqualTo("Sam Lee");
        assertThat(service.revision(1).orElseThrow().resume().name()).isEqualTo("Alex Rivera");
        assertThat(service.revision(3)).isEmpty();
        assertThat(rowCount()).isEqualTo(2);
    }

    @Test
    void the_stored_document_reads_back_to_the_resume_that_was_imported() {
        Resume imported = service.importDocument(bytes(ALEX));

        ResumeService restarted = new ResumeService(database.jdbi(), Clock.fixed(NOW, ZoneOffset.UTC));

        assertThat(restarted.current()).contains(imported);
        assertThat(restarted.currentRevision()).isEqualTo(1);
        assertThat(restarted.latest().orElseThrow().createdAt()).isEqualTo(NOW);
    }

    @Test
    void reimporting_the_same_document_gives_the_same_ids() {
        Resume first = service.importDocument(bytes(ALEX));
        Resume second = service.importDocument(bytes(ALEX));

        assertThat(service.currentRevision()).isEqualTo(2);
        assertThat(ids(second)).isEqualTo(ids(first)).doesNotHaveDuplicates();
        assertThat(second).isEqualTo(first);
    }

    @Test
    void items_keep_their_own_ids_and_others_get_ids_derived_from_section_and_content() {
        Resume resume = service.importDocument(bytes(ALEX));

        assertThat(resume.projects()).extracting(ResumeProject::id)
                .first().isEqualTo("proj-routekit");
        assertThat(resume.projects().get(1).id())
                .isEqualTo(ResumeIds.derive("proj", "Ledgerlite", "2019-05"))
                .matches("proj-[0-9a-f]{10}");
        assertThat(resume.work()).extracting(Resume.Work::id).allMatch(id -> id.matches("work-[0-9a-f]{10}"));
        assertThat(resume.work().getFirst().highlights()).extracting(Resume.Highlight::id)
                .allMatch(id -> id.matches("hl-[0-9a-f]{10}")).doesNotHaveDuplicates();
    }

    @Test
    void an_import_made_through_another_instance_is_noticed_once_the_cache_is_rechecked() {
        ResumeService other = new ResumeService(database.jdbi(), Clock.fixed(NOW, ZoneOffset.UTC), Duration.ZERO);
        assertThat(other.currentRevision()).isZero();

        service.importDocument(bytes(ALEX));
        service.importDocument(bytes(MINIMAL));

        assertThat(other.currentRevision()).isEqualTo(2);
        assertThat(other.current().orElseThrow().name()).isEqualTo("Sam Lee");
    }

    @Test
    void the_cached_revision_is_trusted_until_the_recheck_interval_passes() {
        ResumeService other = new ResumeService(database.jdbi(), Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofHours(1));
        assertThat(other.currentRevision()).isZero();

        service.importDocument(bytes(ALEX));

        assertThat(other.currentRevision()).isZero();
        assertThat(service.currentRevision()).isEqualTo(1);
    }

    @Test
    void concurrent_imports_each_get_their_own_revision() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> imports = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                imports.add(() -> service.importRevision(bytes(ALEX)).revision());
            }
            List<Integer> revisions = new ArrayList<>();
            for (Future<Integer> done : pool.invokeAll(imports)) {
                revisions.add(done.get());
            }

            assertThat(revisions).containsExactlyInAnyOrder(1, 2, 3, 4);
            assertThat(service.currentRevision()).isEqualTo(4);
            assertThat(rowCount()).isEqualTo(4);
        } finally {
            pool.shutdownNow();
        }
    }

    @Nested
    class Refusing_bad_input_stores_nothing {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "malformed JSON           | {\"basics\": {\"name\": \"A\"}                        | Malformed JSON at line 1",
            "trailing garbage         | {\"basics\": {\"name\": \"A\"}} x                     | Malformed JSON",
            "an array, not an object  | [1, 2]                                                 | must be a JSON object",
            "a string, not an object  | \"resume\"                                              | must be a JSON object",
            "no basics                | {\"work\": []}                                         | basics.name: is required",
            "blank name               | {\"basics\": {\"name\": \"  \"}}                       | basics.name: is required",
            "name not a string        | {\"basics\": {\"name\": {\"first\": \"A\"}}}           | basics.name: must be a string",
            "basics not an object     | {\"basics\": \"A\"}                                    | basics: must be an object",
            "skills not an array      | {\"basics\": {\"name\": \"A\"}, \"skills\": {}}        | skills: must be an array",
            "work item not an object  | {\"basics\": {\"name\": \"A\"}, \"work\": [\"Acme\"]}  | work[0]: must be an object",
            "highlight of wrong type  | {\"basics\": {\"name\": \"A\"}, \"work\": [{\"name\": \"Acme\", \"highlights\": [true]}]} | work[0].highlights[0]: must be a string or an object",
            "visible not a boolean    | {\"basics\": {\"name\": \"A\"}, \"projects\": [{\"name\": \"P\", \"visible\": \"no\"}]} | projects[0].visible: must be true or false",
            "location not an object   | {\"basics\": {\"name\": \"A\", \"location\": \"Berlin\"}} | basics.location: must be an object",
        })
        void with_a_message_naming_the_problem(String situation, String document, String message) {
            assertThatThrownBy(() -> service.importDocument(json(document)))
                    .isInstanceOf(InvalidRequest.class)
                    .hasMessageContaining(message);
            assertThat(rowCount()).isZero();
            assertThat(service.currentRevision()).isZero();
        }

        @Test
        void keywords_that_are_not_an_array_are_named_by_their_full_path() {
            byte[] document = json("""
                    {"basics": {"name": "A"}, "skills": [
                      {"name": "Java", "keywords": ["Spring"]},
                      {"name": "Go"},
                      {"name": "SQL", "keywords": "PostgreSQL"}
                    ]}""");

            assertThatThrownBy(() -> service.importDocument(document))
                    .isInstanceOf(InvalidRequest.class)
                    .hasMessage("skills[2].keywords: must be an array of strings")
                    .satisfies(e -> assertThat(((InvalidRequest) e).details()).containsEntry("field", "skills[2].keywords"));
            assertThat(rowCount()).isZero();
        }

        @Test
        void an_empty_body_is_refused() {
            assertThatThrownBy(() -> service.importDocument(new byte[0]))
                    .isInstanceOf(InvalidRequest.class)
                    .hasMessageContaining("empty");
            assertThat(rowCount()).isZero();
        }

        @Test
        void a_reactive_resume_v4_export_is_recognised_and_imported() {
            ResumeRevision stored = service.importRevision(bytes(REACTIVE_RESUME));

            assertThat(stored.sourceFormat()).isEqualTo("rxresume-v4");
            assertThat(stored.resume().name()).isEqualTo("Robin Park");
            assertThat(stored.resume().headline()).isEqualTo("Designer");
            assertThat(stored.resume().summary()).isEqualTo("Designer.");
            assertThat(stored.resume().layout().pageFormat()).isEqualTo("a4");
        }

        @Test
        void foreign_json_is_refused_and_nothing_is_stored() {
            assertThatThrownBy(() -> service.importDocument(json("{\"kind\": \"invoice\", \"total\": 12}")))
                    .isInstanceOf(InvalidRequest.class)
                    .hasMessageStartingWith("This JSON is not a resume Jobwright can read");
            assertThat(rowCount()).isZero();
        }

        @Test
        void a_bad_import_leaves_the_current_resume_in_place() {
            service.importDocument(bytes(ALEX));

            assertThatThrownBy(() -> service.importDocument(json("{\"basics\": {}}")))
                    .isInstanceOf(InvalidRequest.class);

            assertThat(service.currentRevision()).isEqualTo(1);
            assertThat(service.current().orElseThrow().name()).isEqualTo("Alex Rivera");
            assertThat(rowCount()).isEqualTo(1);
        }
    }

    private int rowCount() {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM resumes").mapTo(Integer.class).one());
    }

    private static List<String> ids(Resume resume) {
        return JsonResumeWriter.write(resume).findValuesAsText("id");
    }
}
