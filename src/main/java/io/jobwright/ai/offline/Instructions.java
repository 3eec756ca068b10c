package io.jobwright.ai.offline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The clear preferences in the user's free-text scoring instructions: technologies or topics they want or want to
 * avoid, "remote only", "no travel", "no on-call". Clauses whose wish is unclear are ignored rather than guessed at.
 *
 * @param wanted   terms the user wants (lower case); a posting naming one scores higher
 * @param avoided  terms the user wants to avoid; a posting naming one scores lower
 * @param remoteOnly whether the user asked for remote work only
 */
record Instructions(List<String> wanted, List<String> avoided, boolean remoteOnly) {

    static final Instructions NONE = new Instructions(List.of(), List.of(), false);

    /** Topics a clause may name besides catalogue skills, each with the phrases a posting uses for it. */
    static final String[][] TOPICS = {
        {"travel", "travel", "travelling", "traveling", "reisebereitschaft", "déplacements"},
        {"on-call", "on-call", "on call", "pager", "rufbereitschaft", "astreinte"},
        {"relocation", "relocation", "relocate"},
        {"weekends", "weekends", "weekend", "wochenende"},
        {"night shifts", "night shift", "night shifts", "nachtschicht"},
        {"startup", "startup", "start-up", "early-stage", "early stage"},
        {"remote", "remote"},
        {"visa sponsorship", "visa sponsorship", "sponsorship"},
    };

    /** Reads instructions; blank gives {@link #NONE}. */
    static Instructions parse(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        Set<String> wanted = new LinkedHashSet<>();
        Set<String> avoided = new LinkedHashSet<>();
        boolean remoteOnly = false;
        for (String clause : text.toLowerCase(Locale.ROOT).split("[.;\\n!]|,\\s*(?=but|and|no|not|avoid|prefer)")) {
            String folded = PlainText.fold(clause.strip());
            boolean negative = hasAny(folded, "no", "not", "avoid", "avoiding", "without", "never", "don't", "dont",
                    "penalize", "penalise", "hate", "exclude", "kein", "keine", "pas de", "sans");
            boolean positive = hasAny(folded, "prefer", "preferably", "focus", "prioritize", "prioritise", "want",
                    "like", "love", "interested", "only", "favor", "favour", "ideally", "looking for");
            if (!negative && !positive) {
                continue;
            }
            if (!negative && PlainText.containsTerm(folded, "remote") && (PlainText.containsTerm(folded, "only")
                    || PlainText.containsTerm(folded, "fully remote"))) {
                remoteOnly = true;
            }
            List<String> terms = new ArrayList<>();
            SkillCatalog.mentionedIn(folded).forEach(s -> terms.add(s.toLowerCase(Locale.ROOT)));
            for (String[] topic : TOPICS) {
                for (int i = 1; i < topic.length; i++) {
                    if (PlainText.containsTerm(folded, topic[i])) {
                        terms.add(topic[0]);
                        break;
                    }
                }
            }
            (negative ? avoided : wanted).addAll(terms);
        }
        return new Instructions(List.copyOf(wanted), List.copyOf(avoided), remoteOnly);
    }

    /** Whether folded posting text names the term (a catalogue skill or one of {@link #TOPICS}). */
    static boolean postingNames(String folded, String term) {
        for (String[] topic : TOPICS) {
            if (topic[0].equals(term)) {
                for (int i = 1; i < topic.length; i++) {
                    if (PlainText.containsTerm(folded, topic[i])) {
                        return true;
                    }
                }
                return false;
            }
        }
        return SkillCatalog.mentions(folded, term);
    }

    private static boolean hasAny(String folded, String... words) {
        for (String w : words) {
            if (PlainText.containsTerm(folded, w)) {
                return true;
            }
        }
        return false;
    }
}
