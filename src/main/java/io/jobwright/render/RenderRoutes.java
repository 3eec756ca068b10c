package io.jobwright.render;

import io.javalin.http.Context;
import io.jobwright.error.NotFound;
import io.jobwright.resume.Resume;
import io.jobwright.resume.ResumeService;
import io.jobwright.web.Envelope;
import io.jobwright.web.RouteModule;
import io.jobwright.web.Routes;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The renderer's HTTP API: {@code GET /api/resume/themes} (the themes a user can choose in settings) and
 * {@code GET /api/resume/preview.pdf?theme=&format=a4|letter} (the base resume, untailored, rendered now; the
 * settings decide what is not given). The preview's ATS read-back result is sent in {@code X-Ats-Check} headers.
 */
public final class RenderRoutes implements RouteModule {

    private final ResumeService resumes;
    private final RenderSettings renderSettings;
    private final ResumeRenderer renderer;

    public RenderRoutes(ResumeService resumes, RenderSettings renderSettings, ResumeRenderer renderer) {
        this.resumes = resumes;
        this.renderSettings = renderSettings;
        this.renderer = renderer;
    }

    @Override
    public void register(Routes routes) {
        routes.get("/api/resume/themes", this::themes)
                .get("/api/resume/preview.pdf", this::preview);
    }

    private void themes(Context ctx) {
        List<Map<String, Object>> themes = Arrays.stream(Theme.values()).map(theme -> {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("id", theme.id());
            view.put("name", theme.displayName());
            view.put("description", theme.description());
            return view;
        }).toList();
        Envelope.ok(ctx, Map.of("themes", themes, "pageFormats", List.of("a4", "letter"),
                "languages", Arrays.stream(Language.values()).map(Language::code).toList()));
    }

    private void preview(Context ctx) {
        Resume resume = resumes.current().orElseThrow(() ->
                new NotFound("No base resume yet: import one with POST /api/resume/import"));
        RenderOptions options = renderSettings.optionsFor(resume, blankToNull(ctx.queryParam("theme")),
                blankToNull(ctx.queryParam("format")));
        byte[] pdf = renderer.render(resume, options);
        AtsReport report = AtsCheck.check(resume, options, pdf);
        ctx.header("Cache-Control", "private, no-store");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Content-Disposition", "inline; filename=\"" + DownloadName.of(resume.name(), null, "Resume") + "\"");
        ctx.header("X-Ats-Check", report.passed() ? "passed" : "failed");
        ctx.header("X-Ats-Recall", Double.toString(report.recall()));
        ctx.header("X-Render-Options", options.key());
        ctx.contentType("application/pdf").result(pdf);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
