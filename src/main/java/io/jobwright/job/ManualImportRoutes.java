package io.jobwright.job;
public final class ManualImportRoutes implements io.jobwright.web.RouteModule { public ManualImportRoutes(JobService s) {} public void register(io.jobwright.web.Routes r) {} }
