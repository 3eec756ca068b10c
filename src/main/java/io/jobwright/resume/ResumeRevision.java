package io.jobwright.resume;

import java.time.Instant;

/**
 * One stored version of the base resume: its revision number (1, 2, …), when it was stored and from what
 * ({@code json-resume}, {@code rxresume-v4}, {@code rxresume-v5}, {@code rxresume-api}, {@code edit},
 * {@code restore}). {@code resume} is {@code null} in revision listings.
 */
public record ResumeRevision(int revision, Instant createdAt, String sourceFormat, Resume resume) {
}
