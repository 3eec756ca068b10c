package io.jobwright.cli;

import ch.qos.logback.classic.Level;
import io.jobwright.App;
import io.jobwright.config.Config;
import io.jobwright.config.ConfigException;
import io.jobwright.error.JobwrightException;
import io.jobwright.pipeline.PipelineService;
import io.jobwright.pipeline.RunRequest;
import io.jobwright.pipeline.RunView;
import io.jobwright.source.SourceConfig;
import io.jobwright.source.SourceParam;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code run}: one pipeline run in the terminal, on the configured data directory and database, with a progress bar
 * on stderr and a summary table on stdout. Exit code 0 when the run completed, 1 when it failed or was cancelled,
 * 2 for bad options or configuration. Ctrl-C cancels the run.
 */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run the pipeline once in the terminal: discover, import, score, select and process.",
                "Uses the data directory and database of JOBWRIGHT_* (a running server on the same data directory "
                        + "must be stopped first)."})
public final class RunCommand implements Callable<Integer> {

    @Option(names = "--source", paramLabel = "SOURCE",
            description = {"A configured source's id or name, or a type meaning every enabled source of it "
                    + "(repeatable; default: every enabled source).",
                    "TYPE:VALUE (e.g. greenhouse:acme, lever:globex) adds a source of that type with its main "
                            + "parameter set, unless one of that name exists."})
    private List<String> sources = new ArrayList<>();

    @Option(names = "--term", paramLabel = "TERM",
            description = "A search term (repeatable; default: the searchTerms setting).")
    private List<String> terms;

    @Option(names = "--all-postings", description = "No search terms: keep every posting of company boards.")
    private boolean allPostings;

    @Option(names = "--preset", description = "fast, balanced or detailed.")
    private String preset;

    @Option(names = "--top", paramLabel = "N", description = "How many of the best jobs to tailor (1-50).")
    private Integer topN;

    @Option(names = "--min-score", paramLabel = "SCORE", description = "The score a job needs to be tailored (0-100).")
    private Double minScore;

    @Option(names = "--budget", paramLabel = "N", description = "The most postings to read.")
    private Integer budget;

    @Option(names = "--country", paramLabel = "CC", description = "ISO country code to keep (repeatable).")
    private List<String> countries = new ArrayList<>();

    @Option(names = "--city", description = "City to keep (repeatable).")
    private List<String> cities = new ArrayList<>();

    @Option(names = "--workplace", description = "remote, hybrid or onsite (repeatable).")
    private List<String> workplaces = new ArrayList<>();

    @Option(names = "--discover-only", description = "Stop after import: no scoring or tailoring.")
    private boolean discoverOnly;

    @Option(names = "--verbose", description = "Show the app's log lines too.")
    private boolean verbose;

    @Override
    public Integer call() throws InterruptedException {
        if (!verbose) {
            ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        }
        RunRequest request;
        App app;
        try {
            request = request();
            app = App.start(Config.load().withPort(0));
        } catch (ConfigException | JobwrightException e) {
            System.err.println("jobwright run: " + e.getMessage());
            return ServeCommand.CONFIG_ERROR;
        }
        try {
            RunRequest withSources = withAddedSources(app, request);
            RunView run = app.pipeline().start(withSources);
            Thread cancelOnCtrlC = new Thread(() -> cancelAndWait(app.pipeline()), "jobwright-run-cancel");
            Runtime.getRuntime().addShutdownHook(cancelOnCtrlC);
            RunView finished = new RunProgressBar(System.err, System.console() != null).follow(app.pipeline(), run.id());
            Runtime.getRuntime().removeShutdownHook(cancelOnCtrlC);
            new RunSummaryTable(System.out).print(finished, app);
            return finished.status().wire().equals("completed") ? 0 : 1;
        } catch (JobwrightException e) {
            System.err.println("jobwright run: " + e.getMessage());
            return ServeCommand.CONFIG_ERROR;
        } finally {
            app.close();
        }
    }

    private RunRequest request() {
        RunRequest defaults = RunRequest.defaults();
        io.jobwright.pipeline.Preset chosen = preset == null ? null : io.jobwright.pipeline.Preset.parse(preset)
                .orElseThrow(() -> io.jobwright.error.InvalidRequest.field("--preset", "must be fast, balanced or detailed"));
        List<String> searchTerms = allPostings ? List.of() : terms;
        return new RunRequest(sources, searchTerms,
                topN != null ? topN : chosen != null ? chosen.topN() : defaults.topN(),
                minScore != null ? minScore : chosen != null ? chosen.minSuitabilityScore() : defaults.minSuitabilityScore(),
                budget != null ? budget : chosen != null ? Integer.valueOf(chosen.runBudget()) : null,
                chosen == null ? null : chosen.wire(), new LinkedHashSet<>(countries), cities,
                new LinkedHashSet<>(workplaces), List.of(), 0, discoverOnly, "cli");
    }

    /** Adds the {@code type:value} sources named on the command line that are not configured yet. */
    private static RunRequest withAddedSources(App app, RunRequest request) {
        List<String> selectors = new ArrayList<>();
        List<SourceConfig> configured = app.sources().list();
        for (String selector : request.sources()) {
            int colon = selector.indexOf(':');
            String type = colon > 0 ? selector.substring(0, colon) : null;
            boolean known = configured.stream().anyMatch(s -> s.name().equalsIgnoreCase(selector) || s.id().equals(selector));
            if (known || type == null || !app.sources().types().has(type)) {
                selectors.add(selector);
                continue;
            }
            String main = app.sources().types().get(type).type().params().stream().filter(SourceParam::required)
                    .map(SourceParam::name).findFirst().orElseThrow(() -> io.jobwright.error.InvalidRequest.field(
                            "--source", type + " takes no main parameter; configure it with POST /api/sources"));
            SourceConfig added = app.sources().create(type, selector, Map.of(main, selector.substring(colon + 1)), true);
            System.err.println("added source " + added.name() + " (" + type + ", " + main + "=" + selector.substring(colon + 1) + ")");
            selectors.add(added.id());
        }
        return new RunRequest(selectors, request.searchTerms(), request.topN(), request.minSuitabilityScore(),
                request.runBudget(), request.preset(), request.countries(), request.cityLocations(),
                request.workplaceTypes(), request.blockedCompanyKeywords(), request.maxPostingAgeDays(),
                request.discoverOnly(), request.trigger());
    }

    private static void cancelAndWait(PipelineService pipeline) {
        try {
            pipeline.cancel();
            pipeline.awaitIdle(java.time.Duration.ofSeconds(20));
        } catch (JobwrightException | InterruptedException ignored) {
            // Nothing runs any more, or we are out of time: the next start resumes or fails the run.
        }
    }
}
