package io.jobwright.job;
public final class JobRoutes implements io.jobwright.web.RouteModule { public JobRoutes(JobService s) {} public void register(io.jobwright.web.Routes r) {} }
