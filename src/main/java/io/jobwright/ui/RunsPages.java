package io.jobwright.ui;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.jobwright.error.Conflict;
import io.jobwright.error.InvalidRequest;
import io.jobwright.error.JobwrightException;
import io.jobwright.pipeline.PipelineService;
import io.jobwright.pipeline.Preset;
import io.jobwright.pipeline.RunRequest;
import io.jobwright.pipeline.RunView;
import io.jobwright.schedule.Schedule;
import io.jobwright.schedule.ScheduleService;
import io.jobwright.schedule.Timing;
import io.jobwright.settings.Setting;
import io.jobwright.settings.SettingsService;
import io.jobwright.source.SourceConfig;
import io.jobwright.source.SourceService;
import io.jobwright.web.Authenticator;
import io.jobwright.web.Principal;
import io.jobwright.web.RouteModule;
import io.jobwright.web.Routes;
import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Pipeline runs in the browser: {@code /runs} (the run going now, the history, the schedules, and the Run search
 * dialog), {@code /runs/<id>} (one run, live over server-sent events while it goes, with Cancel) and the schedule
 * editor. Runs start, stop and are scheduled through the pipeline and schedule services.
 */
public final class RunsPages implements RouteModule {

    private final Pages pages;
    private final PipelineService pipeline;
    private final SourceService sources;
    private final ScheduleService schedules;
    private final SettingsService settings;
    private final ZoneId defaultZone;
    private final Clock clock;

    /** Pages over the pipeline, the sources it reads and the schedules that start it ({@code defaultZone} for new ones). */
    public RunsPages(Authenticator authenticator, PipelineService pipeline, SourceService sources,
                     ScheduleService schedules, SettingsService settings, ZoneId defaultZone, Clock clock) {
        this.pages = new Pages(authenticator);
        this.pipeline = pipeline;
        this.sources = sources;
        this.schedules = schedules;
        this.settings = settings;
        this.defaultZone = defaultZone;
        this.clock = clock;
    }

    @Override
    public void register(Routes routes) {
        routes.get("/runs", this::showRuns);
        routes.get("/runs/new", ctx -> showNew(ctx, RunsForm.defaults(settings.get(Setting.SEARCH_TERMS))));
        routes.post("/runs", this::start);
        routes.post("/runs/cancel", this::cancel);
        routes.post("/runs/sources/{id}/health", this::health);
        routes.get("/runs/schedules/new", ctx -> showSchedule(ctx, null, scheduleDefaults()));
        routes.post("/runs/schedules", ctx -> saveSchedule(ctx, null));
        routes.get("/runs/schedules/{id}", ctx -> {
            if (pages.signedIn(ctx).isPresent()) {
                Schedule schedule = schedules.get(ctx.pathParam("id"));
                showSchedule(ctx, schedule, scheduleForm(schedule));
            }
        });
        routes.post("/runs/schedules/{id}", ctx -> saveSchedule(ctx, ctx.pathParam("id")));
        routes.post("/runs/schedules/{id}/delete", this::deleteSchedule);
        routes.get("/runs/{id}", this::showRun);
    }

    // ---- The runs page ---------------------------------------------------------------------------------------------

    private void showRuns(Context ctx) {
        Optional<Principal> principal = pages.signedIn(ctx);
        if (principal.isEmpty()) {
            return;
        }
        List<RunView> recent = pipeline.recent();
        Map<String, Object> model = new HashMap<>();
        model.put("frame", Pages.frame("Runs", principal.get(), "runs"));
        model.put("current", pipeline.running().map(this::view).orElse(null));
        model.put("history", recent.stream().map(this::view).toList());
        model.put("schedules", schedules.list());
        runForm(model, RunsForm.defaults(settings.get(Setting.SEARCH_TERMS)), recent);
        model.put("notice", "1".equals(ctx.queryParam("deleted")) ? "Schedule deleted." : null);
        pages.render(ctx, "runs/runs.jte", model);
    }

    private void runForm(Map<String, Object> model, Form form, List<RunView> recent) {
        model.put("form", form);
        model.put("sources", RunsSource.all(sources, recent));
        model.put("presets", List.of(Preset.values()));
    }

    private void showNew(Context ctx, Form form) {
        Optional<Principal> principal = pages.signedIn(ctx);
        if (principal.isEmpty()) {
            return;
        }
        Map<String, Object> model = new HashMap<>();
        model.put("frame", Pages.frame("Run search", principal.get(), "runs"));
        model.put("running", pipeline.running().orElse(null));
        runForm(model, form, pipeline.recent());
        pages.render(ctx, "runs/new.jte", model);
    }

    private void start(Context ctx) {
        if (pages.acting(ctx).isEmpty()) {
            return;
        }
        Form form = Form.empty();
        try {
            ObjectNode body = RunsForm.read(ctx, form);
            RunView run = pipeline.start(RunRequest.fromJson(body));
            Pages.redirect(ctx, "/runs/" + run.id());
        } catch (Conflict e) {
            ctx.status(409);
            showNew(ctx, form.message(e.getMessage() + ". Watch it on the Runs page, or cancel it first."));
        } catch (JobwrightException e) {
            ctx.status(400);
            showNew(ctx, form.refused(e));
        }
    }

    private void cancel(Context ctx) {
        if (pages.acting(ctx).isEmpty()) {
            return;
        }
        String back = Pages.safeNext(ctx.formParam("back"));
        try {
            pipeline.cancel();
        } catch (Conflict e) {
            // It ended meanwhile: the page shows how.
        }
        Pages.redirect(ctx, back.equals("/") ? "/runs" : back);
    }

