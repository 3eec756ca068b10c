package io.jobwright.auth;

import java.time.Instant;

/** A freshly created API token; the only time {@code token} is ever shown. */
public record IssuedApiToken(String id, String name, String token, String prefix, Instant createdAt) {
}
