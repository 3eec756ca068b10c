package io.jobwright.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Mints bearer tokens ({@code jw_} + 32 random bytes, base64url) and turns them into the SHA-256 hex digest that is
 * the only form ever stored. A plain hash is enough here, unlike for passwords: the tokens carry 256 random bits, so
 * there is nothing to guess. Thread-safe.
 */
final class TokenCodec {

    static final String PREFIX = "jw_";
    /** How many leading characters of an API token are kept so the user can recognise it in a list. */
    static final int SHOWN_PREFIX_LENGTH = PREFIX.length() + 8;
    private static final int TOKEN_BYTES = 32;

    private final SecureRandom random = new SecureRandom();

    /** A new random token. */
    String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A new random CSRF token (no prefix: it is not a credential on its own). */
    String newCsrfToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The recognisable start of a token, safe to show and store. */
    static String shownPrefix(String token) {
        return token.substring(0, Math.min(SHOWN_PREFIX_LENGTH, token.length()));
    }

    /** The SHA-256 hex digest under which a token is stored and looked up. */
    static String hash(String token) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