    /** Probes one source now and answers the result line (htmx), or goes back to where the button was. */
    private void health(Context ctx) {
        if (pages.acting(ctx).isEmpty()) {
            return;
        }
        SourceConfig config = sources.get(ctx.pathParam("id"));
        SourceService.Health health = sources.health(config.id());
        String text = RunsSource.describe(health);
        if (Pages.isHtmx(ctx)) {
            pages.render(ctx, "runs/health.jte", Map.of("ok", health.ok(), "text", text, "id", config.id()));
            return;
        }
        String back = Pages.safeNext(ctx.formParam("back"));
        Pages.redirect(ctx, back.equals("/") ? "/runs/new" : back);
    }

    // ---- One run ---------------------------------------------------------------------------------------------------

    private void showRun(Context ctx) {
        Optional<Principal> principal = pages.signedIn(ctx);
        if (principal.isEmpty()) {
            return;
        }
        String id = ctx.pathParam("id");
        if (id.length() > 64) {
            throw io.jobwright.error.NotFound.of("Pipeline run", id.substring(0, 64));
        }
        RunsView view = view(pipeline.get(id));
        Map<String, Object> model = new HashMap<>();
        model.put("view", view);
        model.put("csrf", principal.get().csrfToken() == null ? "" : principal.get().csrfToken());
        if (Pages.isHtmx(ctx) && "run".equals(ctx.header("HX-Target"))) {
            pages.render(ctx, "runs/run.jte", model);
            return;
        }
        model.put("frame", Pages.frame("Run " + view.statusLabel().toLowerCase(java.util.Locale.ROOT), principal.get(), "runs"));
        pages.render(ctx, "runs/detail.jte", model);
    }

    private RunsView view(RunView run) {
        Map<String, String> names = sources.list().stream()
                .collect(Collectors.toMap(SourceConfig::id, SourceConfig::name, (a, b) -> a));
        return RunsView.of(run, run.finished() ? null : pipeline.progress(), names);
    }

    // ---- Schedules -------------------------------------------------------------------------------------------------

    private Form scheduleDefaults() {
        return RunsForm.defaults(List.of()).value("kind", "daily").value("daily", "07:00")
                .value("timezone", defaultZone.getId()).value("enabled", "true").value("searchTerms", "");
    }

    private static Form scheduleForm(Schedule schedule) {
        Form form = RunsForm.show(Form.empty(), schedule.runSettings());
        Timing timing = schedule.timing();
        return form.value("name", schedule.name()).value("kind", timing.kind().wire())
                .value(timing.kind() == Timing.Kind.DAILY ? "daily" : "cron", timing.expression())
                .value("timezone", timing.zone().getId()).value("enabled", String.valueOf(schedule.enabled()));
    }

    private void showSchedule(Context ctx, Schedule schedule, Form form) {
        Optional<Principal> principal = pages.signedIn(ctx);
        if (principal.isEmpty()) {
            return;
        }
        Map<String, Object> model = new HashMap<>();
        model.put("frame", Pages.frame(schedule == null ? "New schedule" : "Schedule " + schedule.name(), principal.get(), "runs"));
        model.put("schedule", schedule);
        runForm(model, form, pipeline.recent());
        pages.render(ctx, "runs/schedule.jte", model);
    }

    private void saveSchedule(Context ctx, String id) {
        if (pages.acting(ctx).isEmpty()) {
            return;
        }
        Schedule existing = id == null ? null : schedules.get(id);
        Form form = Form.empty();
        String name = ctx.formParam("name");
        String kind = "cron".equals(ctx.formParam("kind")) ? "cron" : "daily";
        form.value("name", name).value("kind", kind).value("daily", ctx.formParam("daily"))
                .value("cron", ctx.formParam("cron")).value("timezone", ctx.formParam("timezone"))
                .value("enabled", String.valueOf(ctx.formParam("enabled") != null));
        try {
            ObjectNode runSettings = RunsForm.read(ctx, form);
            if (name == null || name.isBlank()) {
                throw InvalidRequest.field("name", "give the schedule a name");
            }
            if (name.strip().length() > 200) {
                throw InvalidRequest.field("name", "must be at most 200 characters");
            }
            String zoneName = ctx.formParam("timezone");
            ZoneId zone = zoneName == null || zoneName.isBlank() ? defaultZone : Timing.zone(zoneName);
            Timing timing = kind.equals("cron") ? Timing.cron(ctx.formParam("cron"), zone, clock.instant())
                    : Timing.daily(ctx.formParam("daily"), zone);
            ScheduleService.Definition definition = new ScheduleService.Definition(name.strip(), timing, runSettings,
                    ctx.formParam("enabled") != null);
            if (existing == null) {
                schedules.create(definition);
            } else {
                schedules.patch(existing.id(), definition);
            }
            Pages.redirect(ctx, "/runs#schedules");
        } catch (JobwrightException e) {
            ctx.status(e instanceof Conflict ? 409 : 400);
            if (e instanceof Conflict) {
                form.error("name", e.getMessage());
            } else {
                form.refused(e);
            }
            showSchedule(ctx, existing, form);
        }
    }

    private void deleteSchedule(Context ctx) {
        if (pages.acting(ctx).isEmpty()) {
            return;
        }
        schedules.delete(ctx.pathParam("id"));
        Pages.redirect(ctx, "/runs?deleted=1#schedules");
    }
}
