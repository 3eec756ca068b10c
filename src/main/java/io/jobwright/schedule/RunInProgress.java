package io.jobwright.schedule;

/** Thrown by {@link RunStarter#start} when a pipeline run is already going; a schedule then skips its turn. */
public final class RunInProgress extends RuntimeException {

    private final String runningRunId;

    /** @param runningRunId the run that is going, or null when the starter does not know it */
    public RunInProgress(String runningRunId) {
        super("A pipeline run is already in progress" + (runningRunId == null ? "" : " (run " + runningRunId + ")"),
                null, false, false);
        this.runningRunId = runningRunId;
    }

    /** The run that is going, or null. */
    public String runningRunId() {
        return runningRunId;
    }
}
