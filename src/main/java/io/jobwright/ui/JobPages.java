package io.jobwright.ui;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.jobwright.error.JobwrightException;
import io.jobwright.error.NotFound;
import io.jobwright.job.Job;
import io.jobwright.job.JobActions;
import io.jobwright.job.JobPatch;
import io.jobwright.job.JobService;
import io.jobwright.job.JobStatus;
import io.jobwright.job.PdfGeneration;
import io.jobwright.resume.ResumeService;
import io.jobwright.resume.SkillGroup;
import io.jobwright.settings.Setting;
import io.jobwright.settings.SettingsService;
import io.jobwright.web.Authenticator;
import io.jobwright.web.Json;
import io.jobwright.web.Principal;
import io.jobwright.web.RouteModule;
import io.jobwright.web.Routes;
import java.time.Clock;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The jobs workspace: {@code /jobs/<tab>[/<id>[/tailor]]} shows a tab's list with one job open beside it (its
 * Decide/Ready view, or the Tailor view), and the job actions post back to it. Without JavaScript every link and
 * form works as a plain page load; with htmx only the workspace is swapped.
 */
public final class JobPages implements RouteModule {

    private final Pages pages;
    private final JobService jobs;
    private final ResumeService resumes;
    private final SettingsService settings;
    private final Workspace workspace;
    private final Clock clock;

    /** Pages over the job service; {@code clock} dates the rows' ages. */
    public JobPages(Authenticator authenticator, JobService jobs, ResumeService resumes, SettingsService settings,
                    Clock clock) {
        this.pages = new Pages(authenticator);
        this.jobs = jobs;
        this.resumes = resumes;
        this.settings = settings;
        this.workspace = new Workspace(jobs, clock);
        this.clock = clock;
    }

    @Override
    public void register(Routes routes) {
        routes.get("/jobs", ctx -> {
            if (pages.signedIn(ctx).isPresent()) {
                Pages.redirect(ctx, "/jobs/ready");
            }
        });
        routes.get("/jobs/{tab}", ctx -> show(ctx, null, null));
        routes.get("/jobs/{tab}/ids", this::selectAll);
        routes.get("/jobs/{tab}/{id}", ctx -> show(ctx, ctx.pathParam("id"), null));
        routes.get("/jobs/{tab}/{id}/tailor", ctx -> show(ctx, ctx.pathParam("id"), tailorView(ctx.pathParam("id"))));
        routes.post("/jobs/{tab}/{id}/tailor", this::tailor);
        routes.post("/jobs/{id}/skip", ctx -> act(ctx, jobs::skip));
        routes.post("/jobs/{id}/apply", ctx -> act(ctx, jobs::apply));
        routes.post("/jobs/{id}/finalize", ctx -> act(ctx, jobs::process));
        routes.post("/jobs/{id}/regenerate", ctx -> act(ctx, jobs::generatePdf));
        routes.post("/jobs/{id}/rescore", ctx -> act(ctx, jobs::rescore));
        routes.post("/jobs/{id}/reopen", ctx -> act(ctx, moveTo(JobStatus.DISCOVERED)));
        routes.post("/jobs/{id}/progress", ctx -> act(ctx, moveTo(JobStatus.IN_PROGRESS)));
        routes.post("/jobs/{id}/applied", ctx -> act(ctx, moveTo(JobStatus.APPLIED)));
        routes.post("/jobs/{id}/outcome", ctx -> act(ctx, id -> jobs.patch(id, outcome(ctx.formParam("outcome")), null)));
    }

    private void show(Context ctx, String id, TailorView tailor) {
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
        Map<String, Object> model = new HashMap<>();
        model.put("list", list);
        JobDetail job = null;
        if (id != null) {
            try {
                job = JobDetail.of(jobs.get(id), jobs.view());
            } catch (NotFound gone) {
                ctx.status(404);
                model.put("notice", "That job no longer exists; it may have been deleted.");
            }
        }
        model.put("job", job);
        model.put("tailor", tailor);
        model.put("review", tailor == null || job == null ? null : review(id));
        model.put("csrf", principal.get().csrfToken() == null ? "" : principal.get().csrfToken());
        if (Pages.isHtmx(ctx) && "workspace".equals(ctx.header("HX-Target"))) {
            pages.render(ctx, "job/workspace.jte", model);
            return;
        }
        model.put("frame", Pages.frame(tab.get().label() + " jobs", principal.get(), "jobs"));
        pages.render(ctx, "job/jobs.jte", model);
    }

    /**
     * {@code {"ids": […], "total": n, "limit": 500}}: the jobs the list shows under its filters, in its order, up to
     * what one bulk action takes. The page script's "Select all" reads it.
     */
    private void selectAll(Context ctx) {
        if (pages.signedIn(ctx).isEmpty()) {
            return;
        }
        Tab tab = Tab.fromSlug(ctx.pathParam("tab")).orElseThrow(() -> new NotFound(
                "There is no jobs tab \"" + ctx.pathParam("tab") + "\"; the tabs are ready, discovered, applied and all."));
        Workspace.Selection picked = workspace.select(tab, ListParams.state(ctx), JobActions.MAX_JOBS);
        ctx.json(Map.of("ids", picked.ids(), "total", picked.total(), "limit", JobActions.MAX_JOBS));
    }

