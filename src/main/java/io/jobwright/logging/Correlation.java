package io.jobwright.logging;

import java.util.Map;
import java.util.concurrent.Callable;
import org.slf4j.MDC;

/**
 * Correlation fields carried on every log line ({@code requestId}, {@code jobId}, {@code pipelineRunId}), kept in the
 * SLF4J MDC and copied onto work handed to other threads (including virtual threads).
 */
public final class Correlation {

    public static final String REQUEST_ID = "requestId";
    public static final String JOB_ID = "jobId";
    public static final String PIPELINE_RUN_ID = "pipelineRunId";

    private Correlation() {
    }

    /** Runs {@code work} with {@code jobId} in the MDC, restoring the previous value afterwards. */
    public static <T> T withJob(String jobId, Callable<T> work) {
        return with(JOB_ID, jobId, work);
    }

    /** Runs {@code work} with {@code pipelineRunId} in the MDC. */
    public static <T> T withPipelineRun(String runId, Callable<T> work) {
        return with(PIPELINE_RUN_ID, runId, work);
    }

    /** Wraps a task so it runs with the caller's MDC on whatever thread executes it. */
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

    /** Wraps a callable so it runs with the caller's MDC. */
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
