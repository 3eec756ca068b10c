package io.jobwright.resume;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Stores the base resume as numbered revisions (every import adds one; old ones are kept) and answers what the
 * current one is. {@link #current()} runs on every PDF render and freshness check, so the current revision is kept in
 * memory: an import here replaces it at once, and an import by another instance on the same database is noticed
 * within {@link #RECHECK_INTERVAL} by a one-number query. Thread-safe.
 */
public final class ResumeService {

    /** How long the cached current revision is trusted before the database is asked whether a newer one exists. */
    public static final Duration RECHECK_INTERVAL = Duration.ofSeconds(5);

    private final ResumeRepository repository;
    private final Clock clock;
    private final long recheckNanos;
    private volatile Cached cached;

    /** What {@link #latest()} last found, and when (in {@link System#nanoTime()} terms) that was confirmed. */
    private record Cached(Optional<ResumeRevision> latest, long confirmedAtNanos) {
        int revision() {
            return latest.map(ResumeRevision::revision).orElse(0);
        }
    }

    /** A service storing revisions through {@code jdbi}, stamping them with {@code clock}'s time. */
    public ResumeService(Jdbi jdbi, Clock clock) {
        this(jdbi, clock, RECHECK_INTERVAL);
    }

    /** As {@link #ResumeService(Jdbi, Clock)}, trusting the cache for {@code recheck} instead (tests use zero). */
    ResumeService(Jdbi jdbi, Clock clock, Duration recheck) {
        this.repository = new ResumeRepository(jdbi);
        this.clock = clock;
        this.recheckNanos = recheck.toNanos();
    }

    /** The current base resume, if one was imported. */
    public Optional<Resume> current() {
        return latest().map(ResumeRevision::resume);
    }

    /** The current base resume's revision number, 0 when there is none. */
    public int currentRevision() {
        return latest().map(ResumeRevision::revision).orElse(0);
    }

    /** The current revision with its number, import time and source format, if one was imported. */
    public Optional<ResumeRevision> latest() {
        Cached known = cached;
        long now = System.nanoTime();
        if (known != null && now - known.confirmedAtNanos() < recheckNanos) {
            return known.latest();
        }
        if (known != null && repository.latestRevision() == known.revision()) {
            return remember(known.latest(), now);
        }
        return remember(repository.latest().map(ResumeService::parse), now);
    }

    /** One stored revision, current or older. */
    public Optional<ResumeRevision> revision(int number) {
        Cached known = cached;
        if (known != null && known.latest().isPresent() && known.revision() == number) {
            return known.latest();
        }
        return repository.find(number).map(ResumeService::parse);
    }

    /**
     * Imports a JSON Resume document as the new base resume.
     *
     * @throws io.jobwright.error.InvalidRequest when the document is not valid JSON Resume (nothing is stored)
     * @throws io.jobwright.error.Unprocessable when it is a Reactive Resume export (nothing is stored)
     */
    public Resume importDocument(byte[] raw) {
        return importRevision(raw).resume();
    }

    /** As {@link #importDocument}, returning the new revision's number and time too. */
    public ResumeRevision importRevision(byte[] raw) {
        Resume resume = JsonResumeImporter.parse(raw);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        int number = repository.insertNext(JsonResumeWriter.write(resume).toString(), JsonResumeImporter.FORMAT, now);
        ResumeRevision stored = new ResumeRevision(number, now, JsonResumeImporter.FORMAT, resume);
        remember(Optional.of(stored), System.nanoTime());
        return stored;
    }

    /**
     * Caches what was found, unless a concurrent import already cached a newer revision: revisions only grow, so
     * the higher number is the truth. Returns what is cached afterwards.
     */
    private synchronized Optional<ResumeRevision> remember(Optional<ResumeRevision> found, long confirmedAtNanos) {
        Cached candidate = new Cached(found, confirmedAtNanos);
        if (cached == null || candidate.revision() >= cached.revision()) {
            cached = candidate;
        }
        return cached.latest();
    }

    private static ResumeRevision parse(ResumeRepository.Row row) {
        Resume resume = JsonResumeImporter.parse(row.document().getBytes(StandardCharsets.UTF_8));
        return new ResumeRevision(row.revision(), row.createdAt(), row.sourceFormat(), resume);
    }
}
