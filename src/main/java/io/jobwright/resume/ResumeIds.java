package io.jobwright.resume;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;

/**
 * Hands out the stable ids of one resume's items. An item keeps its own id; one without gets
 * {@code prefix + "-" + the first 10 hex digits of sha256(prefix|content…)}, so importing the same content again gives
 * the same ids. A repeated id gets {@code -2}, {@code -3}… in document order. Not thread-safe: one per resume read.
 */
final class ResumeIds {

    private final Set<String> taken = new HashSet<>();

    /** The item's own id when it has one, else the derived id; made unique within this resume either way. */
    String claim(String own, String prefix, String... content) {
        String base = own != null && !own.isBlank() ? own.trim() : derive(prefix, content);
        String id = base;
        for (int n = 2; !taken.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /** The id an item without one gets: deterministic in its section and content. */
    static String derive(String prefix, String... content) {
        StringBuilder key = new StringBuilder(prefix);
        for (String part : content) {
            key.append('|').append(part == null ? "" : part);
        }
        return prefix + "-" + HexFormat.of().formatHex(sha256(key.toString())).substring(0, 10);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
