package io.jobwright.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PostingGeneratorTest {

    @Test
    void the_same_seed_and_number_give_the_same_posting() {
        assertThat(new PostingGenerator(42).posting(7)).isEqualTo(new PostingGenerator(42).posting(7));
        assertThat(new PostingGenerator(42).posting(7)).isNotEqualTo(new PostingGenerator(43).posting(7));
    }

    @Test
    void descriptions_are_three_to_five_kilobytes_and_varied() {
        PostingGenerator generator = new PostingGenerator(42);
        Set<String> titles = new HashSet<>();
        for (int n = 0; n < 300; n++) {
            PostingGenerator.Posting posting = generator.posting(n);
            assertThat(posting.description().length()).as("posting %d", n).isBetween(3_000, 5_400);
            assertThat(posting.jobUrl()).isEqualTo("https://jobs.example.org/" + n);
            titles.add(posting.title());
        }
        assertThat(titles).hasSizeGreaterThan(50);
    }
}
