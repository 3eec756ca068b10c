package io.jobwright.job;
public final class PdfRoutes implements io.jobwright.web.RouteModule { public PdfRoutes(JobService s, io.jobwright.render.PdfStore p) {} public void register(io.jobwright.web.Routes r) {} }
