package io.jobwright.ai.offline;

import io.jobwright.ai.JobPosting;
import io.jobwright.ai.Scorer;
import io.jobwright.ai.ScoringPreferences;
import io.jobwright.resume.Resume;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The scorer that needs no LLM: explicit rules plus sentence embeddings, each factor worth a fixed number of points
 * that the reason lists. Skills 40 (required and preferred skills of the posting found in the resume, with a small
 * synonym table), similarity 30 (embeddings of resume vs posting, and of the titles held vs the job title),
 * seniority 10, location and workplace 10, salary 10; blocked keywords and the user's clear instructions add or take
 * points. Deterministic: the same resume, posting and preferences always give the same score. Thread-safe.
 */
public final class OfflineScorer implements Scorer {

    static final String ENGINE = "offline";
    private static final int BLOCKED_KEYWORD_PENALTY = 30;
    static final int GIST_CHARS = 400;

    private final ProfileCache profiles;
    private final Embeddings embeddings;
    private final BriefExtractor briefs = new BriefExtractor();

    /** A scorer using the shared embedding model; the clock dates ongoing positions when counting experience. */
    public OfflineScorer(Embeddings embeddings, Clock clock) {
        this.embeddings = embeddings;
        this.profiles = new ProfileCache(embeddings, clock);
    }

    @Override
    public Score score(Resume profile, JobPosting job, ScoringPreferences preferences) {
        ProfileCache.Entry me = profiles.get(profile);
        Posting posting = Posting.of(job);
        List<String> factors = new ArrayList<>();
        int total = 0;
        total += skills(me.profile(), posting, factors);
        total += similarity(me, posting, factors);
        total += seniority(me.profile(), posting, factors);
        Instructions instructions = Instructions.parse(preferences.instructions());
        total += location(posting, preferences, instructions, factors);
        total += salary(posting, preferences, factors);
        total += blocked(posting, preferences, factors);
        total += instructed(posting, instructions, factors);
        int value = Math.max(0, Math.min(100, total));
        return new Score(value, String.join("; ", factors) + ".", job.description() == null || job.description().isBlank()
                ? null : briefs.brief(posting), ENGINE);
    }

    private static int skills(Profile me, Posting posting, List<String> factors) {
        List<String> haveRequired = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        posting.requiredSkills().forEach(s -> (me.mentions(s) ? haveRequired : missing).add(s));
        List<String> havePreferred = posting.preferredSkills().stream().filter(me::mentions).toList();
        // Resume skills the catalogue does not know still count when the posting names them.
        List<String> ownExtra = me.skills().stream().filter(s -> !posting.allSkills().contains(s))
                .filter(s -> s.length() > 1 && SkillCatalog.mentions(posting.folded(), s)).toList();
        double wanted = posting.requiredSkills().size() + 0.5 * posting.preferredSkills().size();
        int matched = haveRequired.size() + havePreferred.size() + ownExtra.size();
        if (wanted == 0 && matched == 0) {
            factors.add("Skills 0/40 (the posting names none of your skills)");
            return 0;
        }
        double coverage = wanted == 0 ? 1 : (haveRequired.size() + 0.5 * havePreferred.size()) / wanted;
        double confidence = Math.min(1, (wanted + ownExtra.size()) / 3.0);
        int points = (int) Math.round(40 * (0.6 * coverage * confidence + 0.4 * Math.min(1, matched / 5.0)));
        StringBuilder why = new StringBuilder("Skills " + points + "/40 (");
        List<String> all = new ArrayList<>(haveRequired);
        all.addAll(havePreferred);
        all.addAll(ownExtra);
        why.append(all.isEmpty() ? "none of the posting's skills are in your resume" : "you have " + list(all, 8));
        if (!missing.isEmpty()) {
            why.append("; missing ").append(list(missing, 6));
        }
        factors.add(why.append(')').toString());
        return points;
    }

    private int similarity(ProfileCache.Entry me, Posting posting, List<String> factors) {
        String title = posting.job().title() == null ? "" : posting.job().title();
        double titleSim = Embeddings.cosine(me.titleVector(), embeddings.embedShort(title));
        double textSim = Embeddings.cosine(me.textVector(), embeddings.embed(gist(title, posting)));
        int titlePoints = (int) Math.round(15 * scale(titleSim, 0.15, 0.70));
        int textPoints = (int) Math.round(15 * scale(textSim, 0.15, 0.65));
        factors.add(String.format(Locale.ROOT, "Similarity %d/30 (job title vs roles you held %d/15, posting vs resume %d/15)",
                titlePoints + textPoints, titlePoints, textPoints));
        return titlePoints + textPoints;
    }

    /**
     * What the embedding reads of a posting: its title, then what they ask for and what the job is, cut to
     * {@link #GIST_CHARS}. The model's cost grows with the text; this part decides the fit.
     */
    static String gist(String title, Posting posting) {
        StringBuilder text = new StringBuilder(title);
        for (List<String> part : List.of(posting.requirements(), posting.duties(), posting.intro(), posting.preferred())) {
            for (String line : part) {
                if (text.length() >= GIST_CHARS) {
                    return text.substring(0, GIST_CHARS);
                }
                text.append('\n').append(line);
            }
        }
        return text.length() > GIST_CHARS ? text.substring(0, GIST_CHARS) : text.toString();
    }

