package io.jobwright.source;

import io.jobwright.error.InvalidRequest;
import io.jobwright.error.NotFound;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Configured sources: create, change and delete them (parameters checked by their type before anything is saved),
 * and probe one's health.
 */
public final class SourceService {

    /** How long a health probe may take. */
    public static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(30);
    /** How long reading one source's whole listing for the re-check may take. */
    public static final Duration LISTING_TIMEOUT = Duration.ofMinutes(5);
    /** The most postings a re-check listing reads; a listing that reaches it is not trusted to be complete. */
    public static final int LISTING_CAP = 20_000;

    private final SourceRepository repository;
    private final Sources sources;
    private final SourceRunner runner;
    private final Clock clock;

    public SourceService(SourceRepository repository, Sources sources, SourceRunner runner, Clock clock) {
        this.repository = repository;
        this.sources = sources;
        this.runner = runner;
        this.clock = clock;
    }

    /** The known source types. */
    public Sources types() {
        return sources;
    }

    /** Every configured source. */
    public List<SourceConfig> list() {
        return repository.list();
    }

    /**
     * One configured source.
     *
     * @throws NotFound when there is none
     */
    public SourceConfig get(String id) {
        return repository.get(id);
    }

    /**
     * Creates a source after its type has checked the parameters.
     *
     * @param params parameter values; those the type declares secret are stored encrypted
     * @throws InvalidRequest naming the first bad field ({@code type}, {@code name}, {@code params.board}…)
     */
    public SourceConfig create(String type, String name, Map<String, String> params, boolean enabled) {
        JobSource source = sources.get(type);
        SourceParams all = checked(source, params);
        Instant now = clock.instant();
        return repository.insert(split(new SourceConfig(UUID.randomUUID().toString(), type, name(name), Map.of(),
                Map.of(), enabled, now, now), source, all));
    }

    /**
     * Changes a source: a new name, parameters merged over the stored ones (a null value removes one), enabled.
     *
     * @throws InvalidRequest naming the bad field; nothing is saved then
     */
    public SourceConfig patch(String id, String name, Map<String, String> params, Boolean enabled) {
        SourceConfig current = repository.get(id);
        JobSource source = sources.get(current.type());
        Map<String, String> merged = new LinkedHashMap<>(current.all().values());
        if (params != null) {
            params.forEach((k, v) -> {
                if (v == null) {
                    merged.remove(k);
                } else {
                    merged.put(k, v);
                }
            });
        }
        SourceParams all = checked(source, merged);
        SourceConfig next = new SourceConfig(id, current.type(), name == null ? current.name() : name(name), Map.of(),
                Map.of(), enabled == null ? current.enabled() : enabled, current.createdAt(), clock.instant());
        return repository.update(split(next, source, all));
    }

    /**
     * Deletes a source; the jobs it found stay.
     *
     * @throws NotFound when there is none
     */
    public void delete(String id) {
        if (!repository.delete(id)) {
            throw NotFound.of("Source", id);
        }
    }

    /** What a health probe found. */
    public record Health(boolean ok, String error, int postings, List<String> sample, List<String> itemErrors,
                         long millis) {
    }

    /** Asks the source for a few postings and says whether it answered. */
    public Health health(String id) {
        SourceConfig config = repository.get(id);
        JobSource source = sources.get(config.type());
        SourceRunner.Outcome outcome = runner.run(source, config.all(), new Search(List.of(), null, 5), HEALTH_TIMEOUT,
                () -> false);
        return new Health(outcome.ok() && (outcome.postings().size() > 0 || outcome.itemErrorCount() == 0),
                outcome.error(), outcome.postings().size(),
                outcome.postings().stream().map(RawPosting::title).limit(5).toList(), outcome.itemErrors(),
                outcome.millis());
    }

