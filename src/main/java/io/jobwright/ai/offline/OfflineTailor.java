package io.jobwright.ai.offline;

import io.jobwright.ai.JobPosting;
import io.jobwright.ai.Tailor;
import io.jobwright.ai.WritingStyle;
import io.jobwright.resume.Resume;
import io.jobwright.resume.ResumeProject;
import io.jobwright.resume.SkillGroup;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The tailor that needs no LLM: it selects and orders, never writes. The headline is the user's own; the summary is
 * the base summary (cut at a sentence to the word limit); skill groups and their keywords are reordered so what the
 * posting values comes first (capped per group when the style says so); projects are ranked by the skills they share
 * with the posting, then by embedding similarity, then by resume order. No bullet is reworded. Deterministic and
 * thread-safe.
 */
public final class OfflineTailor implements Tailor {

    private final Embeddings embeddings;

    /** A tailor using the shared embedding model for project relevance. */
    public OfflineTailor(Embeddings embeddings) {
        this.embeddings = embeddings;
    }

    @Override
    public Proposal propose(Resume base, JobPosting job, WritingStyle style) {
        Posting posting = Posting.of(job);
        String headline = base.headline() != null ? base.headline()
                : base.work().stream().map(Resume.Work::position).filter(p -> p != null && !p.isBlank()).findFirst().orElse(null);
        return new Proposal(headline, limitWords(base.summary(), style.summaryMaxWords()),
                skills(base.skills(), posting, style.maxKeywordsPerSkill()), Map.of(), OfflineScorer.ENGINE);
    }

    @Override
    public List<String> pickProjects(Resume base, JobPosting job, ProjectChoice choice) {
        if (choice.slots() == 0 || choice.candidates().isEmpty()) {
            return List.of();
        }
        Posting posting = Posting.of(job);
        float[] jd = embeddings.embed((job.title() == null ? "" : job.title()) + "\n" + posting.text());
        List<String> texts = choice.candidates().stream().map(p -> projectText(base, p)).toList();
        List<float[]> vectors = embeddings.embedAll(texts);
        List<Ranked> ranked = new ArrayList<>();
        for (int i = 0; i < choice.candidates().size(); i++) {
            String folded = PlainText.fold(texts.get(i));
            long shared = posting.allSkills().stream().filter(s -> SkillCatalog.mentions(folded, s)).count();
            ranked.add(new Ranked(choice.candidates().get(i).id(), shared, Embeddings.cosine(jd, vectors.get(i)), i));
        }
        return ranked.stream()
                .sorted(Comparator.comparingLong((Ranked r) -> -r.shared())
                        .thenComparingDouble(r -> -Math.round(r.similarity() * 1000) / 1000.0)
                        .thenComparingInt(Ranked::order))
                .limit(choice.slots()).map(Ranked::id).toList();
    }

    private record Ranked(String id, long shared, double similarity, int order) {
    }

    private static String projectText(Resume base, ResumeProject project) {
        StringBuilder text = new StringBuilder();
        text.append(project.name() == null ? "" : project.name()).append('\n');
        text.append(project.description() == null ? "" : project.description());
        base.projectItems().stream().filter(p -> p.id().equals(project.id())).findFirst()
                .ifPresent(p -> text.append('\n').append(String.join(", ", p.keywords())));
        return text.toString();
    }

    /** Groups with the most posting skills first; within a group, keywords the posting names first, by frequency. */
    static List<SkillGroup> skills(List<SkillGroup> groups, Posting posting, int maxKeywords) {
        if (groups.isEmpty()) {
            return null;
        }
        List<SkillGroup> reordered = new ArrayList<>();
        for (SkillGroup group : groups) {
            List<String> keywords = new ArrayList<>(group.keywords());
            List<Integer> weights = keywords.stream().map(k -> weight(posting, k)).toList();
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < keywords.size(); i++) {
                order.add(i);
            }
            order.sort(Comparator.comparingInt((Integer i) -> -weights.get(i)).thenComparingInt(i -> i));
            List<String> sorted = order.stream().map(keywords::get).toList();
            if (maxKeywords > 0 && sorted.size() > maxKeywords) {
                sorted = sorted.subList(0, maxKeywords);
            }
            reordered.add(new SkillGroup(group.name(), sorted));
        }
        List<Integer> index = new ArrayList<>();
        for (int i = 0; i < reordered.size(); i++) {
            index.add(i);
        }
        List<Integer> groupWeights = reordered.stream().map(g -> g.keywords().stream().mapToInt(k -> weight(posting, k)).sum()
                + weight(posting, g.name())).toList();
        index.sort(Comparator.comparingInt((Integer i) -> -groupWeights.get(i)).thenComparingInt(i -> i));
        return index.stream().map(reordered::get).toList();
    }

    /** How much the posting values a skill: required 3, a plus 2, merely mentioned 1, per mention up to 3. */
    private static int weight(Posting posting, String skill) {
        if (skill == null || skill.isBlank()) {
            return 0;
        }
        String canonical = SkillCatalog.canonical(skill);
        int base = posting.requiredSkills().contains(canonical) ? 30 : posting.preferredSkills().contains(canonical) ? 20 : 0;
        int mentions = 0;
        for (String alias : SkillCatalog.aliases(skill)) {
            if (alias.length() > 1) {
                mentions += PlainText.countTerm(posting.folded(), alias.toLowerCase(Locale.ROOT));
            }
        }
        return base + Math.min(3, mentions) * (base > 0 ? 1 : 10);
    }

    /** The text cut after the last whole sentence within {@code maxWords} words (0 means no limit). */
    static String limitWords(String text, int maxWords) {
        if (text == null || maxWords <= 0) {
            return text;
        }
        String[] words = text.strip().split("\\s+");
        if (words.length <= maxWords) {
            return text;
        }
        String head = String.join(" ", java.util.Arrays.copyOf(words, maxWords));
        int end = Math.max(head.lastIndexOf(". "), Math.max(head.lastIndexOf("! "), head.lastIndexOf("? ")));
        if (head.endsWith(".")) {
            return head;
        }
        return end > 0 ? head.substring(0, end + 1) : head + "…";
    }
}
