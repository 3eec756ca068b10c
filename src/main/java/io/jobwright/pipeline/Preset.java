package io.jobwright.pipeline;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Named run settings: how many jobs to tailor, the score they need, and how many postings to read. */
public enum Preset {
    FAST(5, 75, 300),
    BALANCED(10, 50, 500),
    DETAILED(20, 35, 750);

    private final int topN;
    private final int minSuitabilityScore;
    private final int runBudget;

    Preset(int topN, int minSuitabilityScore, int runBudget) {
        this.topN = topN;
        this.minSuitabilityScore = minSuitabilityScore;
        this.runBudget = runBudget;
    }

    public int topN() {
        return topN;
    }

    public int minSuitabilityScore() {
        return minSuitabilityScore;
    }

    public int runBudget() {
        return runBudget;
    }

    /** The name on the wire ({@code fast}). */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The preset with this wire name, if any (case-insensitive). */
    public static Optional<Preset> parse(String name) {
        return Arrays.stream(values()).filter(p -> p.wire().equalsIgnoreCase(name.strip())).findFirst();
    }
}
