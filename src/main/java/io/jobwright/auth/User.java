package io.jobwright.auth;

import java.time.Instant;

/** The account as the API shows it: never the password hash. */
public record User(String id, String username, Instant createdAt) {
}
