package io.jobwright.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.jobwright.resume.Resume;
import io.jobwright.resume.ResumeFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class AtsCheckTest {

    private final Resume alex = ResumeFixtures.resume(ResumeFixtures.ALEX);
    private final ResumeLayout layout = new HtmlPdfRenderer().layout(alex, RenderOptions.DEFAULT);

    @Test
    void the_full_text_passes_with_full_recall() {
        AtsReport report = AtsCheck.compare(alex, layout, layout.text());

        assertThat(report.passed()).isTrue();
        assertThat(report.recall()).isEqualTo(1.0);
        assertThat(report.missing()).isEmpty();
    }

    @Test
    void a_missing_phone_and_a_missing_heading_fail_the_check_and_are_named() {
        String text = layout.text().replace("+49 30 1234567", "").replace("Education", "");

        AtsReport report = AtsCheck.compare(alex, layout, text);

        assertThat(report.passed()).isFalse();
        assertThat(report.missing()).contains("phone", "heading: Education");
    }

    @Test
    void headings_out_of_order_fail_the_check() {
        String text = "Alex Rivera alex.rivera@example.com +49 30 1234567 Experience Summary " + layout.text();
        String reordered = text.replaceFirst("(?s)Summary(.*)Skills", "Skills$1");

        AtsReport report = AtsCheck.compare(alex, layout, reordered.replace(" Summary ", " "));

        assertThat(report.passed()).isFalse();
    }

    @Test
    void losing_more_than_one_word_in_twenty_fails_on_recall() {
        List<String> words = List.copyOf(AtsCheck.words(AtsCheck.normalize(layout.text())));
        String text = layout.text();
        for (String word : words.subList(words.size() - words.size() / 10, words.size())) {
            text = text.replaceAll("(?i)\\b" + java.util.regex.Pattern.quote(word) + "\\b", "");
        }

        AtsReport report = AtsCheck.compare(alex, layout, text);

        assertThat(report.recall()).isLessThan(AtsCheck.MIN_RECALL);
        assertThat(report.passed()).isFalse();
        assertThat(report.missing()).anyMatch(m -> m.startsWith("word: "));
    }

    @Test
    void japanese_text_counts_each_character_so_line_breaks_inside_a_sentence_lose_nothing() {
        assertThat(AtsCheck.words("東京で 開発 java")).containsExactly("東", "京", "で", "開", "発", "java");
    }
}
