package io.jobwright.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads location text ("Berlin, Germany", "San Francisco, CA", "Remote - EMEA", "Hybrid (London, UK)") into city,
 * region, ISO 3166-1 alpha-2 country and workplace. Country names are matched in English and in the country's own
 * language, with common aliases (USA, UK, Deutschland); US states and Canadian provinces imply their country.
 * Thread-safe.
 */
public final class Locations {

    private static final Map<String, String> COUNTRIES = new HashMap<>();
    private static final Map<String, String> US_STATES = new HashMap<>();
    private static final Set<String> CA_PROVINCES = Set.of("ON", "QC", "BC", "AB", "MB", "SK", "NS", "NB", "NL", "PE");
    private static final Set<String> REMOTE_SCOPES = Set.of("emea", "apac", "americas", "latam", "europe", "eu",
            "worldwide", "anywhere", "global", "north america", "na", "cet", "est", "pst");
    private static final Pattern REMOTE = Pattern.compile("\\b(remote|home[- ]?office|work from home|wfh|telecommute|fully distributed|anywhere)\\b");
    private static final Pattern HYBRID = Pattern.compile("\\bhybrid\\b");
    private static final Pattern ONSITE = Pattern.compile("\\b(on[- ]?site|in[- ]office|office[- ]based|vor ort)\\b");

    static {
        for (String code : Locale.getISOCountries()) {
            Locale english = Locale.of("en", code);
            COUNTRIES.put(norm(english.getDisplayCountry(Locale.ENGLISH)), code);
            COUNTRIES.put(code.toLowerCase(Locale.ROOT), code);
        }
        for (Locale locale : Locale.getAvailableLocales()) {
            if (!locale.getCountry().isEmpty() && locale.getCountry().length() == 2) {
                COUNTRIES.putIfAbsent(norm(locale.getDisplayCountry(locale)), locale.getCountry());
            }
        }
        Map.ofEntries(Map.entry("usa", "US"), Map.entry("united states of america", "US"), Map.entry("u.s.", "US"),
                Map.entry("u.s.a.", "US"), Map.entry("america", "US"), Map.entry("uk", "GB"), Map.entry("england", "GB"),
                Map.entry("scotland", "GB"), Map.entry("wales", "GB"), Map.entry("great britain", "GB"),
                Map.entry("northern ireland", "GB"), Map.entry("deutschland", "DE"), Map.entry("the netherlands", "NL"),
                Map.entry("holland", "NL"), Map.entry("czech republic", "CZ"), Map.entry("south korea", "KR"),
                Map.entry("korea", "KR"), Map.entry("russia", "RU"), Map.entry("uae", "AE"), Map.entry("vietnam", "VN"),
                Map.entry("türkiye", "TR"), Map.entry("turkey", "TR"), Map.entry("österreich", "AT"),
                Map.entry("schweiz", "CH"), Map.entry("suisse", "CH"))
                .forEach(COUNTRIES::put);
        // Two-letter tokens that are far more often a US state or a word than a country.
        for (String ambiguous : List.of("ca", "in", "de", "me", "or", "al", "ar", "co", "ga", "id", "il", "la", "ma",
                "md", "mn", "mo", "ms", "mt", "nc", "ne", "pa", "sc", "tn", "va", "ky", "it", "no", "is", "at", "to", "be")) {
            COUNTRIES.remove(ambiguous);
        }
        String[] states = {"AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA",
                "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY",
                "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI",
                "WY", "DC"};
        String[] names = {"alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut",
                "delaware", "florida", "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky",
                "louisiana", "maine", "maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri",
                "montana", "nebraska", "nevada", "new hampshire", "new jersey", "new mexico", "new york",
                "north carolina", "north dakota", "ohio", "oklahoma", "oregon", "pennsylvania", "rhode island",
                "south carolina", "south dakota", "tennessee", "texas", "utah", "vermont", "virginia", "washington",
                "west virginia", "wisconsin", "wyoming", "district of columbia"};
        for (int i = 0; i < states.length; i++) {
            US_STATES.put(states[i].toLowerCase(Locale.ROOT), states[i]);
            US_STATES.put(names[i], states[i]);
        }
    }

    private Locations() {
    }

