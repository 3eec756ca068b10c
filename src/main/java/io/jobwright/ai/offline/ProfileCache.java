package io.jobwright.ai.offline;

import io.jobwright.resume.Resume;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Remembers the last resume's analysis and embeddings, so scoring a thousand jobs reads and embeds the resume once.
 * A changed resume (any field) is read again.
 */
final class ProfileCache {

    /** A resume's analysis and its two embeddings. */
    record Entry(Resume resume, Profile profile, float[] textVector, float[] titleVector) {
    }

    private final Embeddings embeddings;
    private final Clock clock;
    private volatile Entry last;

    ProfileCache(Embeddings embeddings, Clock clock) {
        this.embeddings = embeddings;
        this.clock = clock;
    }

    Entry get(Resume resume) {
        Entry entry = last;
        if (entry != null && (entry.resume() == resume || entry.resume().equals(resume))) {
            return entry;
        }
        Profile profile = Profile.of(resume, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
        var vectors = embeddings.embedAll(java.util.List.of(profile.summaryText(), profile.titleText()));
        entry = new Entry(resume, profile, vectors.get(0), vectors.get(1));
        last = entry;
        return entry;
    }

    /** The analysis alone, without embedding anything. */
    Profile profile(Resume resume) {
        Entry entry = last;
        if (entry != null && (entry.resume() == resume || entry.resume().equals(resume))) {
            return entry.profile();
        }
        return Profile.of(resume, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
    }
}
