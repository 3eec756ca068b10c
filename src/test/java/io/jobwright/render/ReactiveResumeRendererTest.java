package io.jobwright.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jobwright.config.Config;
import io.jobwright.db.Database;
import io.jobwright.error.InvalidRequest;
import io.jobwright.error.Upstream;
import io.jobwright.resume.JsonResumeImporter;
import io.jobwright.resume.Resume;
import io.jobwright.resume.Tailoring;
import io.jobwright.settings.SecretBox;
import io.jobwright.settings.SettingsPatch;
import io.jobwright.settings.SettingsService;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The remote renderer against a Reactive Resume v5 server on loopback. */
class ReactiveResumeRendererTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KEY = "rr-key-1234567";
    private static final Resume RESUME = JsonResumeImporter.parse("""
            {"basics": {"name": "Zoë Łukasiewicz", "label": "Backend Engineer", "email": "zoe@example.com",
              "phone": "+49 30 1234567", "summary": "Builds reliable services in Java.",
              "location": {"city": "Berlin", "countryCode": "DE"}},
             "work": [{"name": "Parcelworks GmbH", "position": "Senior Backend Engineer", "startDate": "2021-04",
               "highlights": ["Cut routing latency from 900 ms to 120 ms with Kafka streams",
                              {"text": "Private note about a confidential client", "visible": false}]}],
             "education": [{"institution": "TU Berlin", "area": "Computer Science", "studyType": "M.Sc."}],
             "skills": [{"name": "Languages", "keywords": ["Java", "Go", "SQL"]}]}
            """.getBytes(StandardCharsets.UTF_8));

    @TempDir
    Path dataDir;
    Database database;
    SettingsService settings;
    FakeReactiveResume server;
    ReactiveResumeRenderer renderer;

    @BeforeEach
    void setUp() throws Exception {
        database = Database.open(new Config.DbConfig(null, null, null), dataDir);
        settings = new SettingsService(database.jdbi(), new SecretBox(dataDir), new Config.LlmConfig(null, null, null, null),
                Clock.systemUTC());
        server = new FakeReactiveResume(KEY);
        configure(Map.of("rxresumeUrl", server.url() + "/api", "rxresumeApiKey", KEY));
        renderer = new ReactiveResumeRenderer(settings, HttpClient::newHttpClient);
    }

    @AfterEach
    void tearDown() {
        server.close();
        database.close();
    }

    @Test
    void the_tailored_resume_is_printed_by_the_server_on_the_chosen_paper_and_the_temporary_copy_is_deleted()
            throws Exception {
        Resume tailored = RESUME.tailored(new Tailoring("Kafka and Java engineer", null, null, null));
        RenderOptions options = new RenderOptions(Theme.CLASSIC, PageSize.LETTER, Language.DE);

        byte[] pdf = renderer.render(tailored, options);

        assertThat(server.imports()).hasSize(1);
        JsonNode sent = server.imports().getFirst();
        assertThat(sent.path("name").asText()).startsWith("Jobwright temporary resume ");
        assertThat(sent.path("data").path("basics").path("headline").asText()).isEqualTo("Kafka and Java engineer");
        assertThat(sent.path("data").path("metadata").path("page").path("format").asText()).isEqualTo("letter");
        assertThat(sent.path("data").path("sections").path("experience").path("title").asText())
                .isEqualTo("Berufserfahrung");
        assertThat(sent.toString()).doesNotContain("confidential").doesNotContain("\"jobwright\"");
        assertThat(server.deleted()).containsExactly("tmp-1");
        assertThat(server.stored()).isZero();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Kafka and Java engineer", "Zoë Łukasiewicz");
            assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.LETTER.getWidth());
        }
        AtsReport report = renderer.check(tailored, options, pdf);
        assertThat(report.missing()).isEmpty();
        assertThat(report.passed()).isTrue();
    }

    @Test
    void a_server_that_answers_with_a_download_url_works_too() throws Exception {
        server.pdfMode = FakeReactiveResume.PdfMode.URL;

        byte[] pdf = renderer.render(RESUME, RenderOptions.DEFAULT);

        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(server.stored()).isZero();
    }

    @Test
    void a_failed_print_says_reactive_resume_failed_and_why_and_the_temporary_copy_is_still_deleted() {
        server.pdfMode = FakeReactiveResume.PdfMode.FAIL_500;

        assertThatThrownBy(() -> renderer.render(RESUME, RenderOptions.DEFAULT))
                .isInstanceOf(Upstream.class)
                .hasMessageStartingWith("Reactive Resume: HTTP 500 from ")
                .hasMessageContaining("There was a problem while generating the PDF");
        assertThat(server.deleted()).hasSize(1);
        assertThat(server.stored()).isZero();
    }

    @Test
    void an_answer_that_is_not_a_pdf_is_refused_saying_so() {
        server.pdfMode = FakeReactiveResume.PdfMode.NOT_A_PDF;

        assertThatThrownBy(() -> renderer.render(RESUME, RenderOptions.DEFAULT))
                .isInstanceOf(Upstream.class)
                .hasMessageContaining("came neither as a PDF nor as a download URL");
        assertThat(server.stored()).isZero();
    }

    @Test
    void a_refused_key_names_the_setting_and_creates_nothing() {
        configure(Map.of("rxresumeApiKey", "wrong-key-999"));

        assertThatThrownBy(() -> renderer.render(RESUME, RenderOptions.DEFAULT))
                .isInstanceOf(InvalidRequest.class)
                .hasMessageStartingWith("Reactive Resume refused the API key (HTTP 401); check the rxresumeApiKey setting");
        assertThat(server.imports()).isEmpty();
    }

    @Test
    void without_a_key_nothing_is_sent_and_the_message_says_what_to_set() {
        java.util.HashMap<String, Object> cleared = new java.util.HashMap<>();
        cleared.put("rxresumeApiKey", null);
        configure(cleared);

        assertThatThrownBy(() -> renderer.render(RESUME, RenderOptions.DEFAULT))
                .isInstanceOf(InvalidRequest.class)
                .hasMessageStartingWith("Reactive Resume needs an API key");
        assertThat(server.imports()).isEmpty();
    }

    @Test
    void an_unreachable_server_is_an_upstream_error_naming_the_setting() throws Exception {
        String url = server.url();
        server.close();
        configure(Map.of("rxresumeUrl", url));

        assertThatThrownBy(() -> renderer.render(RESUME, RenderOptions.DEFAULT))
                .isInstanceOf(Upstream.class)
                .hasMessageStartingWith("Reactive Resume: cannot reach " + url + "/api/openapi")
                .hasMessageContaining("rxresumeUrl");
    }

    @Test
    void its_id_names_the_server_so_pointing_elsewhere_makes_pdfs_stale() {
        String before = renderer.id();
        configure(Map.of("rxresumeUrl", "https://rr.example.org"));

        assertThat(before).isEqualTo("rxresume-v5@" + server.url() + "/api/openapi");
        assertThat(renderer.id()).isEqualTo("rxresume-v5@https://rr.example.org/api/openapi");
    }

    private void configure(Map<String, Object> values) {
        ObjectNode patch = JSON.valueToTree(values);
        settings.update(SettingsPatch.parse(patch));
    }
}
