package io.jobwright.job;
public final class NoteRoutes implements io.jobwright.web.RouteModule { public NoteRoutes(NoteRepository n, JobRepository j) {} public void register(io.jobwright.web.Routes r) {} }
