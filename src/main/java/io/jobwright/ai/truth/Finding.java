package io.jobwright.ai.truth;

/**
 * One thing TruthGuard removed or changed in a tailoring result, or, for text the user typed, would have.
 *
 * @param field   where: {@code headline}, {@code summary}, {@code skills[0].keywords}, {@code bullets.<highlightId>}
 * @param kind    what kind of claim: {@code employer}, {@code title}, {@code degree}, {@code school},
 *                {@code certification}, {@code skill}, {@code number}, {@code experience} (a length of experience the
 *                resume does not back), {@code headline}, {@code doNotUse}, {@code unknownBullet}
 * @param text    the words concerned, as written
 * @param action  {@code removed}, {@code replaced} (by the base resume's value) or {@code reported} (user's own edit)
 * @param reason  why, in words the user understands
 */
public record Finding(String field, String kind, String text, String action, String reason) {
}
