package io.jobwright.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void hostile_html_loses_scripts_handlers_and_javascript_links() {
        String dirty = "<p onclick=\"steal()\">Hi<script>alert(1)</script></p><a href=\"javascript:alert(1)\">x</a>"
                + "<iframe src=\"https://evil\"></iframe><style>p{}</style><ul><li>One</li></ul>";
        assertThat(HtmlText.sanitize(dirty)).isEqualTo("<p>Hi</p><a rel=\"nofollow noopener\">x</a><ul><li>One</li></ul>");
    }

    @Test
    void entity_encoded_html_is_decoded_then_cleaned_and_kept_as_text_too() {
        String encoded = "&lt;div class=&quot;x&quot;&gt;&lt;p&gt;Build things.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Java&lt;/li&gt;"
                + "&lt;li&gt;SQL&lt;/li&gt;&lt;/ul&gt;&lt;/div&gt;";
        assertThat(HtmlText.sanitize(encoded)).isEqualTo("<div><p>Build things.</p><ul><li>Java</li><li>SQL</li></ul></div>");
        assertThat(HtmlText.plain(encoded)).isEqualTo("Build things.\n\n- Java\n- SQL");
    }

    @Test
    void plain_text_becomes_paragraphs() {
        assertThat(HtmlText.sanitize("Salt & pepper\nline two\n\nThree")).isEqualTo("<p>Salt &amp; pepper<br>line two</p><p>Three</p>");
    }

    @Test
    void plain_text_keeps_paragraphs_and_list_items_with_tidy_spacing() {
        String html = "  <p>Lead  the\u00a0team\t </p>\n\n\n<p> Ship <b>often</b> </p><ul><li> Java </li><li>SQL</li></ul>"
                + "<div><br><br><br>Remote</div>  ";
        assertThat(HtmlText.describe(html).text()).isEqualTo("Lead the team\n\nShip often\n\n- Java\n- SQL\n\nRemote");
    }

    @Test
    void tidying_breaks_matches_the_rules_it_states_on_random_text() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        char[] alphabet = {' ', '\t', '\u00a0', '\n', '\r', 'a', 'b', '.'};
        for (int round = 0; round < 5_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String input = text.toString();
            String expected = input.replace('\u00a0', ' ').replaceAll("[ \\t]+", " ").replaceAll(" *\\n *", "\n")
                    .replaceAll("\\n{3,}", "\n\n").strip();
            assertThat(HtmlText.tidyBreaks(input)).as("tidy %s", input.replace("\n", "\\n")).isEqualTo(expected);
        }
    }

    @Test
    void tags_are_told_from_angle_brackets_in_prose() {
        assertThat(HtmlText.looksLikeHtml("Salary < 50k and > 40k")).isFalse();
        assertThat(HtmlText.looksLikeHtml("a <3 b >")).isFalse();
        assertThat(HtmlText.looksLikeHtml("see < / b> here")).isTrue();
        assertThat(HtmlText.looksLikeHtml("<\n p class=x>Hi")).isTrue();
        assertThat(HtmlText.looksLikeHtml("<p never closes")).isFalse();
        assertThat(HtmlText.looksLikeHtml("&lt;p&gt;encoded&lt;/p&gt;")).isTrue();
        assertThat(HtmlText.plain("&lt;p&gt;Fish &amp;amp; chips&lt;/p&gt;")).isEqualTo("Fish & chips");
        assertThat(HtmlText.plain("<p>Keep &lt;b&gt; literal</p>")).isEqualTo("Keep <b> literal");
    }

    @Test
    void posted_dates_in_the_shapes_sources_use() {
        Clock clock = Clock.fixed(Instant.parse("2026-07-20T12:00:00Z"), ZoneOffset.UTC);
        assertThat(PostedDates.parse("2026-07-16T11:55:32-04:00", clock)).isEqualTo(LocalDate.of(2026, 7, 16));
        assertThat(PostedDates.parse("1764205361939", clock)).isEqualTo(LocalDate.of(2025, 11, 27));
        assertThat(PostedDates.parse("1770835328", clock)).isEqualTo(LocalDate.of(2026, 2, 11));
        assertThat(PostedDates.parse("Mon, 13 Jul 2026 10:00:00 +0000", clock)).isEqualTo(LocalDate.of(2026, 7, 13));
        assertThat(PostedDates.parse("2026-08-05 10:10:39 UTC", clock)).isEqualTo(LocalDate.of(2026, 8, 5));
        assertThat(PostedDates.parse("Posted 8 Days Ago", clock)).isEqualTo(LocalDate.of(2026, 7, 12));
        assertThat(PostedDates.parse("Posted 30+ Days Ago", clock)).isEqualTo(LocalDate.of(2026, 6, 20));
        assertThat(PostedDates.parse("Posted Today", clock)).isEqualTo(LocalDate.of(2026, 7, 20));
        assertThat(PostedDates.parse("soon", clock)).isNull();
    }
}
