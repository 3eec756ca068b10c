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
