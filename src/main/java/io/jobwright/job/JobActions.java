package io.jobwright.job;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jobwright.error.InvalidRequest;
import io.jobwright.error.JobwrightException;
import io.jobwright.logging.Correlation;
import io.jobwright.web.Requests;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One action applied to many jobs (skip, move to ready, rescore), four at a time; rescoring runs up to
 * {@code llmMaxConcurrency} at a time, since with an LLM each job mostly waits for the provider. A job that fails
 * does not stop the others; each gets its own result.
 */
public final class JobActions {

    /** The most jobs one bulk action takes. */
    public static final int MAX_JOBS = 500;
    private static final int CONCURRENCY = 4;
    private static final Logger LOG = LoggerFactory.getLogger(JobActions.class);

    /** The actions the bulk endpoint knows. */
    public enum Action {
        SKIP, MOVE_TO_READY, RESCORE;

        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A parsed bulk request. */
    public record Request(Action action, List<String> jobIds) {

        /**
         * Parses {@code {action, jobIds[1..500]}}.
         *
         * @throws InvalidRequest naming the bad field
         */
        public static Request parse(ObjectNode body) {
            Requests.rejectUnknown(body, Set.of("action", "jobIds", "options"), "");
            JsonNode action = body.get("action");
            if (action == null || !action.isTextual()) {
                throw InvalidRequest.field("action", "is required: skip, move_to_ready or rescore");
            }
            Action parsed = switch (action.textValue()) {
                case "skip" -> Action.SKIP;
                case "move_to_ready" -> Action.MOVE_TO_READY;
                case "rescore" -> Action.RESCORE;
                default -> throw InvalidRequest.field("action", "must be skip, move_to_ready or rescore, got '"
                        + action.textValue() + "'");
            };
            JsonNode ids = body.get("jobIds");
            if (ids == null || !ids.isArray() || ids.isEmpty()) {
                throw InvalidRequest.field("jobIds", "must be a non-empty array of job ids");
            }
            if (ids.size() > MAX_JOBS) {
                throw InvalidRequest.field("jobIds", "must hold at most " + MAX_JOBS + " ids, got " + ids.size());
            }
            Set<String> unique = new LinkedHashSet<>();
            for (JsonNode id : ids) {
                if (!id.isTextual() || id.textValue().isBlank() || id.textValue().length() > 64) {
                    throw InvalidRequest.field("jobIds", "must hold job id strings");
                }
                unique.add(id.textValue());
            }
            return new Request(parsed, List.copyOf(unique));
        }
    }

    /** One job's result: the job after the action, or the error. */
    public record Result(String jobId, Job job, JobwrightException error) {
        public boolean ok() {
            return error == null;
        }
    }

    private final JobService jobs;

    public JobActions(JobService jobs) {
        this.jobs = jobs;
    }

    /** Runs the action on every job, reporting each result as it completes; returns all results in request order. */
    public List<Result> run(Request request, Consumer<Result> onEach) {
        Function<String, Job> step = switch (request.action()) {
            case SKIP -> jobs::skip;
            case MOVE_TO_READY -> jobs::process;
            case RESCORE -> jobs::rescore;
        };
        List<Future<Result>> futures = new ArrayList<>();
        // Platform threads, like the web server's: SQLite's native lock wait must not pin virtual-thread carriers.
        int workers = request.action() == Action.RESCORE ? jobs.rescoreConcurrency() : CONCURRENCY;
        try (ExecutorService pool = Executors.newFixedThreadPool(Math.min(workers, request.jobIds().size()))) {
            for (String id : request.jobIds()) {
                futures.add(pool.submit(Correlation.propagate(() -> {
                    Result result = runOne(id, step);
                    synchronized (onEach) {
                        onEach.accept(result);
                    }
                    return result;
                })));
            }
            List<Result> results = new ArrayList<>();
            for (Future<Result> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Bulk action interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("Bulk action failed", e.getCause());
        }
    }

    private static Result runOne(String id, Function<String, Job> step) {
        try {
            return new Result(id, step.apply(id), null);
        } catch (JobwrightException e) {
            return new Result(id, null, e);
        } catch (RuntimeException e) {
            LOG.error("Bulk action failed on job {}", id, e);
            return new Result(id, null, new io.jobwright.error.Upstream("Jobwright", "unexpected failure", e));
        }
    }
}
