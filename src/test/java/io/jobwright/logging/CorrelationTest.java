package io.jobwright.logging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

class CorrelationTest {

    @BeforeEach
    @AfterEach
    void clear() {
        MDC.clear();
    }

    @Test
    void a_virtual_thread_starts_without_the_callers_mdc() throws Exception {
        MDC.put(Correlation.REQUEST_ID, "req-1");
        AtomicReference<String> seen = new AtomicReference<>("unset");

        Thread.ofVirtual().start(() -> seen.set(MDC.get(Correlation.REQUEST_ID))).join();

        assertThat(seen.get()).isNull();
    }

    @Test
    void propagate_copies_the_mdc_to_a_virtual_thread() throws Exception {
        MDC.put(Correlation.REQUEST_ID, "req-1");
        MDC.put(Correlation.JOB_ID, "job-7");
        AtomicReference<Map<String, String>> seen = new AtomicReference<>();

        Thread.ofVirtual().start(Correlation.propagate(() -> seen.set(MDC.getCopyOfContextMap()))).join();

        assertThat(seen.get()).isEqualTo(Map.of("requestId", "req-1", "jobId", "job-7"));
    }

    @Test
    void propagate_captures_the_mdc_when_wrapping_not_when_running() throws Exception {
        MDC.put(Correlation.REQUEST_ID, "req-1");
        AtomicReference<String> seen = new AtomicReference<>();
        Runnable task = Correlation.propagate(() -> {
            seen.set(MDC.get(Correlation.REQUEST_ID));
        });
        MDC.put(Correlation.REQUEST_ID, "req-2");

        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            executor.submit(task).get();
        }
        assertThat(seen.get()).isEqualTo("req-1");
    }

    @Test
    void propagated_callable_returns_its_result_with_the_callers_mdc() throws Exception {
        MDC.put(Correlation.PIPELINE_RUN_ID, "run-3");

        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<String> result = executor.submit(Correlation.propagate(() -> MDC.get(Correlation.PIPELINE_RUN_ID)));
            assertThat(result.get()).isEqualTo("run-3");
        }
    }

    @Test
    void pooled_thread_gets_its_own_mdc_back_after_a_propagated_task() throws Exception {
        try (ExecutorService pool = Executors.newSingleThreadExecutor()) {
            pool.submit(() -> MDC.put(Correlation.REQUEST_ID, "worker-own")).get();
            MDC.put(Correlation.REQUEST_ID, "req-1");

            pool.submit(Correlation.propagate(() -> {
                MDC.put(Correlation.JOB_ID, "job-7");
            })).get();

            assertThat(pool.submit(MDC::getCopyOfContextMap).get()).isEqualTo(Map.of("requestId", "worker-own"));
        }
    }

    @Test
    void with_job_sets_the_job_id_and_restores_the_previous_one() {
        MDC.put(Correlation.JOB_ID, "outer");

        String inside = Correlation.withJob("inner", () -> MDC.get(Correlation.JOB_ID));

        assertThat(inside).isEqualTo("inner");
        assertThat(MDC.get(Correlation.JOB_ID)).isEqualTo("outer");
    }

    @Test
    void with_pipeline_run_removes_the_id_afterwards_when_none_was_set() {
        String inside = Correlation.withPipelineRun("run-1", () -> MDC.get(Correlation.PIPELINE_RUN_ID));

        assertThat(inside).isEqualTo("run-1");
        assertThat(MDC.get(Correlation.PIPELINE_RUN_ID)).isNull();
    }

    @Test
    void with_job_restores_the_mdc_when_the_work_fails() {
        assertThatThrownBy(() -> Correlation.withJob("job-7", () -> {
            throw new IllegalArgumentException("bad");
        })).isInstanceOf(IllegalArgumentException.class).hasMessage("bad");

        assertThat(MDC.get(Correlation.JOB_ID)).isNull();
    }

    @Test
    void with_job_wraps_a_checked_exception() {
        assertThatThrownBy(() -> Correlation.withJob("job-7", () -> {
            throw new java.io.IOException("disk");
        })).isInstanceOf(IllegalStateException.class).hasCauseInstanceOf(java.io.IOException.class);
    }
}