    private static SourceParams checked(JobSource source, Map<String, String> values) {
        SourceType type = source.type();
        for (String key : values.keySet()) {
            if (type.param(key) == null) {
                throw InvalidRequest.field("params." + key, "is not a parameter of " + type.name() + "; expected "
                        + String.join(", ", type.params().stream().map(SourceParam::name).toList()));
            }
        }
        SourceParams params = SourceParams.of(values);
        for (SourceParam p : type.params()) {
            if (p.required()) {
                params.require(p.name());
            }
        }
        source.validate(params);
        return params;
    }

    private static SourceConfig split(SourceConfig base, JobSource source, SourceParams all) {
        Map<String, String> plain = new LinkedHashMap<>();
        Map<String, String> secret = new LinkedHashMap<>();
        all.values().forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                (source.type().param(k).secret() ? secret : plain).put(k, v.strip());
            }
        });
        return new SourceConfig(base.id(), base.type(), base.name(), plain, secret, base.enabled(), base.createdAt(),
                base.updatedAt());
    }

    private static String name(String name) {
        if (name == null || name.isBlank()) {
            throw InvalidRequest.field("name", "is required");
        }
        if (name.strip().length() > 200) {
            throw InvalidRequest.field("name", "must be at most 200 characters");
        }
        return name.strip();
    }

    /**
     * Asks a configured source whether one posting it delivered is still open. A source that fails in an unexpected
     * way answers {@code UNKNOWN}, so a broken source never expires anything.
     */
    public PostingCheck recheck(SourceConfig config, String sourceJobId, String listingUrl) {
        if (!sources.has(config.type())) {
            return PostingCheck.unknown("unknown source type " + config.type());
        }
        JobSource source = sources.get(config.type());
        try {
            return source.recheck(new Recheck(config.all(), sourceJobId, listingUrl, runner.fetcher()));
        } catch (RuntimeException e) {
            return PostingCheck.unknown("re-check failed: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"));
        }
    }

    /**
     * Reads a configured source's whole listing for the re-check, when its type lists every open posting
     * ({@link JobSource#listsEveryOpenPosting}); null when it does not (ask per posting with {@link #recheck}). The
     * listing is untrusted, so that nothing expires, when the source failed or timed out, said it read only part, had
     * postings it could not read, reached {@link #LISTING_CAP}, or listed nothing at all (an empty answer from a
     * board that had postings is more likely a fault than every posting closing at once).
     */
    public Listing listing(SourceConfig config) {
        if (!sources.has(config.type())) {
            return null;
        }
        JobSource source = sources.get(config.type());
        String where = config.sourceKey();
        try {
            if (!source.listsEveryOpenPosting(config.all())) {
                return null;
            }
            SourceRunner.Execution run = runner.listing(source, config.all(), LISTING_CAP, LISTING_TIMEOUT);
            SourceRunner.Outcome outcome = run.outcome();
            String untrusted = outcome.error() != null ? "the listing of " + where + " failed: " + outcome.error()
                    : run.incomplete() != null ? "the listing of " + where + " is incomplete: " + run.incomplete()
                    : outcome.itemErrorCount() > 0 ? "the listing of " + where + " had " + outcome.itemErrorCount()
                            + " postings that could not be read"
                    : outcome.postings().size() >= LISTING_CAP ? "the listing of " + where + " reached the cap of "
                            + LISTING_CAP + " postings"
                    : outcome.postings().isEmpty() ? "the listing of " + where + " was empty; not trusted to mean"
                            + " every posting closed"
                    : null;
            if (untrusted != null) {
                return Listing.untrusted(where, untrusted);
            }
            java.util.Set<String> ids = new java.util.HashSet<>();
            java.util.Set<String> urls = new java.util.HashSet<>();
            for (RawPosting p : outcome.postings()) {
                ids.add(p.sourceJobId());
                String canonical = Listing.canonical(p.listingUrl());
                if (canonical != null) {
                    urls.add(canonical);
                }
            }
            return new Listing(ids, urls, outcome.postings().size(), where, null);
        } catch (RuntimeException e) {
            return Listing.untrusted(where, "the listing of " + where + " failed: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"));
        }
    }
}