    private static int seniority(Profile me, Posting posting, List<String> factors) {
        Seniority wanted = Seniority.ofPosting(posting.job().title(), posting.job().jobLevel(), posting.text());
        if (wanted == null) {
            factors.add("Seniority 7/10 (the posting does not state a level; yours reads as " + name(me.level()) + ")");
            return 7;
        }
        int gap = Math.abs(wanted.ordinal() - me.level().ordinal());
        int points = switch (gap) {
            case 0 -> 10;
            case 1 -> 6;
            case 2 -> 2;
            default -> 0;
        };
        factors.add("Seniority " + points + "/10 (" + name(wanted) + " role; your level reads as " + name(me.level()) + ")");
        return points;
    }

    private static int location(Posting posting, ScoringPreferences prefs, Instructions instructions, List<String> factors) {
        Workplace workplace = Workplace.of(posting.job(), posting.folded());
        String want = instructions.remoteOnly() ? "remote" : prefs.workplace();
        List<Integer> parts = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        if (!"any".equals(want)) {
            Workplace wanted = switch (want) {
                case "remote" -> Workplace.REMOTE;
                case "hybrid" -> Workplace.HYBRID;
                default -> Workplace.ONSITE;
            };
            int p = workplace == wanted ? 10 : workplace == Workplace.UNKNOWN ? 5
                    : wanted == Workplace.REMOTE && workplace == Workplace.HYBRID ? 4
                    : wanted != Workplace.REMOTE && workplace != Workplace.REMOTE ? 7 : 2;
            parts.add(p);
            notes.add("workplace " + workplace.label().toLowerCase(Locale.ROOT) + ", you want " + want);
        }
        if (!prefs.preferredLocations().isEmpty()) {
            String where = PlainText.fold(posting.job().location() == null ? "" : posting.job().location());
            String hit = prefs.preferredLocations().stream()
                    .filter(l -> !l.isBlank() && where.contains(l.strip().toLowerCase(Locale.ROOT))).findFirst().orElse(null);
            int p = hit != null ? 10 : workplace == Workplace.REMOTE ? 8 : posting.job().location() == null ? 5 : 1;
            parts.add(p);
            notes.add(hit != null ? "in " + hit : "location " + (posting.job().location() == null ? "not stated"
                    : posting.job().location()) + " is not among your places");
        }
        if (parts.isEmpty()) {
            factors.add("Location 7/10 (no location or workplace preference set; posting: " + workplace.label() + ")");
            return 7;
        }
        int points = (int) Math.round(parts.stream().mapToInt(Integer::intValue).average().orElse(7));
        factors.add("Location " + points + "/10 (" + String.join(", ", notes) + ")");
        return points;
    }

    private static int salary(Posting posting, ScoringPreferences prefs, List<String> factors) {
        Salary salary = Salary.of(posting.job(), posting.text());
        Double top = salary == null ? null : salary.yearlyTop();
        if (prefs.minimumSalary() == null) {
            factors.add("Salary 7/10 (no minimum set" + (salary == null ? "; not stated" : "; " + salary.text()) + ")");
            return 7;
        }
        if (top == null) {
            factors.add("Salary 5/10 (not stated; your minimum is " + prefs.minimumSalary() + ")");
            return 5;
        }
        if (top >= prefs.minimumSalary()) {
            factors.add("Salary 10/10 (" + salary.text() + " meets your minimum of " + prefs.minimumSalary() + ")");
            return 10;
        }
        factors.add("Salary 0/10 (" + salary.text() + " is below your minimum of " + prefs.minimumSalary() + ")");
        return 0;
    }

    private static int blocked(Posting posting, ScoringPreferences prefs, List<String> factors) {
        int points = 0;
        for (String keyword : prefs.blockedKeywords()) {
            if (!keyword.isBlank() && PlainText.containsTerm(posting.folded(), keyword.strip().toLowerCase(Locale.ROOT))) {
                points -= BLOCKED_KEYWORD_PENALTY;
                factors.add("Blocked keyword −" + BLOCKED_KEYWORD_PENALTY + " (the posting mentions \"" + keyword.strip() + "\")");
            }
        }
        return points;
    }

    private static int instructed(Posting posting, Instructions instructions, List<String> factors) {
        int bonus = 0;
        List<String> liked = instructions.wanted().stream().filter(t -> !t.equals("remote"))
                .filter(t -> Instructions.postingNames(posting.folded(), t)).toList();
        if (!liked.isEmpty()) {
            bonus = Math.min(10, 5 * liked.size());
            factors.add("Your instructions +" + bonus + " (the posting names " + String.join(", ", liked) + ")");
        }
        List<String> disliked = instructions.avoided().stream()
                .filter(t -> Instructions.postingNames(posting.folded(), t)).toList();
        int malus = 0;
        if (!disliked.isEmpty()) {
            malus = Math.min(30, 10 * disliked.size());
            factors.add("Your instructions −" + malus + " (the posting mentions " + String.join(", ", disliked)
                    + ", which you asked to avoid)");
        }
        return bonus - malus;
    }

    private static double scale(double x, double low, double high) {
        return Math.max(0, Math.min(1, (x - low) / (high - low)));
    }

    private static String name(Seniority level) {
        return level.name().toLowerCase(Locale.ROOT);
    }

    private static String list(List<String> items, int max) {
        return items.size() <= max ? String.join(", ", items)
                : String.join(", ", items.subList(0, max)) + " and " + (items.size() - max) + " more";
    }
}
