package io.jobwright.resume;

import java.time.Instant;

/** One stored version of the base resume: its revision number (1, 2, …), when it was imported and from what format. */
public record ResumeRevision(int revision, Instant createdAt, String sourceFormat, Resume resume) {
}
