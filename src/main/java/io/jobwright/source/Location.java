package io.jobwright.source;

/**
 * Where a posting is: city, region and ISO 3166-1 alpha-2 country when they could be read, and how the work is done.
 *
 * @param text the location as the source wrote it
 */
public record Location(String text, String city, String region, String country, Workplace workplace) {

    /** How the work is done; {@code UNKNOWN} when the posting does not say. */
    public enum Workplace {
        REMOTE, HYBRID, ONSITE, UNKNOWN;

        public String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
