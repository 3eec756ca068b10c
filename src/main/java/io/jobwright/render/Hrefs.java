package io.jobwright.render;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns contact details into link targets for the PDF. Only {@code http(s):}, {@code mailto:} and {@code tel:}
 * targets are made; anything else ({@code javascript:}, text with spaces) stays unlinked text, so a resume can never
 * carry a link the user did not plainly write.
 */
final class Hrefs {

    private static final Pattern EMAIL = Pattern.compile("[^\\s@<>\"]+@[^\\s@<>\"]+\\.[^\\s@<>\"]+");
    private static final Pattern BARE_DOMAIN = Pattern.compile("[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)+(/\\S*)?");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ().\\-/]{5,}");

    private Hrefs() {
    }

    /** The web address as a link target: {@code https://} is added to a bare domain; {@code null} if unsafe. */
    static String web(String url) {
        if (url == null || url.isBlank() || url.chars().anyMatch(Character::isWhitespace)) {
            return null;
        }
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("https://") || lower.startsWith("http://")) {
            return url;
        }
        return BARE_DOMAIN.matcher(url).matches() ? "https://" + url : null;
    }

    /** A {@code mailto:} target, or {@code null} when it does not look like an address. */
    static String mail(String email) {
        return email != null && EMAIL.matcher(email).matches() ? "mailto:" + email : null;
    }

    /** A {@code tel:} target keeping only digits and a leading plus, or {@code null} when it is not a number. */
    static String phone(String phone) {
        if (phone == null || !PHONE.matcher(phone).matches()) {
            return null;
        }
        String digits = phone.replaceAll("[^0-9]", "");
        return "tel:" + (phone.strip().startsWith("+") ? "+" : "") + digits;
    }
}
