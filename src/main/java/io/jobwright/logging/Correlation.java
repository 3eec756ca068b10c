package io.jobwright.logging;

import java.util.Map;
import java.util.concurrent.Callable;
import org.slf4j.MDC;

/**
 * Correlation fields carried on every log line ({@code requestId}, {@code jobId}, {@code pipelineRunId}), kept in the
 * SLF4J MDC and copied onto work handed to other threads. The MDC is thread-local and a new thread (virtual ones
 * included) starts with an empty one, so any task submitted to an executor must be wrapped with {@link #propagate}
 * or its log lines lose the ids.
 */
public final class Correlation {

    /** MDC key of the HTTP request id (set by the web layer for each request). */
    public static final String REQUEST_ID = "requestId";
    /** MDC key of the job being worked on. */
    public static final String JOB_ID = "jobId";
    /** MDC key of the pipeline run being executed. */
    public static final String PIPELINE_RUN_ID = "pipelineRunId";

    private Correlation() {
    }

    /**
     * Runs {@code work} with {@code jobId} in the MDC, restoring the previous value afterwards.
     *
     * @throws IllegalStateException wrapping a checked exception thrown by {@code work}; unchecked ones pass through
     */
    public static <T> T withJob(String jobId, Callable<T> work) {
        return with(JOB_ID, jobId, work);
    }

    /**
     * Runs {@code work} with {@code pipelineRunId} in the MDC, restoring the previous value afterwards.
     *
     * @throws IllegalStateException wrapping a checked exception thrown by {@code work}; unchecked ones pass through
     */
    public static <T> T withPipelineRun(String runId, Callable<T> work) {
        return with(PIPELINE_RUN_ID, runId, work);
    }

    /**
     * Wraps a task so it runs with the caller's MDC (captured now) on whatever thread executes it; the executing
     * thread's own MDC is restored afterwards, which matters for pooled threads.
     */
    public static Runnable propagate(Runnable task) {
        Map<String, String> captured = MDC.getCopyOfContextMap();
        return () -> {
            Map<String, String> previous = MDC.getCopyOfContextMap();
            setAll(captured);
            try {
                task.run();
            } finally {
                setAll(previous);
            }
        };
    }

    /** As {@link #propagate(Runnable)}, for a task with a result. */
    public static <T> Callable<T> propagate(Callable<T> task) {
        Map<String, String> captured = MDC.getCopyOfContextMap();
        return () -> {
            Map<String, String> previous = MDC.getCopyOfContextMap();
            setAll(captured);
            try {
                return task.call();
            } finally {
                setAll(previous);
            }
        };
    }

    private static <T> T with(String key, String value, Callable<T> work) {
        String previous = MDC.get(key);
        MDC.put(key, value);
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            if (previous == null) {
                MDC.remove(key);
            } else {
                MDC.put(key, previous);
            }
        }
    }

    private static void setAll(Map<String, String> values) {
        MDC.clear();
        if (values != null) {
            MDC.setContextMap(values);
        }
    }
}
