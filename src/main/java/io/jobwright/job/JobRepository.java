package io.jobwright.job;

import io.jobwright.error.Conflict;
import io.jobwright.error.NotFound;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Jobs in the database: one method per question, SQL you can read, one row mapper. Every update is a
 * compare-and-set on {@code updated_at}, which strictly increases, so a zero-row update means someone else changed
 * the job first and is reported as a {@link Conflict}. Decides no business rule. Thread-safe.
 */
public final class JobRepository {

    /** The columns of {@code jobs} that {@link Job} carries, besides the listing fields. */
    private static final List<String> CORE_COLUMNS = List.of(
            "id", "source", "source_job_id", "title", "employer", "job_url", "job_url_key", "job_description",
            "status", "status_before", "outcome", "closed_at", "suitability_score", "suitability_reason", "job_brief",
            "tailored_summary", "tailored_headline", "tailored_skills", "selected_project_ids", "pdf_path",
            "pdf_source", "pdf_regenerating", "pdf_fingerprint", "inputs_fingerprint", "pdf_generated_at",
            "work_owner", "work_heartbeat_at", "tracer_links_enabled", "discovered_at", "processed_at", "ready_at",
            "applied_at", "created_at", "updated_at",
            "score_engine", "tailoring_engine", "tailored_bullets", "tailoring_findings");
    private static final List<String> ALL_COLUMNS = Stream.concat(CORE_COLUMNS.stream(),
            Stream.of(ListingField.values()).map(ListingField::column)).toList();
    /** What the list view needs: no descriptions, briefs or tailored text. */
    private static final String LIST_COLUMNS = String.join(", ", List.of(
            "id", "source", "source_job_id", "title", "employer", "job_url", "status", "outcome", "closed_at",
            "suitability_score", "pdf_path", "pdf_source", "pdf_regenerating", "pdf_fingerprint", "inputs_fingerprint",
            "discovered_at", "ready_at", "applied_at", "updated_at", "application_link", "date_posted", "deadline",
            "salary", "location", "sponsor_match_score", "job_type", "job_function", "salary_min_amount",
            "salary_max_amount", "salary_currency"));
    private static final String SELECT_ALL = "SELECT " + String.join(", ", ALL_COLUMNS) + " FROM jobs";
    private static final String INSERT = "INSERT INTO jobs (" + String.join(", ", ALL_COLUMNS) + ") VALUES ("
            + ALL_COLUMNS.stream().map(c -> ":" + c).collect(Collectors.joining(", ")) + ")";
    private static final String UPDATE = "UPDATE jobs SET " + ALL_COLUMNS.stream().filter(c -> !c.equals("id"))
            .map(c -> c + " = :" + c).collect(Collectors.joining(", ")) + " WHERE id = :id AND updated_at = :expected";

    private final Jdbi jdbi;
    private final Clock clock;
    private final RowMapper<Job> mapper = new JobMapper();