    /**
     * Parses location text, taking a separately given country code and remote flag into account.
     *
     * @param text        the location text, or null
     * @param countryCode an ISO alpha-2 or alpha-3 code the source gives separately, or null
     * @param remote      the source's explicit remote flag, or null
     * @param workplace   the source's own workplace word, or null
     * @return the location, or null when nothing at all is known
     */
    public static Location parse(String text, String countryCode, Boolean remote, String workplace) {
        String clean = HtmlText.inline(text);
        Location.Workplace mode = workplace(clean, remote, workplace);
        String country = countryCode(countryCode);
        String city = null;
        String region = null;
        if (clean != null) {
            String body = clean.replaceAll("(?i)\\b(fully remote|remote|hybrid|on[- ]?site|in[- ]office)\\b", " ")
                    .replaceAll("[()\\[\\]]", ",").replaceAll("\\s+[-–|/]\\s+", ",");
            List<String> parts = new ArrayList<>();
            for (String part : body.split("[,;]")) {
                String p = part.strip().replaceAll("^[-–:]+|[-–:]+$", "").strip();
                if (!p.isEmpty() && !REMOTE_SCOPES.contains(p.toLowerCase(Locale.ROOT))) {
                    parts.add(p);
                }
            }
            if (!parts.isEmpty()) {
                String last = parts.get(parts.size() - 1);
                String asCountry = COUNTRIES.get(norm(last));
                String asState = US_STATES.get(norm(last));
                if (asCountry != null) {
                    country = country == null ? asCountry : country;
                    parts.remove(parts.size() - 1);
                } else if (asState != null && parts.size() >= 2) {
                    region = asState;
                    country = country == null ? "US" : country;
                    parts.remove(parts.size() - 1);
                } else if (CA_PROVINCES.contains(last) && parts.size() >= 2) {
                    region = last;
                    country = country == null ? "CA" : country;
                    parts.remove(parts.size() - 1);
                }
                if (!parts.isEmpty()) {
                    if (parts.size() >= 2 && region == null) {
                        String maybeState = US_STATES.get(norm(parts.get(parts.size() - 1)));
                        region = maybeState != null ? maybeState : parts.get(parts.size() - 1);
                        if (maybeState != null && country == null) {
                            country = "US";
                        }
                        parts.remove(parts.size() - 1);
                    }
                    String first = parts.get(0);
                    String firstCountry = COUNTRIES.get(norm(first));
                    if (parts.size() == 1 && firstCountry != null && first.length() > 3) {
                        country = country == null ? firstCountry : country;
                    } else if (first.length() <= 80) {
                        city = first;
                    }
                }
            }
        }
        if (clean == null && country == null && mode == Location.Workplace.UNKNOWN) {
            return null;
        }
        return new Location(clean, city, region, country, mode);
    }

    /** The ISO alpha-2 code for a code or country name, or null. */
    public static String countryCode(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String c = code.strip();
        if (c.length() == 2 && c.chars().allMatch(Character::isLetter)) {
            return c.toUpperCase(Locale.ROOT);
        }
        if (c.length() == 3) {
            for (String iso : Locale.getISOCountries()) {
                if (Locale.of("", iso).getISO3Country().equalsIgnoreCase(c)) {
                    return iso;
                }
            }
        }
        return COUNTRIES.get(norm(c));
    }

    private static Location.Workplace workplace(String text, Boolean remote, String word) {
        String w = word == null ? "" : word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (w.contains("hybrid")) {
            return Location.Workplace.HYBRID;
        }
        if (w.contains("remote")) {
            return Location.Workplace.REMOTE;
        }
        if (w.contains("onsite") || w.contains("office") || w.equals("inperson")) {
            return Location.Workplace.ONSITE;
        }
        String t = text == null ? "" : text.toLowerCase(Locale.ROOT);
        if (HYBRID.matcher(t).find()) {
            return Location.Workplace.HYBRID;
        }
        if (Boolean.TRUE.equals(remote) || REMOTE.matcher(t).find()) {
            return Location.Workplace.REMOTE;
        }
        if (ONSITE.matcher(t).find()) {
            return Location.Workplace.ONSITE;
        }
        return Boolean.FALSE.equals(remote) && !t.isEmpty() ? Location.Workplace.ONSITE : Location.Workplace.UNKNOWN;
    }

    private static String norm(String s) {
        return s.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    }
}
