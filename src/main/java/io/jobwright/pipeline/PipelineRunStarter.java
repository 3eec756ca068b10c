package io.jobwright.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import io.jobwright.error.Conflict;
import io.jobwright.schedule.RunInProgress;
import io.jobwright.schedule.RunStarter;

/** Schedules and the webhook start pipeline runs through this: their stored settings are a run request's body. */
public final class PipelineRunStarter implements RunStarter {

    private final PipelineService pipeline;

    public PipelineRunStarter(PipelineService pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    public String start(JsonNode runSettings, Trigger trigger) {
        RunRequest request = RunRequest.fromJson(runSettings).withTrigger(trigger.wire());
        try {
            return pipeline.start(request).id();
        } catch (Conflict busy) {
            throw new RunInProgress(pipeline.running().map(RunView::id).orElse(null));
        }
    }

    @Override
    public void validate(JsonNode runSettings) {
        RunRequest.fromJson(runSettings);
    }
}
