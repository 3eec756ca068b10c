package io.jobwright.source;

import io.jobwright.error.Conflict;
import io.jobwright.job.Job;
import io.jobwright.job.JobRepository;
import io.jobwright.job.JobStatus;
import io.jobwright.job.ListingField;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Normalises, filters, dedupes and stores what sources delivered, as {@code discovered} jobs. Stored in batches of
 * {@value #BATCH} per transaction; should a batch collide with a job added meanwhile (a manual import), its jobs are
 * stored one by one and the colliding one is counted as already known. Thread-safe.
 */
public final class PostingImporter {

    private static final Logger LOG = LoggerFactory.getLogger(PostingImporter.class);
    static final int BATCH = 500;
    static final int CHUNK = 250;
    private static final int MAX_ITEM_ERRORS = 50;

    private final JobRepository jobs;
    private final Clock clock;
    private final Normaliser normaliser;

    public PostingImporter(JobRepository jobs, Clock clock) {
        this.jobs = jobs;
        this.clock = clock;
        this.normaliser = new Normaliser(clock);
    }

    /** One source's delivery: its configuration and what it read. */
    public record Delivery(SourceConfig source, SourceRunner.Outcome outcome) {
    }

    /**
     * Part of one source's delivery, normalised and ready to filter and dedupe.
     *
     * @param result the source's result, on its last part only (null before)
     */
    public record Prepared(DiscoveryRun.SourceResult result, List<Posting> postings) {
    }

    /** Imports every delivery; postings the filters drop or that are duplicates are counted, not stored. */
    public DiscoveryRun importAll(List<Delivery> deliveries, Filters filters, Map<String, String> sourceTerms) {
        Session session = begin(filters, sourceTerms);
        deliveries.forEach(session::add);
        return session.finish(deliveries.stream().map(d -> d.source().id()).toList());
    }

    /** Starts an import that takes deliveries one by one, as their sources finish. */
    public Session begin(Filters filters, Map<String, String> sourceTerms) {
        List<Dedupe.Known> known = new ArrayList<>();
        jobs.forEachIdentity(i -> known.add(new Dedupe.Known(i.id(), i.source(), i.sourceJobId(), i.urlKey(), i.title(),
                i.employer(), i.appliedAt())));
        return new Session(new Dedupe(known, clock), filters, sourceTerms);
    }

    /**
     * One run's import in progress. Each delivery is normalised, filtered and deduplicated when it arrives, and kept
     * postings are stored every {@value #BATCH}, so memory holds a batch, not the run. Thread-safe: sources may
     * deliver from their own threads.
     */
    public final class Session {
        private final Dedupe dedupe;
        private final Filters filters;
        private final Map<String, String> sourceTerms;
        private final Map<String, Integer> filtered = new LinkedHashMap<>();
        private final Map<String, DiscoveryRun.SourceResult> results = new LinkedHashMap<>();
        private final List<String> ids = new ArrayList<>();
        private int inRun;
        private int alreadyKnown;
        private int collisions;
        private int applied;

        private Session(Dedupe dedupe, Filters filters, Map<String, String> sourceTerms) {
            this.dedupe = dedupe;
            this.filters = filters;
            this.sourceTerms = sourceTerms;
            for (Filters.Reason reason : Filters.Reason.values()) {
                filtered.put(reason.wire(), 0);
            }
        }

        /** Normalises, filters and dedupes one source's postings, storing kept ones in batches. */
        public void add(Delivery delivery) {
            prepare(delivery, this::add);
        }

        /** Normalises and hands on one source's postings after the source finished (tests and {@link #importAll}). */
        public void prepare(Delivery delivery, Consumer<Prepared> next) {
            Stream stream = stream(delivery.source(), next);
            delivery.outcome().postings().forEach(stream);
            stream.finish(delivery.outcome());
        }

        /**
         * Normalises a source's postings while the source is still reading (the costly part: HTML, places, salaries,
         * dates) and hands them on to {@code next} in chunks of {@value #CHUNK}: a large board's raw and normalised
         * postings are never all in memory at once. Touches no shared state, so sources normalise in parallel on
         * their own threads; {@code next} is where they meet.
         */
        public Stream stream(SourceConfig source, Consumer<Prepared> next) {
            return new Stream(source, next);
        }

        /** One source's postings on their way in; fed from the source's thread, finished once. */
        public final class Stream implements Consumer<RawPosting> {
            private final SourceConfig source;
            private final Consumer<Prepared> next;
            private final String key;
            private final List<String> itemErrors = new ArrayList<>();
            private int itemErrorCount;
            private int delivered;
            private List<Posting> chunk = new ArrayList<>(CHUNK);
            private boolean finished;

            private Stream(SourceConfig source, Consumer<Prepared> next) {
                this.source = source;
                this.next = next;
                this.key = source.sourceKey();
            }

            /** Normalises one posting; a posting arriving after {@link #finish} (a source ignoring its stop) is dropped. */
            @Override
            public synchronized void accept(RawPosting raw) {
                if (finished) {
                    return;
                }
                delivered++;
                try {
                    chunk.add(normaliser.normalise(source.type(), key, raw));
                } catch (RuntimeException e) {
                    itemErrorCount++;
                    if (itemErrors.size() < MAX_ITEM_ERRORS) {
                        itemErrors.add("posting " + raw.sourceJobId() + " could not be normalised: " + e.getMessage());
                    }
                }
                if (chunk.size() == CHUNK) {
                    next.accept(new Prepared(null, chunk));
                    chunk = new ArrayList<>(CHUNK);
                }
            }

            /** Hands on the last chunk with the source's result, built from how the source ended and what came. */
            public synchronized DiscoveryRun.SourceResult finish(SourceRunner.Outcome outcome) {
                finished = true;
                List<String> errors = new ArrayList<>(outcome.itemErrors());
                itemErrors.stream().limit(Math.max(0, MAX_ITEM_ERRORS - errors.size())).forEach(errors::add);
                DiscoveryRun.SourceResult result = new DiscoveryRun.SourceResult(source.id(), source.name(),
                        source.type(), delivered, outcome.itemErrorCount() + itemErrorCount, errors, outcome.error(),
                        outcome.millis(), sourceTerms.get(source.type()));
                next.accept(new Prepared(result, chunk));
                chunk = new ArrayList<>();
                return result;
            }
        }

        /** Filters and dedupes one source's normalised postings, storing kept ones in batches. */
        public synchronized void add(Prepared prepared) {
            for (Posting posting : prepared.postings()) {
                Filters.Reason reason = filters.reject(posting, clock);
                if (reason != null) {
                    filtered.merge(reason.wire(), 1, Integer::sum);
                    continue;
                }
                switch (dedupe.add(posting)) {
                    case DUPLICATE_IN_RUN -> inRun++;
                    case ALREADY_KNOWN -> alreadyKnown++;
                    case NEW -> { }
                }
                if (dedupe.pendingCount() >= BATCH) {
                    flush();
                }
            }
            if (prepared.result() != null) {
                results.put(prepared.result().id(), prepared.result());
            }
        }

        /** Stores what is left and sums up, listing the sources in {@code order} (their ids). */
        public synchronized DiscoveryRun finish(List<String> order) {
            flush();
            List<DiscoveryRun.SourceResult> ordered = new ArrayList<>();
            order.forEach(id -> {
                if (results.containsKey(id)) {
                    ordered.add(results.get(id));
                }
            });
            LOG.info("Discovery imported {} new jobs ({} already known, {} duplicates in the run)", ids.size(),
                    alreadyKnown + collisions, inRun);
            return new DiscoveryRun(ordered, filtered, inRun, alreadyKnown + collisions, ids.size(), applied,
                    List.copyOf(ids));
        }

        private void flush() {
            List<Dedupe.Kept> batch = dedupe.drain();
            List<Job> toStore = batch.stream().map(PostingImporter.this::toJob).toList();
            Set<String> stored = store(toStore);
            for (int i = 0; i < batch.size(); i++) {
                String id = toStore.get(i).id();
                if (stored.contains(id)) {
                    dedupe.stored(batch.get(i), id);
                    ids.add(id);
                    if (batch.get(i).previouslyAppliedJobId() != null) {
                        applied++;
                    }
                } else {
                    collisions++;
                }
            }
            for (Dedupe.Replacement r : dedupe.drainReplacements()) {
                replace(r);
            }
        }
    }

    /** Stores new jobs in one transaction, or one by one when the batch collides; returns the ids stored. */
    private Set<String> store(List<Job> batch) {
        Set<String> stored = new HashSet<>();
        if (batch.isEmpty()) {
            return stored;
        }
        try {
            jobs.insertAll(batch, "discovered").forEach(j -> stored.add(j.id()));
        } catch (Conflict e) {
            for (Job job : batch) {
                try {
                    stored.add(jobs.insert(job, "discovered").id());
                } catch (Conflict one) {
                    // Added meanwhile (a manual import): counted as already known.
                }
            }
        }
        return stored;
    }

    /** Gives a job stored earlier in the run the fields of a richer duplicate found later. */
    private void replace(Dedupe.Replacement r) {
        try {
            Job current = jobs.get(r.jobId());
            if (current.status() != JobStatus.DISCOVERED) {
                return;
            }
            Job richer = fill(current.toBuilder(), r.richer()).build();
            jobs.update(richer, current.updatedAt(), current.status(), "richer duplicate found");
        } catch (RuntimeException e) {
            LOG.debug("Keeping the first of two duplicates for job {}: {}", r.jobId(), e.getMessage());
        }
    }

    /** The job a kept posting becomes. */
    Job toJob(Dedupe.Kept kept) {
        return fill(new Job.Builder().id(UUID.randomUUID().toString()).status(JobStatus.DISCOVERED), kept).build();
    }

    /** Sets the posting's fields on a job. */
    private static Job.Builder fill(Job.Builder b, Dedupe.Kept kept) {
        Posting p = kept.posting();
        b.source(p.sourceKey())
                .sourceJobId(clip(p.sourceJobId(), 500)).title(p.title())
                .employer(p.company() == null ? "Unknown employer" : p.company())
                .jobUrl(p.listingUrl()).jobDescription(p.descriptionText())
                .listing(ListingField.DESCRIPTION_HTML, p.descriptionHtml())
                .listing(ListingField.APPLICATION_LINK, p.applyUrl())
                .listing(ListingField.DATE_POSTED, p.datePosted() == null ? null : p.datePosted().toString())
                .listing(ListingField.DEADLINE, p.deadline() == null ? null : p.deadline().toString())
                .listing(ListingField.JOB_TYPE, p.jobType())
                .listing(ListingField.JOB_FUNCTION, p.department())
                .listing(ListingField.COMPANY_URL_DIRECT, p.companyUrl())
                .listing(ListingField.COMPANY_LOGO, p.companyLogo())
                .listing(ListingField.PREVIOUSLY_APPLIED_JOB_ID, kept.previouslyAppliedJobId());
        Location l = p.location();
        if (l != null) {
            b.listing(ListingField.LOCATION, clip(l.text(), 200))
                    .listing(ListingField.LOCATION_EVIDENCE, locationJson(l))
                    .listing(ListingField.WORK_FROM_HOME_TYPE, l.workplace() == Location.Workplace.UNKNOWN ? null
                            : l.workplace().wire())
                    .listing(ListingField.IS_REMOTE, l.workplace() == Location.Workplace.UNKNOWN ? null
                            : l.workplace() == Location.Workplace.REMOTE);
        }
        Salary s = p.salary();
        if (s != null) {
            b.listing(ListingField.SALARY, clip(s.text(), 200))
                    .listing(ListingField.SALARY_MIN_AMOUNT, s.min())
                    .listing(ListingField.SALARY_MAX_AMOUNT, s.max())
                    .listing(ListingField.SALARY_CURRENCY, s.currency())
                    .listing(ListingField.SALARY_INTERVAL, s.interval())
                    .listing(ListingField.SALARY_SOURCE, "posting");
        }
        return b;
    }

    private static String locationJson(Location l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("city", l.city());
        m.put("region", l.region());
        m.put("country", l.country());
        m.put("workplace", l.workplace().wire());
        try {
            return Payloads.MAPPER.writeValueAsString(m);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
