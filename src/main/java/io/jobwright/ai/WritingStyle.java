package io.jobwright.ai;

import java.util.List;

/**
 * How tailored text should be written. The LLM tailor puts all of it into its prompt; {@code doNotUse} is also
 * enforced after generation by {@code TruthGuard}, and the word and keyword limits by both engines.
 *
 * @param language           {@code "match-resume"}, {@code "match-job"} or a fixed language code such as {@code "en"}
 * @param doNotUse           terms that must not appear in tailored text (case-insensitive)
 * @param summaryMaxWords    0 means no limit
 * @param maxKeywordsPerSkill 0 means no limit
 */
public record WritingStyle(String tone, String formality, String constraints, List<String> doNotUse,
        int summaryMaxWords, int maxKeywordsPerSkill, String language) {

    /** The defaults: professional, medium formality, no extra rules, the resume's language. */
    public static final WritingStyle DEFAULT = new WritingStyle("professional", "medium", "", List.of(), 0, 0,
            "match-resume");

    public WritingStyle {
        tone = tone == null ? "professional" : tone;
        formality = formality == null ? "medium" : formality;
        constraints = constraints == null ? "" : constraints;
        doNotUse = doNotUse == null ? List.of() : List.copyOf(doNotUse);
        language = language == null ? "match-resume" : language;
    }
}
