package io.jobwright.ai.llm;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Guesses the language of a resume or posting from its most common short words. Knows English, German, French,
 * Spanish, Dutch, Italian and Portuguese; a text with too few of those words gives no guess.
 */
final class LanguageGuess {

    /** ISO code → the language's English name, as the prompt names it. */
    static final Map<String, String> NAMES = Map.of("en", "English", "de", "German", "fr", "French", "es", "Spanish",
            "nl", "Dutch", "it", "Italian", "pt", "Portuguese");

    private static final Map<String, Set<String>> WORDS = Map.of(
            "en", Set.of("the", "and", "of", "to", "with", "for", "you", "we", "our", "is", "are", "will", "your", "in"),
            "de", Set.of("und", "der", "die", "das", "mit", "für", "wir", "sie", "ist", "ein", "eine", "zu", "den", "auf", "bei"),
            "fr", Set.of("le", "la", "les", "et", "des", "pour", "avec", "nous", "vous", "est", "une", "du", "en", "dans", "sur"),
            "es", Set.of("el", "la", "los", "las", "y", "de", "para", "con", "que", "una", "del", "en", "por", "es", "nuestro"),
            "nl", Set.of("de", "het", "een", "en", "van", "voor", "met", "wij", "je", "jij", "is", "zijn", "op", "bij", "naar"),
            "it", Set.of("il", "lo", "la", "gli", "le", "e", "di", "per", "con", "che", "una", "del", "della", "sono", "nel"),
            "pt", Set.of("o", "os", "as", "e", "de", "para", "com", "que", "uma", "do", "da", "em", "por", "você", "nosso"));
    private static final int MIN_HITS = 3;

    private LanguageGuess() {
    }

    /** The ISO 639-1 code of the text's language, or empty when it cannot tell. */
    static Optional<String> of(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Map<String, Integer> hits = new java.util.HashMap<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            WORDS.forEach((lang, words) -> {
                if (words.contains(word)) {
                    hits.merge(lang, 1, Integer::sum);
                }
            });
        }
        return hits.entrySet().stream().filter(e -> e.getValue() >= MIN_HITS)
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey);
    }
}
