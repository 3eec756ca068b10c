package io.jobwright.ai.truth;

import io.jobwright.ai.JobPosting;
import io.jobwright.ai.Tailor;
import io.jobwright.ai.WritingStyle;
import io.jobwright.ai.offline.PlainText;
import io.jobwright.ai.offline.SkillCatalog;
import io.jobwright.resume.Resume;
import io.jobwright.resume.SkillGroup;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The deterministic verifier every tailoring result passes through, whichever engine wrote it. Nothing that is not
 * true of the user reaches their CV: it removes employers, job titles, degrees, schools and certifications the base
 * resume does not name; skills the profile does not list (unless the word appears literally in both the posting and
 * the resume); numbers in a reworded bullet that its source bullet lacks; a length of experience ("12+ years", "over a
 * decade", "since 2012") that the resume's dated positions do not add up to and the resume does not claim itself; a
 * headline that is not a title the user held; and the user's do-not-use terms. Summary sentences with a false claim
 * are dropped; a bad bullet rewrite falls back to the source bullet; a bad headline to the base headline. Stateless
 * and thread-safe.
 */
public final class TruthGuard {

    private static final Set<String> ADJECTIVES = Set.of("experienced", "skilled", "seasoned", "passionate",
            "dedicated", "accomplished", "versatile", "proven", "results-driven", "motivated", "talented", "an", "a");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private final Clock clock;

    /** A guard for which "today" (the end of ongoing positions) comes from {@code clock}. */
    public TruthGuard(Clock clock) {
        this.clock = clock;
    }

    /** The checked result: what may be stored, and what was removed or changed. */
    public record Verdict(Tailor.Proposal kept, List<Finding> findings) {
        public Verdict {
            findings = List.copyOf(findings);
        }
    }

    /**
     * Checks an engine's proposal and returns the part that may be stored, with a finding for every removal.
     */
    public Verdict verify(Resume base, JobPosting job, Tailor.Proposal proposal, WritingStyle style) {
        return check(base, job, proposal, style, true);
    }

    /**
     * Reports on text the user typed themselves (their edits are theirs): the same checks as {@link #verify}, but
     * nothing is changed and every finding's action is {@code reported}.
     */
    public Verdict review(Resume base, JobPosting job, Tailor.Proposal typed, WritingStyle style) {
        return check(base, job, typed, style, false);
    }

    private Verdict check(Resume base, JobPosting job, Tailor.Proposal p, WritingStyle style, boolean enforce) {
        ResumeFacts facts = ResumeFacts.of(base, LocalDate.now(clock));
        String jd = PlainText.fold(PlainText.of(job.description()) + "\n" + (job.title() == null ? "" : job.title()));
        List<String> avoid = style.doNotUse().stream().filter(t -> !t.isBlank()).map(String::strip).toList();
        List<Finding> findings = new ArrayList<>();
        String action = enforce ? "removed" : "reported";

        String headline = p.headline();
        if (headline != null && !headline.isBlank()) {
            String problem = !facts.titles().contains(Claims.norm(headline))
                    ? "it is not a title you have held (your resume's titles: " + String.join(", ", titlesOf(base)) + ")"
                    : avoidedIn(headline, avoid) != null ? "it uses \"" + avoidedIn(headline, avoid) + "\", a term you asked not to use"
                    : null;
            if (problem != null) {
                findings.add(new Finding("headline", "headline", headline, enforce ? "replaced" : "reported",
                        "The headline \"" + headline + "\" was " + (enforce ? "replaced by your own" : "flagged") + ": " + problem));
                if (enforce) {
                    headline = facts.headline();
                }
            }
        }

        String summary = p.summary();
        if (summary != null && !summary.isBlank()) {
            List<String> kept = new ArrayList<>();
            for (String sentence : Claims.sentences(summary)) {
                Finding f = sentenceProblem("summary", sentence, facts, facts.numbers(), facts::backs, avoid, action);
                if (f == null) {
                    kept.add(sentence);
                } else {
                    findings.add(f);
                    if (!enforce) {
                        kept.add(sentence);
                    }
                }
            }
            summary = kept.isEmpty() ? base.summary() : String.join(" ", kept);
        }

        List<SkillGroup> skills = p.skills() == null ? null : new ArrayList<>();
        if (p.skills() != null) {
            for (int i = 0; i < p.skills().size(); i++) {
                SkillGroup group = p.skills().get(i);
                List<String> keywords = new ArrayList<>();
                for (String keyword : group.keywords()) {
                    String why = skillProblem(keyword, facts, jd, avoid);
                    if (why == null) {
                        keywords.add(keyword);
                    } else {
                        findings.add(new Finding("skills[" + i + "].keywords", why.startsWith("it uses") ? "doNotUse" : "skill",
                                keyword, action, "The skill \"" + keyword + "\" was " + action + ": " + why));
                        if (!enforce) {
                            keywords.add(keyword);
                        }
                    }
                }
                String name = group.name();
                String nameProblem = SkillCatalog.mentionedIn(PlainText.fold(name)).isEmpty() ? avoidedIn(name, avoid) == null ? null
                        : "it uses a term you asked not to use" : skillProblem(name, facts, jd, avoid);
                if (nameProblem != null) {
                    findings.add(new Finding("skills[" + i + "].name", "skill", name, action,
                            "The skill group \"" + name + "\" was " + action + ": " + nameProblem));
                    if (enforce) {
                        continue;
                    }
                }
                if (!keywords.isEmpty() || (group.keywords().isEmpty() && nameProblem == null)) {
                    skills.add(new SkillGroup(name, keywords));
                }
            }
        }

        Map<String, String> bullets = new LinkedHashMap<>();
        p.bulletRewrites().forEach((id, text) -> {
            String source = facts.bullets().get(id);
            if (source == null) {
                findings.add(new Finding("bullets." + id, "unknownBullet", text, action,
                        "The reworded bullet was " + action + ": your resume has no bullet with id " + id));
                if (!enforce) {
                    bullets.put(id, text);
                }
                return;
            }
            Set<String> sourceNumbers = Claims.numbers(source);
            Set<Double> sourceLengths = new HashSet<>();
            Durations.in(source, facts.thisYear()).forEach(c -> sourceLengths.add(c.years()));
            Finding f = sentenceProblem("bullets." + id, text, facts, sourceNumbers,
                    c -> sourceLengths.contains(c.years()) || sourceNumbers.contains(Claims.number(c.years())),
                    avoid, action);
            if (f == null) {
                bullets.put(id, text);
            } else {
                findings.add(new Finding(f.field(), f.kind(), f.text(), enforce ? "replaced" : "reported",
                        f.reason().replace(" was removed", enforce ? "; the bullet keeps its original wording" : " was flagged")));
                if (!enforce) {
                    bullets.put(id, text);
                }
            }
        });
        return new Verdict(new Tailor.Proposal(headline, summary, skills, bullets, p.engine()), findings);
    }

    /** The first false claim in a sentence or bullet, as a finding, or {@code null} when it holds. */
    private static Finding sentenceProblem(String field, String sentence, ResumeFacts facts, Set<String> allowedNumbers,
            Predicate<Durations.Claim> lengthBacked, List<String> avoid, String action) {
        String term = avoidedIn(sentence, avoid);
        if (term != null) {
            return new Finding(field, "doNotUse", sentence, action, "\"" + shorten(sentence) + "\" was " + action
                    + ": it uses \"" + term + "\", a term you asked not to use");
        }
        List<Durations.Claim> lengths = Durations.in(sentence, facts.thisYear());
        boolean bullet = field.startsWith("bullets.");
        for (Durations.Claim length : lengths) {
            if (!lengthBacked.test(length)) {
                String why = bullet ? "the original bullet does not say so"
                        : "the dates in your resume add up to about " + String.format(Locale.ROOT, "%.1f",
                                facts.experienceYears()) + " years of experience, and your resume does not claim it";
                return new Finding(field, "experience", sentence, action, "\"" + shorten(sentence) + "\" was " + action
                        + ": it claims \"" + length.text() + "\", but " + why);
            }
        }
        for (String number : Claims.numbers(Durations.without(sentence, lengths))) {
            if (!allowedNumbers.contains(number)) {
                return new Finding(field, "number", sentence, action, "\"" + shorten(sentence) + "\" was " + action
                        + ": the number " + number + " is not in " + (bullet ? "the original bullet" : "your resume"));
            }
        }
        for (Claims.Claim claim : Claims.in(sentence)) {
            if (!holds(claim, facts)) {
                return new Finding(field, claim.kind(), sentence, action, "\"" + shorten(sentence) + "\" was " + action
                        + ": " + describe(claim) + " is not in your resume");
            }
        }
        return null;
    }

    private static boolean holds(Claims.Claim claim, ResumeFacts facts) {
        if (facts.says(claim.text())) {
            return true;
        }
        if (claim.kind().equals("title")) {
            String[] words = claim.text().split("\\s+");
            int start = 0;
            while (start < words.length - 1 && ADJECTIVES.contains(words[start].toLowerCase(Locale.ROOT))) {
                start++;
            }
            return start > 0 && facts.says(String.join(" ", java.util.Arrays.copyOfRange(words, start, words.length)));
        }
        if (claim.kind().equals("skill")) {
            return SkillCatalog.mentions(facts.folded(), claim.text());
        }
        return false;
    }

    /** Why a skill may not be listed, or {@code null} when it may. */
    private static String skillProblem(String skill, ResumeFacts facts, String jdFolded, List<String> avoid) {
        String term = avoidedIn(skill, avoid);
        if (term != null) {
            return "it uses \"" + term + "\", a term you asked not to use";
        }
        String lower = skill.strip().toLowerCase(Locale.ROOT);
        if (facts.skills().contains(lower)) {
            return null;
        }
        String canonical = SkillCatalog.canonical(skill);
        if (facts.skills().stream().anyMatch(s -> SkillCatalog.canonical(s).equalsIgnoreCase(canonical))) {
            return null;
        }
        if (PlainText.containsTerm(jdFolded, lower) && PlainText.containsTerm(facts.folded(), lower)) {
            return null;
        }
        return "your profile does not list it, and it does not appear word for word in both the job description and your resume";
    }

    private static String avoidedIn(String text, List<String> avoid) {
        String folded = PlainText.fold(text);
        for (String term : avoid) {
            if (PlainText.containsTerm(folded, term.toLowerCase(Locale.ROOT))) {
                return term;
            }
        }
        return null;
    }

    private static String describe(Claims.Claim claim) {
        return switch (claim.kind()) {
            case "employer" -> "the employer \"" + claim.text() + "\"";
            case "title" -> "the job title \"" + claim.text() + "\"";
            case "degree" -> "the degree \"" + claim.text() + "\"";
            case "school" -> "the school \"" + claim.text() + "\"";
            case "certification" -> "the certification \"" + claim.text() + "\"";
            case "skill" -> "the skill \"" + claim.text() + "\"";
            default -> "\"" + claim.text() + "\"";
        };
    }

    private static List<String> titlesOf(Resume base) {
        List<String> titles = new ArrayList<>();
        if (base.headline() != null) {
            titles.add(base.headline());
        }
        base.work().stream().map(Resume.Work::position).filter(t -> t != null && !titles.contains(t)).forEach(titles::add);
        return titles;
    }

    private static String shorten(String s) {
        String one = SPACE.matcher(s).replaceAll(" ").strip();
        return one.length() <= 120 ? one : one.substring(0, 117) + "…";
    }
}
