package io.jobwright.ui;

import io.javalin.http.Context;
import io.jobwright.error.InvalidRequest;
import io.jobwright.error.JobwrightException;
import io.jobwright.source.Detector;
import io.jobwright.source.SourceConfig;
import io.jobwright.source.SourceService;
import io.jobwright.web.Routes;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Settings → Sources and companies: add a source by its careers-page URL, turn one off or on, delete one. */
final class SettingsSources {

    private final Pages pages;
    private final SourceService sources;
    private final Detector detector;
    private final SettingsSections sections;

    SettingsSources(Pages pages, SourceService sources, Detector detector, SettingsSections sections) {
        this.pages = pages;
        this.sources = sources;
        this.detector = detector;
        this.sections = sections;
    }

    void register(Routes routes) {
        routes.post("/settings/sources", this::addSource);
        routes.post("/settings/sources/{id}/enabled", this::toggleSource);
        routes.post("/settings/sources/{id}/delete", this::deleteSource);
    }

    /** Adds a source from a careers-page URL: the detector names the board behind it. */
    private void addSource(Context ctx) {
        if (pages.acting(ctx).isEmpty()) {
            return;
        }
        String url = ctx.formParam("url");
        String name = ctx.formParam("sourceName");
        Form form = sections.baseForm().value("url", url).value("sourceName", name);
        try {
            if (url == null || url.isBlank()) {
                throw InvalidRequest.field("url", "paste the address of a careers page or job board");
            }
            Detector.Detected found = detector.detect(url.strip());
            String shown = name == null || name.isBlank() ? nameFor(found) : name.strip();
            SourceConfig created = sources.create(found.type(), shown, found.params(), true);
            Pages.redirect(ctx, "/settings/sources?added=" + java.net.URLEncoder.encode(created.name(),
                    StandardCharsets.UTF_8) + "#source-list");
        } catch (JobwrightException e) {
            Object field = e.details().get("field");
            String text = e.getMessage();
            if ("name".equals(field)) {
                form.error("sourceName", SettingsPages.capitalize(text.replaceFirst("^name:? ", "")));
            } else {
                // Detection problems (not a careers page, site down, private address) all concern the URL.
                form.error("url", SettingsPages.capitalize(field instanceof String f ? text.replaceFirst("^" + java.util.regex.Pattern.quote(f) + ":? ", "") : text));
            }
            ctx.status(400);
            sections.show(ctx, "sources", form, null);
        }
    }

    /** A name for a detected source: its board, site or company, else the page's host. */
    private static String nameFor(Detector.Detected found) {
        for (String key : List.of("board", "site", "company")) {
            String value = found.params().get(key);
            if (value != null) {
                return Character.toUpperCase(value.charAt(0)) + value.substring(1);
            }
        }
        String url = found.params().get("url");
        try {
            return url == null ? found.type() : java.net.URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            return found.type();
        }
    }

    private void toggleSource(Context ctx) {
        if (pages.acting(ctx).isEmpty()) {
            return;
        }
        SourceConfig config = sources.get(ctx.pathParam("id"));
        sources.patch(config.id(), null, null, !config.enabled());
        Pages.redirect(ctx, "/settings/sources#source-list");
    }

    private void deleteSource(Context ctx) {
        if (pages.acting(ctx).isEmpty()) {
            return;
        }
        sources.delete(ctx.pathParam("id"));
        Pages.redirect(ctx, "/settings/sources?deleted=1#source-list");
    }
}
