package io.jobwright.job;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jobwright.error.InvalidRequest;
import io.jobwright.web.Envelope;
import io.jobwright.web.Requests;
import io.jobwright.web.RouteModule;
import io.jobwright.web.Routes;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code POST /api/manual-jobs/import}: a job the user pasted becomes a discovered (or, tailored, ready) job. */
public final class ManualImportRoutes implements RouteModule {

    private final JobService jobs;

    public ManualImportRoutes(JobService jobs) {
        this.jobs = jobs;
    }

    @Override
    public void register(Routes routes) {
        routes.post("/api/manual-jobs/import", ctx -> {
            ObjectNode body = Requests.object(ctx, "job", "skipTailoring");
            JsonNode skip = body.get("skipTailoring");
            if (skip != null && !skip.isNull() && !skip.isBoolean()) {
                throw InvalidRequest.field("skipTailoring", "must be true or false");
            }
            ManualJob manual = ManualJob.parse(body.get("job"));
            JobService.Imported imported = jobs.importManual(manual, skip == null || skip.isNull() ? null : skip.booleanValue());
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("job", jobs.view().full(imported.job()));
            data.put("created", imported.created());
            if (imported.tailoringError() != null) {
                data.put("tailoringError", imported.tailoringError());
            }
            Envelope.ok(ctx, imported.created() ? 201 : 200, data);
        });
    }
}
