package io.jobwright.ai.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jobwright.ai.JobPosting;
import io.jobwright.ai.Scorer;
import io.jobwright.ai.ScoringPreferences;
import io.jobwright.resume.JsonResumeImporter;
import io.jobwright.resume.Resume;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Conformance: the offline scorer ranks the shared job descriptions for the fixture resume as the labels in
 * {@code src/test/resources/ai/ranking-labels.md} say, with NDCG@10 of at least 0.85. Skips with a notice when the
 * shared folder is absent.
 */
class OfflineRankingConformanceTest {

    record Labelled(String file, int grade) {
    }

    record Ranked(String file, int grade, Scorer.Score score) {
    }

    @Test
    void offline_scores_rank_the_shared_postings_with_ndcg_at_10_of_at_least_0_85() throws IOException {
        if (!Files.isDirectory(SharedPostings.FOLDER)) {
            System.out.println("NOTICE: " + SharedPostings.FOLDER.toAbsolutePath().normalize()
                    + " is absent; skipping the offline ranking conformance test");
        }
        assumeTrue(Files.isDirectory(SharedPostings.FOLDER), "shared fixtures absent");
        Resume resume = JsonResumeImporter.parse(resource("ai/ranking-resume.json"));
        OfflineScorer scorer = new OfflineScorer(new Embeddings(),
                Clock.fixed(Instant.parse("2026-01-15T00:00:00Z"), ZoneOffset.UTC));
        List<Ranked> ranked = new ArrayList<>();
        for (Labelled l : labels()) {
            JobPosting posting = SharedPostings.read(SharedPostings.FOLDER.resolve(l.file()));
            ranked.add(new Ranked(l.file(), l.grade(), scorer.score(resume, posting, ScoringPreferences.NONE)));
        }
        ranked.sort(Comparator.comparingInt((Ranked r) -> -r.score().value()).thenComparing(Ranked::file));
        ranked.forEach(r -> System.out.printf("%3d  grade %d  %s%n      %s%n", r.score().value(), r.grade(), r.file(),
                r.score().reason()));
        double ndcg = ndcg(ranked.stream().map(Ranked::grade).toList(), 10);
        System.out.printf("NDCG@10 = %.3f%n", ndcg);
        assertThat(ndcg).isGreaterThanOrEqualTo(0.85);
    }

    static double ndcg(List<Integer> grades, int k) {
        List<Integer> ideal = grades.stream().sorted(Comparator.reverseOrder()).toList();
        return dcg(grades, k) / dcg(ideal, k);
    }

    private static double dcg(List<Integer> grades, int k) {
        double sum = 0;
        for (int i = 0; i < Math.min(k, grades.size()); i++) {
            sum += (Math.pow(2, grades.get(i)) - 1) / (Math.log(i + 2) / Math.log(2));
        }
        return sum;
    }

    private static List<Labelled> labels() throws IOException {
        List<Labelled> labels = new ArrayList<>();
        for (String line : new String(resource("ai/ranking-labels.md"), StandardCharsets.UTF_8).split("\n")) {
            String[] cells = line.split("\\|");
            if (cells.length >= 4 && cells[2].strip().matches("\\d")) {
                labels.add(new Labelled(cells[1].strip(), Integer.parseInt(cells[2].strip())));
            }
        }
        assertThat(labels).hasSize(15);
        return labels;
    }

    private static byte[] resource(String name) throws IOException {
        try (var in = OfflineRankingConformanceTest.class.getClassLoader().getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }
}