    public JobRepository(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** Every ready job with a generated PDF, with only the columns that decide its PDF's freshness. */
    public List<Job> readyWithGeneratedPdf() {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT id, status, pdf_path, pdf_source, pdf_regenerating, pdf_fingerprint, inputs_fingerprint
                        FROM jobs WHERE status = 'ready' AND pdf_source = 'generated'""")
                .map(mapper).list());
    }

    /** The job with this id, if any. */
    public Optional<Job> find(String id) {
        return jdbi.withHandle(h -> h.createQuery(SELECT_ALL + " WHERE id = :id").bind("id", id).map(mapper).findOne());
    }

    /**
     * The job with this id.
     *
     * @throws NotFound when there is none
     */
    public Job get(String id) {
        return find(id).orElseThrow(() -> NotFound.of("Job", id));
    }

    /** The job whose canonical URL is this one, if any. */
    public Optional<Job> findByUrlKey(String urlKey) {
        return jdbi.withHandle(h -> h.createQuery(SELECT_ALL + " WHERE job_url_key = :k").bind("k", urlKey)
                .map(mapper).findOne());
    }

    /** The job a source knows by this id, if any. */
    public Optional<Job> findBySourceId(String source, String sourceJobId) {
        return jdbi.withHandle(h -> h.createQuery(SELECT_ALL + " WHERE source = :s AND source_job_id = :sid")
                .bind("s", source).bind("sid", sourceJobId).map(mapper).findOne());
    }

    /**
     * Inserts a new job and its first history row; returns it as stored.
     *
     * @throws Conflict when its URL or (source, sourceJobId) is already taken
     */
    public Job insert(Job job, String reason) {
        Instant now = clock.instant();
        Job stored = job.toBuilder().createdAt(now).updatedAt(now)
                .discoveredAt(job.discoveredAt() == null ? now : job.discoveredAt())
                .inputsFingerprint(PdfInputs.ofJob(job)).build();
        try {
            jdbi.useTransaction(h -> {
                h.createUpdate(INSERT).bindMap(row(stored)).execute();
                history(h, stored.id(), null, stored.status(), reason, now);
            });
        } catch (UnableToExecuteStatementException e) {
            throw duplicate(e);
        }
        return stored;
    }

    /**
     * Inserts many new jobs and their first history rows in one transaction (a discovery run's import). Returns them
     * as stored.
     *
     * @throws Conflict when any URL or (source, sourceJobId) is already taken; then none is inserted
     */
    public List<Job> insertAll(List<Job> jobs, String reason) {
        if (jobs.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        List<Job> stored = jobs.stream().map(job -> job.toBuilder().createdAt(now).updatedAt(now)
                .discoveredAt(job.discoveredAt() == null ? now : job.discoveredAt())
                .inputsFingerprint(PdfInputs.ofJob(job)).build()).toList();
        try {
            jdbi.useTransaction(h -> {
                var insert = h.prepareBatch(INSERT);
                var history = h.prepareBatch("INSERT INTO job_status_history (id, job_id, from_status, to_status, reason, at) "
                        + "VALUES (:id, :job, NULL, :to, :reason, :at)");
                for (Job job : stored) {
                    insert.bindMap(row(job)).add();
                    history.bind("id", UUID.randomUUID().toString()).bind("job", job.id())
                            .bind("to", job.status().wire()).bind("reason", reason).bind("at", now).add();
                }
                insert.execute();
                history.execute();
            });
        } catch (UnableToExecuteStatementException e) {
            throw duplicate(e);
        }
        return stored;
    }

    /** What duplicate detection needs to know of a stored job. */
    public record Identity(String id, String source, String sourceJobId, String urlKey, String title, String employer,
                           Instant appliedAt) {
    }

    private static final String IDENTITY_COLUMNS =
            "id, source, source_job_id, job_url, job_url_key, title, employer, applied_at";
    private static final RowMapper<Identity> IDENTITY = (rs, ctx) -> {
        long applied = rs.getLong(8);
        return new Identity(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getString(4) == null ? null : rs.getString(5), rs.getString(6), rs.getString(7),
                rs.wasNull() ? null : Instant.ofEpochMilli(applied));
    };

    /** Streams every stored job's identity, without descriptions: a cheap scan for duplicate detection. */
    public void forEachIdentity(Consumer<Identity> each) {
        jdbi.useHandle(h -> h.createQuery("SELECT " + IDENTITY_COLUMNS + " FROM jobs").map(IDENTITY).forEach(each));
    }

    /**
     * As {@link #forEach}, but only the identities of the matching jobs (their {@code full} flag is ignored): for
     * checks that need a title and an employer, not a thousand whole rows.
     */
    public void forEachIdentity(JobQuery query, Consumer<Identity> each) {
        Filter filter = filter(query);
        jdbi.useHandle(h -> h.createQuery(page(query, IDENTITY_COLUMNS, filter)).bindMap(filter.binds())
                .bind("limit", query.limit()).bind("offset", query.offset()).map(IDENTITY).forEach(each));
    }

    /**
     * Saves {@code next} if the stored job still has {@code expectedUpdatedAt}; writes a history row when the status
     * changed. Returns the job as stored, with its new {@code updatedAt}.
     *
     * @throws Conflict when the job changed since {@code expectedUpdatedAt}, or its URL is taken
     */
    public Job update(Job next, Instant expectedUpdatedAt, JobStatus previousStatus, String reason) {
        Instant now = clock.instant();
        Instant bumped = now.isAfter(expectedUpdatedAt) ? now : expectedUpdatedAt.plusMillis(1);
        Job stored = next.toBuilder().updatedAt(bumped).inputsFingerprint(PdfInputs.ofJob(next)).build();
        try {
            int rows = jdbi.inTransaction(h -> {
                Map<String, Object> values = row(stored);
                values.put("expected", expectedUpdatedAt);
                int changed = h.createUpdate(UPDATE).bindMap(values).execute();
                if (changed == 1 && previousStatus != stored.status()) {
                    history(h, stored.id(), previousStatus, stored.status(), reason, bumped);
                }
                return changed;
            });
            if (rows == 0) {
                throw find(next.id()).isPresent()
                        ? new Conflict("The job was changed by someone else since " + expectedUpdatedAt
                                + "; reload it and try again", Map.of("jobId", next.id()))
                        : NotFound.of("Job", next.id());
            }
        } catch (UnableToExecuteStatementException e) {
            throw duplicate(e);
        }
        return stored;
    }

    /**
     * Streams the jobs matching the query to {@code each}, in order, without holding them all in memory;
     * {@code full} selects every column, else the list view's. Returns how many were streamed.
     */
    public int forEach(JobQuery query, Consumer<Job> each) {
        Filter filter = filter(query);
        String select = page(query, query.full() ? String.join(", ", ALL_COLUMNS) : LIST_COLUMNS, filter);
        int[] count = {0};
        jdbi.useHandle(h -> h.createQuery(select).bindMap(filter.binds())
                .bind("limit", query.limit()).bind("offset", query.offset()).map(mapper)
                .forEach(job -> {
                    each.accept(job);
                    count[0]++;
                }));
        return count[0];
    }

    /** One page of the query's jobs, in its order, with these columns. */
    private static String page(JobQuery query, String columns, Filter filter) {
        // The id breaks ties in the same direction, so an index on (column, id) can serve the order without a sort.
        String direction = query.sort().ascending() ? " ASC" : " DESC";
        return "SELECT " + columns + " FROM jobs" + filter.where() + " ORDER BY " + query.sort().column() + direction
                + ", id" + direction + " LIMIT :limit OFFSET :offset";
    }

    /** How many jobs match the query's filters (ignoring its page). */
    public int count(JobQuery query) {
        Filter filter = filter(query);
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM jobs" + filter.where())
                .bindMap(filter.binds()).mapTo(Integer.class).one());
    }

    /** A WHERE clause and its bound values. */
    private record Filter(String where, Map<String, Object> binds) {
    }

    private static Filter filter(JobQuery query) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> binds = new LinkedHashMap<>();
        if (!query.statuses().isEmpty()) {
            List<String> names = new ArrayList<>();
            int i = 0;
            for (JobStatus status : query.statuses()) {
                names.add(":st" + i);
                binds.put("st" + i++, status.wire());
            }
            where.append(" AND status IN (").append(String.join(", ", names)).append(")");
        }
        if (query.text() != null) {
            where.append(" AND (LOWER(title) LIKE :q ESCAPE '!' OR LOWER(employer) LIKE :q ESCAPE '!'"
                    + " OR LOWER(COALESCE(location, '')) LIKE :q ESCAPE '!')");
            // '!' escapes LIKE wildcards; a backslash would clash with jdbi's own escape in SQL text.
            binds.put("q", "%" + query.text().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%")
                    .replace("_", "!_") + "%");
        }
        narrow(query.filters(), where, binds);
        return new Filter(where.toString(), binds);
    }

    private static void narrow(JobQuery.Filters f, StringBuilder where, Map<String, Object> binds) {
        if (f.source() != null) {
            where.append(" AND source = :fSource");
            binds.put("fSource", f.source());
        }
        if (f.minScore() != null) {
            where.append(" AND suitability_score >= :fMinScore");
            binds.put("fMinScore", f.minScore().doubleValue());
        }
        if (f.maxScore() != null) {
            where.append(" AND suitability_score <= :fMaxScore");
            binds.put("fMaxScore", f.maxScore().doubleValue());
        }
        if (f.minSalary() != null) {
            where.append(" AND COALESCE(salary_max_amount, salary_min_amount) >= :fMinSalary");
            binds.put("fMinSalary", f.minSalary().doubleValue());
        }
        if (f.workplace() != null) {
            String hybrid = "LOWER(COALESCE(work_from_home_type, '')) LIKE '%hybrid%'";
            where.append(switch (f.workplace()) {
                case REMOTE -> " AND (is_remote = 1 OR LOWER(COALESCE(work_from_home_type, '')) LIKE '%remote%')";
                case HYBRID -> " AND " + hybrid;
                case ONSITE -> " AND COALESCE(is_remote, 0) = 0 AND NOT " + hybrid
                        + " AND LOWER(COALESCE(work_from_home_type, '')) NOT LIKE '%remote%'";
            });
        }
        if (f.since() != null) {
            where.append(" AND ").append(f.dateField().column).append(" >= :fSince");
            binds.put("fSince", f.since().toEpochMilli());
        }
        if (f.until() != null) {
            where.append(" AND ").append(f.dateField().column).append(" < :fUntil");
            binds.put("fUntil", f.until().toEpochMilli());
        }
    }

    /** How many jobs are in each status (every status present, zero when none). */
    public Map<JobStatus, Integer> countByStatus() {
        Map<JobStatus, Integer> counts = new EnumMap<>(JobStatus.class);
        for (JobStatus status : JobStatus.values()) {
            counts.put(status, 0);
        }
        jdbi.useHandle(h -> h.createQuery("SELECT status, COUNT(*) AS n FROM jobs GROUP BY status")
                .map((rs, ctx) -> Map.entry(rs.getString("status"), rs.getInt("n")))
                .forEach(e -> JobStatus.parse(e.getKey()).ifPresent(s -> counts.put(s, e.getValue()))));
        return counts;
    }

    /** The latest change time and count of the jobs in these statuses (all when empty). */
    public record Revision(Instant latestUpdatedAt, int count) {
    }

    /** A cheap fingerprint of the job list, for clients deciding whether to refetch. */
    public Revision revision(Set<JobStatus> statuses) {
        String sql = "SELECT MAX(updated_at) AS latest, COUNT(*) AS n FROM jobs"
                + (statuses.isEmpty() ? "" : " WHERE status IN (<statuses>)");
        return jdbi.withHandle(h -> {
            var query = h.createQuery(sql);
            if (!statuses.isEmpty()) {
                query.bindList("statuses", statuses.stream().map(JobStatus::wire).toList());
            }
            return query.map((rs, ctx) -> {
                long latest = rs.getLong("latest");
                return new Revision(rs.wasNull() ? null : Instant.ofEpochMilli(latest), rs.getInt("n"));
            }).one();
        });
    }

    /** How many jobs a delete removed, and the PDFs they had (to remove from disk). */
    public record Deleted(int count, List<String> pdfPaths) {
    }

    /** Deletes every job in a status. */
    public Deleted deleteByStatus(JobStatus status) {
        return jdbi.inTransaction(h -> {
            List<String> pdfs = h.createQuery("SELECT pdf_path FROM jobs WHERE status = :s AND pdf_path IS NOT NULL")
                    .bind("s", status.wire()).mapTo(String.class).list();
            int count = h.createUpdate("DELETE FROM jobs WHERE status = :s").bind("s", status.wire()).execute();
            return new Deleted(count, pdfs);
        });
    }

    /** Ids of discovered jobs that have no score yet, oldest first. */
    public List<String> unscoredDiscoveredIds() {
        return jdbi.withHandle(h -> h.createQuery("SELECT id FROM jobs WHERE status = 'discovered' "
                + "AND suitability_score IS NULL ORDER BY discovered_at, id").mapTo(String.class).list());
    }

    /** Ids of the best-scored discovered jobs at or above {@code minScore}, best first (ties: newest first). */
    public List<String> bestDiscoveredIds(double minScore, int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id FROM jobs WHERE status = 'discovered' "
                + "AND suitability_score IS NOT NULL AND suitability_score >= :min "
                + "ORDER BY suitability_score DESC, discovered_at DESC, id LIMIT :limit")
                .bind("min", minScore).bind("limit", limit).mapTo(String.class).list());
    }

    /** Jobs with PDF work in flight: {@code processing}, or flagged as regenerating. */
    public List<Job> findWithWorkInFlight() {
        return jdbi.withHandle(h -> h.createQuery(SELECT_ALL + " WHERE status = 'processing' OR pdf_regenerating = 1")
                .map(mapper).list());
    }

    /** Refreshes the heartbeat of this instance's in-flight work, without touching {@code updated_at}. */
    public int heartbeat(String owner, Instant at) {
        return jdbi.withHandle(h -> h.createUpdate(
                        "UPDATE jobs SET work_heartbeat_at = :at WHERE work_owner = :owner AND pdf_regenerating = 1")
                .bind("at", at).bind("owner", owner).execute());
    }

    /** A job's status history, oldest first. */
    public List<Map<String, Object>> history(String jobId) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT from_status, to_status, reason, at FROM job_status_history WHERE job_id = :id ORDER BY at, id")
                .bind("id", jobId)
                .map((rs, ctx) -> {
                    Map<String, Object> entry = new LinkedHashMap<>();
                    entry.put("fromStatus", rs.getString("from_status"));
                    entry.put("toStatus", rs.getString("to_status"));
                    entry.put("reason", rs.getString("reason"));
                    entry.put("at", Instant.ofEpochMilli(rs.getLong("at")).toString());
                    return entry;
                }).list());
    }

    private static void history(Handle h, String jobId, JobStatus from, JobStatus to, String reason, Instant at) {
        h.createUpdate("INSERT INTO job_status_history (id, job_id, from_status, to_status, reason, at) "
                        + "VALUES (:id, :job, :from, :to, :reason, :at)")
                .bind("id", UUID.randomUUID().toString()).bind("job", jobId)
                .bind("from", from == null ? null : from.wire()).bind("to", to.wire())
                .bind("reason", reason).bind("at", at).execute();
    }

    private static Map<String, Object> row(Job job) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", job.id());
        v.put("source", job.source());
        v.put("source_job_id", job.sourceJobId());
        v.put("title", job.title());
        v.put("employer", job.employer());
        v.put("job_url", job.jobUrl());
        v.put("job_url_key", job.jobUrl() == null ? "id:" + job.id() : JobUrls.canonical(job.jobUrl()));
        v.put("job_description", job.jobDescription());
        v.put("status", job.status().wire());
        v.put("status_before", job.statusBefore() == null ? null : job.statusBefore().wire());
        v.put("outcome", job.outcome());
        v.put("closed_at", job.closedAt());
        v.put("suitability_score", job.suitabilityScore());
        v.put("suitability_reason", job.suitabilityReason());
        v.put("job_brief", job.jobBrief());
        v.put("tailored_summary", job.tailoredSummary());
        v.put("tailored_headline", job.tailoredHeadline());
        v.put("tailored_skills", job.tailoredSkills());
        v.put("selected_project_ids", job.selectedProjectIds());
        v.put("pdf_path", job.pdfPath());
        v.put("pdf_source", job.pdfSource());
        v.put("pdf_regenerating", job.pdfRegenerating());
        v.put("pdf_fingerprint", job.pdfFingerprint());
        v.put("inputs_fingerprint", job.inputsFingerprint());
        v.put("pdf_generated_at", job.pdfGeneratedAt());
        v.put("work_owner", job.workOwner());
        v.put("work_heartbeat_at", job.workHeartbeatAt());
        v.put("tracer_links_enabled", job.tracerLinksEnabled());
        v.put("discovered_at", job.discoveredAt());
        v.put("processed_at", job.processedAt());
        v.put("ready_at", job.readyAt());
        v.put("applied_at", job.appliedAt());
        v.put("created_at", job.createdAt());
        v.put("updated_at", job.updatedAt());
        v.put("score_engine", job.scoreEngine());
        v.put("tailoring_engine", job.tailoringEngine());
        v.put("tailored_bullets", job.tailoredBullets());
        v.put("tailoring_findings", job.tailoringFindings());
        for (ListingField field : ListingField.ALL) {
            v.put(field.column(), job.listing(field));
        }
        return v;
    }

    private Conflict duplicate(UnableToExecuteStatementException e) {
        String message = String.valueOf(e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
        if (message.contains("job_url_key") || message.contains("jobs_url_key_uq")) {
            return new Conflict("Another job already uses that job URL");
        }
        if (message.contains("source_job_id") || message.contains("jobs_source_job_uq")) {
            return new Conflict("This job is already in your workspace (same source and source job id)");
        }
        throw e;
    }

    /**
     * Maps whichever job columns a query selected; absent columns read as null. Columns are read by position,
     * looked up once per statement: looking them up by name costs a native call per column per row.
     */
    private static final class JobMapper implements RowMapper<Job> {

        private final Map<String, Integer> positions;

        JobMapper() {
            this(null);
        }

        private JobMapper(Map<String, Integer> positions) {
            this.positions = positions;
        }

        @Override
        public RowMapper<Job> specialize(ResultSet rs, StatementContext ctx) throws SQLException {
            return new JobMapper(positions(rs));
        }

        @Override
        public Job map(ResultSet rs, StatementContext ctx) throws SQLException {
            Map<String, Integer> at = positions != null ? positions : positions(rs);
            Job.Builder b = new Job.Builder()
                    .id(str(rs, at, "id"))
                    .source(str(rs, at, "source"))
                    .sourceJobId(str(rs, at, "source_job_id"))
                    .title(str(rs, at, "title"))
                    .employer(str(rs, at, "employer"))
                    .jobUrl(str(rs, at, "job_url"))
                    .jobDescription(str(rs, at, "job_description"))
                    .status(JobStatus.parse(str(rs, at, "status")).orElseThrow())
                    .statusBefore(JobStatus.parse(str(rs, at, "status_before")).orElse(null))
                    .outcome(str(rs, at, "outcome"))
                    .closedAt(instant(rs, at, "closed_at"))
                    .suitabilityScore(dbl(rs, at, "suitability_score"))
                    .suitabilityReason(str(rs, at, "suitability_reason"))
                    .jobBrief(str(rs, at, "job_brief"))
                    .tailoredSummary(str(rs, at, "tailored_summary"))
                    .tailoredHeadline(str(rs, at, "tailored_headline"))
                    .tailoredSkills(str(rs, at, "tailored_skills"))
                    .selectedProjectIds(str(rs, at, "selected_project_ids"))
                    .pdfPath(str(rs, at, "pdf_path"))
                    .pdfSource(str(rs, at, "pdf_source"))
                    .pdfRegenerating(bool(rs, at, "pdf_regenerating"))
                    .pdfFingerprint(str(rs, at, "pdf_fingerprint"))
                    .inputsFingerprint(str(rs, at, "inputs_fingerprint"))
                    .pdfGeneratedAt(instant(rs, at, "pdf_generated_at"))
                    .workOwner(str(rs, at, "work_owner"))
                    .workHeartbeatAt(instant(rs, at, "work_heartbeat_at"))
                    .tracerLinksEnabled(bool(rs, at, "tracer_links_enabled"))
                    .discoveredAt(instant(rs, at, "discovered_at"))
                    .processedAt(instant(rs, at, "processed_at"))
                    .readyAt(instant(rs, at, "ready_at"))
                    .appliedAt(instant(rs, at, "applied_at"))
                    .createdAt(instant(rs, at, "created_at"))
                    .updatedAt(instant(rs, at, "updated_at"))
                    .scoreEngine(str(rs, at, "score_engine"))
                    .tailoringEngine(str(rs, at, "tailoring_engine"))
                    .tailoredBullets(str(rs, at, "tailored_bullets"))
                    .tailoringFindings(str(rs, at, "tailoring_findings"));
            for (ListingField field : ListingField.ALL) {
                Integer position = at.get(field.column());
                if (position == null) {
                    continue;
                }
                Object value = switch (field.kind()) {
                    case TEXT, URL, JSON -> rs.getString(position);
                    case NUMBER -> {
                        double n = rs.getDouble(position);
                        yield rs.wasNull() ? null : n;
                    }
                    case INTEGER -> {
                        long n = rs.getLong(position);
                        yield rs.wasNull() ? null : n;
                    }
                    case BOOLEAN -> {
                        int n = rs.getInt(position);
                        yield rs.wasNull() ? null : n != 0;
                    }
                };
                b.listing(field, value);
            }
            return b.build();
        }

        private static Map<String, Integer> positions(ResultSet rs) throws SQLException {
            ResultSetMetaData meta = rs.getMetaData();
            Map<String, Integer> positions = new java.util.HashMap<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                positions.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), i);
            }
            return positions;
        }

        private static String str(ResultSet rs, Map<String, Integer> at, String column) throws SQLException {
            Integer position = at.get(column);
            return position == null ? null : rs.getString(position);
        }

        private static Instant instant(ResultSet rs, Map<String, Integer> at, String column) throws SQLException {
            Integer position = at.get(column);
            if (position == null) {
                return null;
            }
            long millis = rs.getLong(position);
            return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
        }

        private static Double dbl(ResultSet rs, Map<String, Integer> at, String column) throws SQLException {
            Integer position = at.get(column);
            if (position == null) {
                return null;
            }
            double value = rs.getDouble(position);
            return rs.wasNull() ? null : value;
        }

        private static boolean bool(ResultSet rs, Map<String, Integer> at, String column) throws SQLException {
            Integer position = at.get(column);
            return position != null && rs.getInt(position) != 0;
        }
    }
}
