package io.jobwright.ui;

import io.javalin.http.Context;
import io.jobwright.job.Job;
import io.jobwright.job.JobPatch;
import io.jobwright.job.JobService;
import io.jobwright.job.JobStatus;
import io.jobwright.web.Authenticator;
import io.jobwright.web.Principal;
import io.jobwright.web.RouteModule;
import io.jobwright.web.Routes;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The jobs workspace: {@code /jobs/<tab>[/<id>]} shows a tab's list with one job open beside it, and the job
 * actions post back to it. Without JavaScript every link and form works as a plain page load; with htmx only the
 * workspace is swapped.
 */
public final class JobPages implements RouteModule {

    private final Pages pages;
    private final JobService jobs;
    private final Workspace workspace;

    /** Pages over the job service; {@code clock} dates the rows' ages. */
    public JobPages(Authenticator authenticator, JobService jobs, Clock clock) {
        this.pages = new Pages(authenticator);
        this.jobs = jobs;
        this.workspace = new Workspace(jobs, clock);
    }

    @Override
    public void register(Routes routes) {
        routes.get("/jobs", ctx -> {
            if (pages.signedIn(ctx).isPresent()) {
                Pages.redirect(ctx, "/jobs/ready");
            }
        });
        routes.get("/jobs/{tab}", ctx -> show(ctx, null));
        routes.get("/jobs/{tab}/{id}", ctx -> show(ctx, ctx.pathParam("id")));
        routes.post("/jobs/{id}/skip", ctx -> act(ctx, jobs::skip));
        routes.post("/jobs/{id}/apply", ctx -> act(ctx, jobs::apply));
        routes.post("/jobs/{id}/finalize", ctx -> act(ctx, jobs::process));
        routes.post("/jobs/{id}/regenerate", ctx -> act(ctx, jobs::generatePdf));
        routes.post("/jobs/{id}/rescore", ctx -> act(ctx, jobs::rescore));
        routes.post("/jobs/{id}/reopen", ctx -> act(ctx, id -> jobs.patch(id,
                new JobPatch(Map.of(), JobStatus.DISCOVERED, null), null)));
    }

    private void show(Context ctx, String id) {
        Optional<Principal> principal = pages.signedIn(ctx);
        if (principal.isEmpty()) {
            return;
        }
        Optional<Tab> tab = Tab.fromSlug(ctx.pathParam("tab"));
        if (tab.isEmpty()) {
            Pages.redirect(ctx, "/jobs/ready");
            return;
        }
        JobList list = workspace.list(tab.get(), ListParams.state(ctx), ListParams.page(ctx));
        Job job = id == null ? null : jobs.get(id);
        Map<String, Object> model = new HashMap<>();
        model.put("list", list);
        model.put("job", job == null ? null : JobDetail.of(job, jobs.view()));
        model.put("csrf", Pages.frame("", principal.get(), "").csrfToken());
        if (Pages.isHtmx(ctx) && "workspace".equals(ctx.header("HX-Target"))) {
            pages.render(ctx, "job/workspace.jte", model);
            return;
        }
        model.put("frame", Pages.frame(tab.get().label() + " jobs", principal.get(), "jobs"));
        pages.render(ctx, "job/jobs.jte", model);
    }

    private void act(Context ctx, java.util.function.Function<String, Job> action) {
        if (pages.acting(ctx).isEmpty()) {
            return;
        }
        Job job = action.apply(ctx.pathParam("id"));
        String back = Pages.safeNext(ctx.formParam("back"));
        Pages.redirect(ctx, back.equals("/") ? "/jobs/all/" + job.id() : back);
    }
}
