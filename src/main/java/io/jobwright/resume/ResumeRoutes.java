package io.jobwright.resume;

import io.jobwright.web.RouteModule;
import io.jobwright.web.Routes;

/** STUB: /api/resume routes. */
public final class ResumeRoutes implements RouteModule {
    public ResumeRoutes(ResumeService resumes) {
    }

    @Override
    public void register(Routes routes) {
    }
}
