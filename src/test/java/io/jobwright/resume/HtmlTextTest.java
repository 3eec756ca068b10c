package io.jobwright.resume;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void paragraphs_and_list_items_become_text_and_bullets() {
        HtmlText.Rich rich = HtmlText.read("<p>Led the <strong>platform</strong> team.</p><ul><li><p>Cut costs 40%</p></li>"
                + "<li>Hired <em>six</em> engineers</li></ul><p></p>");

        assertThat(rich.paragraphs()).containsExactly("Led the platform team.");
        assertThat(rich.bullets()).containsExactly("Cut costs 40%", "Hired six engineers");
    }

    @Test
    void scripts_styles_and_event_handlers_are_stripped_before_reading() {
        HtmlText.Rich rich = HtmlText.read("<p onclick=\"steal()\">Shipped<script>alert('x')</script> on time"
                + "<style>p{}</style><iframe src=\"https://evil.example\">inner</iframe></p>"
                + "<ul><li><img src=x onerror=alert(1)>Safe bullet</li></ul>");

        assertThat(rich.paragraphs()).containsExactly("Shipped on time");
        assertThat(rich.bullets()).containsExactly("Safe bullet");
    }

    @Test
    void links_keep_their_address_unless_the_text_is_the_address() {
        assertThat(HtmlText.plain("<p>Used by <a href=\"https://example.com\">500+ companies</a>; see "
                + "<a href=\"https://x.dev\">https://x.dev</a> or <a href=\"mailto:jo@example.com\">jo@example.com</a></p>"))
                .isEqualTo("Used by 500+ companies (https://example.com); see https://x.dev or jo@example.com");
    }

    @Test
    void javascript_links_lose_their_address() {
        assertThat(HtmlText.plain("<p><a href=\"javascript:alert(1)\">Click</a> here</p>")).isEqualTo("Click here");
    }

    @Test
    void text_written_back_as_html_reads_back_the_same() {
        String text = "Built RouteKit (https://github.com/alex/routekit) & friends <3";
        List<String> bullets = List.of("One < two", "Visit https://example.com/a?b=1.");

        HtmlText.Rich back = HtmlText.read(HtmlText.html(text, bullets));

        assertThat(back.paragraphs()).containsExactly(text);
        assertThat(back.bullets()).isEqualTo(bullets);
    }

    @Test
    void plain_text_is_not_taken_for_markup() {
        assertThat(HtmlText.looksLikeHtml("C++ & Go, 3 < 4")).isFalse();
        assertThat(HtmlText.looksLikeHtml("a <b>bold</b> claim")).isTrue();
        assertThat(HtmlText.looksLikeHtml("R&amp;D")).isTrue();
    }
}
