package io.jobwright.render;

import static io.jobwright.resume.ResumeFixtures.ALEX;
import static io.jobwright.resume.ResumeFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.jobwright.resume.JsonResumeImporter;
import io.jobwright.resume.Resume;
import io.jobwright.resume.ResumeFixtures;
import io.jobwright.resume.SkillGroup;
import io.jobwright.resume.Tailoring;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class HtmlPdfRendererTest {

    private static final HtmlPdfRenderer RENDERER = new HtmlPdfRenderer();

    private final Resume alex = ResumeFixtures.resume(ALEX);

    @Test
    void a_normal_resume_renders_to_one_a4_page_of_selectable_text() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(RENDERER.render(alex))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            PDRectangle page = pdf.getPage(0).getMediaBox();
            assertThat(page.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(1f));
            assertThat(page.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(1f));
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Alex Rivera - Resume");
            assertThat(pdf.getDocumentInformation().getAuthor()).isEqualTo("Alex Rivera");
        }
    }

    @Test
    void the_text_has_name_contact_details_and_standard_headings_in_order() {
        String text = text(RENDERER.render(alex));

        assertThat(text).contains("Alex Rivera", "Backend Engineer", "alex.rivera@example.com", "+49 30 1234567",
                "https://alexrivera.example.com", "Berlin, DE", "GitHub: https://github.com/arivera");
        assertThat(text).containsSubsequence("Alex Rivera", "Summary", "Skills", "Experience", "Projects", "Education",
                "Certifications", "Languages", "Interests");
        assertThat(text).contains("Languages: Java, Go, SQL (Expert)");
        assertThat(text).contains("Senior Backend Engineer, Parcelworks GmbH", "Apr 2021 – Present | Berlin");
        assertThat(text).contains("Cut parcel routing latency from 900 ms to 120 ms");
        assertThat(text).contains("M.Sc., Computer Science", "Oct 2015 – Jul 2017");
    }

    @Test
    void the_tailored_summary_and_selected_projects_are_what_is_printed() {
        String routeKit = alex.projects().get(0).id();
        Resume tailored = alex.tailored(new Tailoring("Routing Engineer", "Tailored: routing and streaming for logistics.",
                List.of(new SkillGroup("Streaming", List.of("Kafka"))), List.of(routeKit)));

        String text = text(RENDERER.render(tailored));

        assertThat(text).contains("Routing Engineer", "Tailored: routing and streaming for logistics.", "Streaming: Kafka",
                "RouteKit");
        assertThat(text).doesNotContain("eight years of experience", "Ledgerlite", "Retro Arcade Emulator",
                "Infrastructure:");
    }

    @Test
    void a_project_hidden_in_the_base_is_not_printed() {
        String text = text(RENDERER.render(alex));

        assertThat(text).contains("RouteKit", "Ledgerlite").doesNotContain("Retro Arcade Emulator");
    }

    @Test
    void markup_in_user_text_is_printed_literally() {
        // Built directly: an import would already have cleaned markup out of these fields.
        Resume resume = new Resume(new Resume.Basics("Tom & Jerry <Ltd>", null, null, null, null,
                "<script>alert('x')</script> & \"quotes\" <b>not bold</b>", null, List.of()),
                List.of(new Resume.Work("w1", "A&B <Co>", null, null, null, null, null, null, null,
                        List.of(new Resume.Highlight("h1", "]]> <![CDATA[ x ]]> &amp; &#169;", true)), true)),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of());

        String text = text(RENDERER.render(resume));

        assertThat(text).contains("Tom & Jerry <Ltd>", "<script>alert('x')</script> & \"quotes\" <b>not bold</b>",
                "A&B <Co>", "]]> <![CDATA[ x ]]> &amp; &#169;");
    }

    @Test
    void contact_details_become_clickable_links_and_unsafe_urls_do_not() throws IOException {
        // Built directly: an import refuses a javascript: link, but the renderer must not trust its input either.
        Resume resume = new Resume(new Resume.Basics("Jo", null, "jo@example.com", "+1 (555) 010-0199",
                "jo.example.com", null, null, List.of(new Resume.Profile("p1", "Evil", null, "javascript:alert(1)", true))),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of());

        try (PDDocument pdf = Loader.loadPDF(RENDERER.render(resume))) {
            assertThat(linkTargets(pdf.getPage(0)))
                    .containsExactly("mailto:jo@example.com", "tel:+15550100199", "https://jo.example.com");
            assertThat(new PDFTextStripper().getText(pdf)).contains("Evil: javascript:alert(1)");
        }
    }

    @Test
    void polish_names_and_japanese_text_print_as_written_in_every_theme() {
        Resume resume = ResumeFixtures.resume(ResumeFixtures.UNICODE);

        for (Theme theme : Theme.values()) {
            String text = text(RENDERER.render(resume, new RenderOptions(theme, PageSize.A4, Language.EN)));

            assertThat(text).contains("Łucja Żółkiewska", "Inżynier oprogramowania", "lucja@example.pl | Gdańsk, PL",
                    "Zbudowałam usługę płatności", "東京でソフトウェア開発を担当しました", "株式会社サンプル",
                    "Experience", "Skills", "Języki: Java, Kotlin, 日本語");
        }
    }

    @Test
    void headings_follow_the_output_language() {
        String german = text(RENDERER.render(alex, new RenderOptions(Theme.MODERN, PageSize.A4, Language.DE)));
        String french = text(RENDERER.render(alex, new RenderOptions(Theme.COMPACT, PageSize.A4, Language.FR)));
        String spanish = text(RENDERER.render(alex, new RenderOptions(Theme.CLASSIC, PageSize.A4, Language.ES)));

        assertThat(german).containsSubsequence("Profil", "Kenntnisse", "Berufserfahrung", "Projekte", "Ausbildung")
                .doesNotContain("Experience");
        assertThat(french).containsSubsequence("Profil", "Compétences", "Expérience professionnelle", "Formation");
        assertThat(spanish).containsSubsequence("Perfil", "Habilidades", "Experiencia profesional", "Formación");
    }

    @Test
    void every_font_in_the_pdf_is_embedded() throws IOException {
        for (Theme theme : Theme.values()) {
            try (PDDocument pdf = Loader.loadPDF(RENDERER.render(ResumeFixtures.resume(ResumeFixtures.UNICODE),
                    new RenderOptions(theme, PageSize.A4, Language.EN)))) {
                var resources = pdf.getPage(0).getResources();
                int fonts = 0;
                for (var name : resources.getFontNames()) {
                    var font = resources.getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    fonts++;
                }
                assertThat(fonts).isGreaterThanOrEqualTo(2);
            }
        }
    }

    @Test
    void control_characters_in_user_text_are_dropped_rather_than_breaking_the_document() {
        Resume resume = new Resume("Nul\u0000l Byte\u0007", "Bell\u0008", "Line\u000Bfeed \uD800 lone surrogate",
                List.of(), List.of());

        assertThat(text(RENDERER.render(resume))).contains("Null Byte", "Line", "feed");
    }

    @Test
    void a_long_unbroken_string_wraps_instead_of_running_off_the_page() {
        String unbroken = "x".repeat(300);
        Resume resume = new Resume("Wrap", null, unbroken, List.of(), List.of());

        List<String> lines = text(RENDERER.render(resume)).lines().filter(l -> l.startsWith("xxx")).toList();

        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(String.join("", lines)).isEqualTo(unbroken);
    }

    @Test
    void a_resume_with_only_a_name_renders() {
        String text = text(RENDERER.render(ResumeFixtures.resume(ResumeFixtures.MINIMAL)));

        assertThat(text.strip()).isEqualTo("Sam Lee");
    }

    @Test
    void a_long_resume_flows_onto_more_pages() {
        StringBuilder work = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            work.append(i == 0 ? "" : ",").append("""
                    {"name": "Company %d", "position": "Engineer", "startDate": "2001-01",
                     "highlights": ["Did a meaningful thing that took a whole line of text to describe properly", "Another"]}"""
                    .formatted(i));
        }
        Resume resume = JsonResumeImporter.parse(json("{\"basics\": {\"name\": \"Long\"}, \"work\": [" + work + "]}"));

        try (PDDocument pdf = Loader.loadPDF(RENDERER.render(resume))) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
            assertThat(new PDFTextStripper().getText(pdf)).contains("Company 0", "Company 29");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void letter_paper_is_available_in_every_theme() throws IOException {
        for (Theme theme : Theme.values()) {
            try (PDDocument pdf = Loader.loadPDF(RENDERER.render(alex, new RenderOptions(theme, PageSize.LETTER, Language.EN)))) {
                assertThat(pdf.getPage(0).getMediaBox().getWidth())
                        .isCloseTo(PDRectangle.LETTER.getWidth(), org.assertj.core.data.Offset.offset(1f));
            }
        }
    }

    @Test
    void one_renderer_serves_many_threads_at_once() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> texts = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String headline = "Headline number " + i;
                texts.add(pool.submit(() -> text(RENDERER.render(alex.tailored(new Tailoring(headline, null, null, null))))));
            }
            for (int i = 0; i < texts.size(); i++) {
                assertThat(texts.get(i).get()).contains("Headline number " + i + "\n");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void rendering_is_repeatable() {
        assertThatCode(() -> {
            for (int i = 0; i < 3; i++) {
                RENDERER.render(alex);
            }
        }).doesNotThrowAnyException();
        assertThat(text(RENDERER.render(alex))).isEqualTo(text(RENDERER.render(alex)));
    }

    static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> linkTargets(PDPage page) throws IOException {
        List<String> targets = new ArrayList<>();
        for (PDAnnotation annotation : page.getAnnotations()) {
            if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                targets.add(uri.getURI());
            }
        }
        return targets;
    }
}
