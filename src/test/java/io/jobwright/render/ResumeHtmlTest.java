package io.jobwright.render;

import static io.jobwright.resume.ResumeFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.jobwright.resume.JsonResumeImporter;
import io.jobwright.resume.Resume;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResumeHtmlTest {

    private final ResumeHtml layout = new ResumeHtml("p { margin: 0 }");

    @Test
    void user_text_is_escaped_everywhere() {
        // Built directly: an import would already have cleaned the markup out of these fields.
        Resume resume = new Resume("A <b>&</b> \"B\"", null, "<script>alert(1)</script>", List.of(), List.of());

        String html = layout.render(resume, Language.EN).xhtml();

        assertThat(html).contains("<title>A &lt;b&gt;&amp;&lt;/b&gt; &quot;B&quot; - Resume</title>",
                "<h1>A &lt;b&gt;&amp;&lt;/b&gt; &quot;B&quot;</h1>",
                "<p><span>&lt;script&gt;alert(1)&lt;/script&gt;</span></p>");
        assertThat(html).doesNotContain("<script>");
    }

    @Test
    void characters_xml_forbids_are_dropped() {
        assertThat(Xhtml.escape("a\u0000b\u001Fc\uFFFEd\uD83De\tf\ng")).isEqualTo("abcde\tf\ng");
        assertThat(Xhtml.escape("🚀 ok")).isEqualTo("🚀 ok");
        assertThat(Xhtml.escape(null)).isEmpty();
    }

    @Test
    void the_stylesheet_is_embedded_once_in_the_head() {
        String html = layout.render(new Resume("Sam", null, null, List.of(), List.of()), Language.EN).xhtml();

        assertThat(html).startsWith("<!DOCTYPE html>").contains("<style>p { margin: 0 }</style>").endsWith("</html>");
    }

    @Test
    void sections_without_visible_content_get_no_heading() {
        Resume resume = JsonResumeImporter.parse(json("""
                {"basics": {"name": "Sam"},
                 "work": [{"name": "Hidden Co", "visible": false}],
                 "skills": [{"name": "Go", "visible": false}],
                 "education": [{"institution": "Uni"}]}"""));

        String html = layout.render(resume, Language.EN).xhtml();

        assertThat(html).contains("<h2>Education</h2>").doesNotContain("Experience", "Skills", "Hidden Co");
    }

    @Test
    void hidden_bullets_are_left_out() {
        Resume resume = JsonResumeImporter.parse(json("""
                {"basics": {"name": "Sam"},
                 "work": [{"name": "Co", "highlights": [{"text": "Shown bullet"}, {"text": "Hidden bullet", "visible": false}]}]}"""));

        assertThat(layout.render(resume, Language.EN).xhtml()).contains("<li>Shown bullet</li>").doesNotContain("Hidden bullet");
    }

    @Test
    void only_web_mail_and_phone_targets_become_links() {
        assertThat(Hrefs.web("https://a.example/x?y=1")).isEqualTo("https://a.example/x?y=1");
        assertThat(Hrefs.web("a.example/path")).isEqualTo("https://a.example/path");
        assertThat(Hrefs.web("javascript:alert(1)")).isNull();
        assertThat(Hrefs.web("file:///etc/passwd")).isNull();
        assertThat(Hrefs.web("https://a.example/with space")).isNull();
        assertThat(Hrefs.mail("jo@example.com")).isEqualTo("mailto:jo@example.com");
        assertThat(Hrefs.mail("not an address")).isNull();
        assertThat(Hrefs.phone("+49 (30) 123-456")).isEqualTo("tel:+4930123456");
        assertThat(Hrefs.phone("call me")).isNull();
    }

    @Test
    void a_link_in_a_line_keeps_its_place_in_reading_order() {
        Resume resume = JsonResumeImporter.parse(json("""
                {"basics": {"name": "Sam", "email": "sam@example.com", "phone": "+1 555 0100",
                            "location": {"city": "Oslo"}}}"""));

        assertThat(layout.render(resume, Language.EN).xhtml()).contains("<p class=\"contact\"><a href=\"mailto:sam@example.com\">"
                + "sam@example.com</a><span> | </span><a href=\"tel:+15550100\">+1 555 0100</a><span> | </span>"
                + "<span>Oslo</span></p>");
    }
}
