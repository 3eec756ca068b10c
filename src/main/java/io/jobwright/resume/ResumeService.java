package io.jobwright.resume;

import io.jobwright.error.Conflict;
import io.jobwright.error.NotFound;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
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

    /** The source format of a revision stored by {@code PUT /api/resume}. */
    public static final String PUT_SOURCE = "edit";
    /** The source format of a revision that restores an older one. */
    public static final String RESTORE_SOURCE = "restore";

    /**
     * Imports a resume (JSON Resume or a Reactive Resume export, recognised by shape) as the new base resume.
     *
     * @throws io.jobwright.error.InvalidRequest when the document cannot be read (nothing is stored)
     */
    public Resume importDocument(byte[] raw) {
        return importRevision(raw).resume();
    }

    /** As {@link #importDocument}, returning the new revision's number and time too. */
    public ResumeRevision importRevision(byte[] raw) {
        return importRevision(raw, null);
    }

    /**
     * Imports a resume read as {@code format} ({@code null}: recognised by shape) as the new base resume.
     *
     * @throws io.jobwright.error.InvalidRequest when the document cannot be read (nothing is stored)
     */
    public ResumeRevision importRevision(byte[] raw, ResumeFormat format) {
        ResumeImporter.Imported imported = ResumeImporter.parse(raw, format);
        return store(imported.resume(), imported.format().recorded());
    }

    /** The source format of a revision fetched from a Reactive Resume server. */
    public static final String SERVER_SOURCE = "rxresume-api";

    /**
     * Imports a Reactive Resume v5 document fetched from its server as the new base resume.
     *
     * @throws io.jobwright.error.InvalidRequest when the document cannot be read (nothing is stored)
     */
    public ResumeRevision importFromServer(byte[] document) {
        return store(ResumeImporter.parse(document, ResumeFormat.RXRESUME_V5).resume(), SERVER_SOURCE);
    }

    /**
     * Replaces the base resume with an edited one (the shape {@code GET /api/resume} shows); items and bullets that
     * keep their {@code id} keep it, those without get one.
     *
     * @param expectedRevision the revision the edit was based on, or {@code null} to skip the check
     * @throws io.jobwright.error.InvalidRequest naming the JSON path of the first bad field (nothing is stored)
     * @throws Conflict when the current revision is no longer {@code expectedRevision}
     */
    public ResumeRevision replace(byte[] raw, Integer expectedRevision) {
        Resume resume = ResumeImporter.parse(raw, ResumeFormat.JSON_RESUME).resume();
        if (expectedRevision != null && expectedRevision != currentRevision()) {
            throw new Conflict("The base resume changed since revision " + expectedRevision + " (now "
                    + currentRevision() + "); reload it and edit again", Map.of("currentRevision", currentRevision()));
        }
        return store(resume, PUT_SOURCE);
    }

    /** Every revision, newest first, without its document. */
    public List<ResumeRevision> revisions() {
        return repository.listWithoutDocuments().stream()
                .map(row -> new ResumeRevision(row.revision(), row.createdAt(), row.sourceFormat(), null)).toList();
    }

    /**
     * Makes an older revision current again by storing a copy of it as a new revision; the history is kept.
     *
     * @throws NotFound when there is no such revision
     */
    public ResumeRevision restore(int number) {
        Resume old = revision(number).orElseThrow(() -> NotFound.of("Resume revision", String.valueOf(number)))
                .resume();
        return store(old, RESTORE_SOURCE);
    }

    private ResumeRevision store(Resume resume, String sourceFormat) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        int number = repository.insertNext(JsonResumeWriter.write(resume).toString(), sourceFormat, now);
        ResumeRevision stored = new ResumeRevision(number, now, sourceFormat, resume);
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
        Resume resume = ResumeImporter.parseStored(row.document());
        return new ResumeRevision(row.revision(), row.createdAt(), row.sourceFormat(), resume);
    }
}
