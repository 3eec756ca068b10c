package io.jobwright.pipeline;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A pipeline run as stored: its request, status, the step it is in and the last one it finished, what it did, its
 * live progress, and which instance owns it (with that owner's last heartbeat).
 */
public record RunView(String id, RunStatus status, String trigger, Step step, Step finishedStep, RunRequest request,
                      RunSummary summary, Progress progress, List<String> selectedJobIds, String errorMessage,
                      Instant cancelRequestedAt, String owner, Instant heartbeatAt, int attempts, Instant startedAt,
                      Instant updatedAt, Instant completedAt) {

    public RunView {
        selectedJobIds = selectedJobIds == null ? null : List.copyOf(selectedJobIds);
    }

    /** Whether the run has ended. */
    public boolean finished() {
        return status != RunStatus.RUNNING;
    }

    RunView with(Step nextStep, Step finished, RunSummary nextSummary, Progress nextProgress, List<String> selected) {
        return new RunView(id, status, trigger, nextStep, finished, request, nextSummary, nextProgress, selected,
                errorMessage, cancelRequestedAt, owner, heartbeatAt, attempts, startedAt, updatedAt, completedAt);
    }

    RunView ended(RunStatus end, String error, Progress last, Instant at) {
        return new RunView(id, end, trigger, step, finishedStep, request, summary, last, selectedJobIds, error,
                cancelRequestedAt, owner, heartbeatAt, attempts, startedAt, at, at);
    }

    /** The API's view: JobOps' {@code PipelineRun} fields plus the steps, counts and per-source outcomes. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("status", status.wire());
        m.put("trigger", trigger);
        m.put("step", step.wire());
        m.put("finishedStep", finishedStep == null ? null : finishedStep.wire());
        m.put("startedAt", startedAt.toString());
        m.put("completedAt", completedAt == null ? null : completedAt.toString());
        m.put("jobsDiscovered", summary.discovered());
        m.put("jobsProcessed", summary.processed());
        m.put("errorMessage", errorMessage);
        m.put("cancelRequested", cancelRequestedAt != null);
        m.put("attempts", attempts);
        m.put("configSnapshot", request.toMap());
        m.put("summary", summary);
        m.put("selectedJobIds", selectedJobIds);
        return m;
    }
}
