package io.jobwright.source;

import io.jobwright.error.Conflict;
import io.jobwright.job.Job;
import io.jobwright.job.JobRepository;
import io.jobwright.job.JobStatus;
import io.jobwright.job.ListingField;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /** Imports every delivery; postings the filters drop or that are duplicates are counted, not stored. */
    public DiscoveryRun importAll(List<Delivery> deliveries, Filters filters, Map<String, String> sourceTerms) {
        List<Dedupe.Known> known = new ArrayList<>();
        jobs.forEachIdentity(i -> known.add(new Dedupe.Known(i.id(), i.source(), i.sourceJobId(), i.urlKey(), i.title(),
                i.employer(), i.appliedAt())));
        Dedupe dedupe = new Dedupe(known, clock);
        Map<String, Integer> filtered = new LinkedHashMap<>();
        for (Filters.Reason reason : Filters.Reason.values()) {
            filtered.put(reason.wire(), 0);
        }
        int inRun = 0;
        int alreadyKnown = 0;
        List<DiscoveryRun.SourceResult> results = new ArrayList<>();
        for (Delivery delivery : deliveries) {
            SourceConfig source = delivery.source();
            SourceRunner.Outcome outcome = delivery.outcome();
            List<String> itemErrors = new ArrayList<>(outcome.itemErrors());
            int itemErrorCount = outcome.itemErrorCount();
            String key = source.sourceKey();
            for (RawPosting raw : outcome.postings()) {
                Posting posting;
                try {
                    posting = normaliser.normalise(source.type(), key, raw);
                } catch (RuntimeException e) {
                    itemErrorCount++;
                    if (itemErrors.size() < 50) {
                        itemErrors.add("posting " + raw.sourceJobId() + " could not be normalised: " + e.getMessage());
                    }
                    continue;
                }
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
            }
            results.add(new DiscoveryRun.SourceResult(source.id(), source.name(), source.type(),
                    outcome.postings().size(), itemErrorCount, itemErrors, outcome.error(), outcome.millis(),
                    sourceTerms.get(source.type())));
        }
        List<Dedupe.Kept> kept = dedupe.kept();
        List<String> ids = new ArrayList<>();
        int[] collisions = {0};
        for (int from = 0; from < kept.size(); from += BATCH) {
            List<Job> batch = kept.subList(from, Math.min(kept.size(), from + BATCH)).stream().map(this::toJob).toList();
            store(batch, ids, collisions);
        }
        int applied = (int) kept.stream().filter(k -> k.previouslyAppliedJobId() != null).count();
        LOG.info("Discovery imported {} new jobs ({} already known, {} duplicates in the run)", ids.size(),
                alreadyKnown + collisions[0], inRun);
        return new DiscoveryRun(results, filtered, inRun, alreadyKnown + collisions[0], ids.size(), applied, ids);
    }

    private void store(List<Job> batch, List<String> ids, int[] collisions) {
        try {
            jobs.insertAll(batch, "discovered").forEach(j -> ids.add(j.id()));
        } catch (Conflict e) {
            for (Job job : batch) {
                try {
                    ids.add(jobs.insert(job, "discovered").id());
                } catch (Conflict one) {
                    collisions[0]++;
                }
            }
        }
    }

    /** The job a kept posting becomes. */
    Job toJob(Dedupe.Kept kept) {
        Posting p = kept.posting();
        Job.Builder b = new Job.Builder().id(UUID.randomUUID().toString()).source(p.sourceKey())
                .sourceJobId(clip(p.sourceJobId(), 500)).title(p.title())
                .employer(p.company() == null ? "Unknown employer" : p.company())
                .jobUrl(p.listingUrl()).jobDescription(p.descriptionText()).status(JobStatus.DISCOVERED)
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
        return b.build();
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
