package io.jobwright.auth;

import java.time.Instant;

/** A listed API token: its name and recognisable prefix, never the token itself. */
public record ApiToken(String id, String name, String prefix, Instant createdAt, Instant lastUsedAt) {
}