    /**
     * How an application ended (offer accepted or declined, rejected, withdrawn, no response, ghosted), closed now;
     * blank clears it. An outcome the API does not know is refused by {@link JobPatch#parse}.
     */
    private JobPatch outcome(String chosen) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        if (chosen == null || chosen.isBlank()) {
            body.putNull("outcome").putNull("closedAt");
        } else {
            body.put("outcome", chosen.strip()).put("closedAt", clock.instant().toString());
        }
        return JobPatch.parse(body);
    }

    /** A status change through the job service (and so its status table), as a panel action. */
    private Function<String, Job> moveTo(JobStatus status) {
        return id -> jobs.patch(id, new JobPatch(Map.of(), status, null), null);
    }

    private void act(Context ctx, Function<String, Job> action) {
        if (pages.acting(ctx).isEmpty()) {
            return;
        }
        Job job = action.apply(ctx.pathParam("id"));
        String back = Pages.safeNext(ctx.formParam("back"));
        Pages.seeOther(ctx, back.equals("/") ? "/jobs/all/" + job.id() : back);
    }

    /**
     * Saves the Tailor form, then does what its button asked: just save, regenerate a field with the engine, or
     * finalize (tailor and render the PDF, moving the job to Ready). A refusal shows the form again with what the
     * user typed and the error beside its field; a failed finalize leaves the job discovered.
     */
    private void tailor(Context ctx) {
        if (pages.acting(ctx).isEmpty()) {
            return;
        }
        String id = ctx.pathParam("id");
        String intent = Optional.ofNullable(ctx.formParam("intent")).orElse("save");
        TailorView.ProjectRules rules = projectRules();
        Set<String> checked = new LinkedHashSet<>(ctx.formParams("project"));
        checked.addAll(rules.locked());
        checked.removeIf(pick -> !rules.allows(pick));
        Form form = Form.empty();
        for (String field : List.of("jobDescription", "tailoredHeadline", "tailoredSummary", "tailoredSkills", "updatedAt")) {
            form.value(field, ctx.formParam(field));
        }
        if (checked.size() > rules.max()) {
            form.error("projects", "Pick at most " + rules.max() + " projects (you picked " + checked.size() + ")");
            showRefused(ctx, id, form, checked, rules);
            return;
        }
        try {
            jobs.patch(id, JobPatch.parse(patchBody(form, checked)), null);
            switch (intent) {
                case "generate-summary" -> jobs.summarize(id, true, EnumSet.of(PdfGeneration.Field.SUMMARY));
                case "generate-headline" -> jobs.summarize(id, true, EnumSet.of(PdfGeneration.Field.HEADLINE));
                case "generate-skills" -> jobs.summarize(id, true, EnumSet.of(PdfGeneration.Field.SKILLS));
                case "generate-all" -> jobs.summarize(id, true, EnumSet.allOf(PdfGeneration.Field.class));
                case "finalize" -> {
                    Job done = jobs.get(id).status() == JobStatus.READY ? jobs.generatePdf(id) : jobs.process(id);
                    Pages.seeOther(ctx, "/jobs/ready/" + done.id());
                    return;
                }
                default -> { }
            }
            Pages.seeOther(ctx, ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString()));
        } catch (JobwrightException e) {
            showRefused(ctx, id, form.refused(e), checked, rules);
        }
    }

    private void showRefused(Context ctx, String id, Form form, Set<String> checked, TailorView.ProjectRules rules) {
        // htmx swaps only successful responses; a plain form post gets the honest status.
        ctx.status(Pages.isHtmx(ctx) ? 200 : 400);
        show(ctx, id, TailorView.submitted(form, resumes.current().map(r -> r.projects()).orElse(List.of()), checked, rules));
    }

    private static ObjectNode patchBody(Form form, Set<String> projects) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("jobDescription", form.value("jobDescription"));
        body.put("tailoredHeadline", form.value("tailoredHeadline"));
        body.put("tailoredSummary", form.value("tailoredSummary"));
        ArrayNode skills = body.putArray("tailoredSkills");
        for (SkillGroup group : TailorView.parseSkillLines(form.value("tailoredSkills"))) {
            ObjectNode node = skills.addObject();
            node.put("name", group.name());
            ArrayNode keywords = node.putArray("keywords");
            group.keywords().forEach(keywords::add);
        }
        ArrayNode picks = body.putArray("selectedProjectIds");
        projects.forEach(picks::add);
        if (!form.value("updatedAt").isEmpty()) {
            body.put("expectedUpdatedAt", form.value("updatedAt"));
        }
        return body;
    }

    /** The comparison with the base resume, or null before a base resume exists. */
    private TailoringReview review(String id) {
        return resumes.current().map(resume -> TailoringReview.of(jobs.tailoringDiff(id), resume.projects().stream()
                .collect(java.util.stream.Collectors.toMap(p -> p.id(), p -> p.name(), (a, b) -> a)))).orElse(null);
    }

    /** The Tailor view of a job, or null when it is gone (the page then says so). */
    private TailorView tailorView(String id) {
        try {
            return tailorView(jobs.get(id));
        } catch (NotFound gone) {
            return null;
        }
    }

    private TailorView tailorView(Job job) {
        return TailorView.of(job, resumes.current().map(r -> r.projects()).orElse(List.of()), projectRules());
    }

    private TailorView.ProjectRules projectRules() {
        return new TailorView.ProjectRules(Set.copyOf(settings.get(Setting.RESUME_LOCKED_PROJECT_IDS)),
                Set.copyOf(settings.get(Setting.RESUME_AI_SELECTABLE_PROJECT_IDS)), settings.get(Setting.RESUME_MAX_PROJECTS));
    }
}
