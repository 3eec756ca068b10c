package io.jobwright.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.status.NopStatusListener;
import java.util.Map;

/**
 * Configures Logback in code when it starts (found through {@code META-INF/services}): every event goes to stdout
 * through {@link JsonLineEncoder}, {@code java.util.logging} is bridged in ({@link JulBridge}), and chatty libraries
 * are quieted. Doing this in code rather than in a {@code logback.xml} keeps Logback's XML machinery (a SAX parser
 * and a few hundred classes, about a tenth of a second) out of every start.
 *
 * <p>{@code JOBWRIGHT_LOG_FORMAT=text} switches to readable lines (JSON is the default) and
 * {@code JOBWRIGHT_LOG_LEVEL} sets the root level ({@code INFO} by default). Whoever needs a different setup can still
 * point {@code -Dlogback.configurationFile} at their own file: this configurator then steps aside.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class LogSetup extends ContextAwareBase implements Configurator {

    /** Levels of the libraries whose INFO lines are noise to a user; their warnings and errors still come through. */
    private static final Map<String, Level> LIBRARY_LEVELS = Map.ofEntries(
            Map.entry("org.eclipse.jetty", Level.WARN),
            Map.entry("io.javalin", Level.WARN),
            Map.entry("com.zaxxer.hikari", Level.WARN),
            Map.entry("org.flywaydb", Level.WARN),
            Map.entry("org.apache.pdfbox", Level.ERROR),
            Map.entry("org.apache.fontbox", Level.ERROR),
            Map.entry("com.openhtmltopdf", Level.WARN),
            // db-scheduler announces every start and stop at INFO; its task failures still arrive as WARN.
            Map.entry("com.github.kagkarlsson.scheduler", Level.WARN),
            // Logs ERROR for a cron expression that never fires; schedules refuse those with a 400 naming the problem.
            Map.entry("com.github.kagkarlsson.scheduler.task.schedule.CronSchedule", Level.OFF));

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        // Logback's own status lines would be the only non-JSON lines on stdout; log shippers expect JSON only.
        NopStatusListener quiet = new NopStatusListener();
        context.getStatusManager().add(quiet);

        JsonLineEncoder encoder = new JsonLineEncoder();
        encoder.setContext(context);
        encoder.setFormat(System.getenv("JOBWRIGHT_LOG_FORMAT"));
        encoder.start();
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("console");
        console.setEncoder(encoder);
        console.start();

        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.toLevel(System.getenv("JOBWRIGHT_LOG_LEVEL"), Level.INFO));
        root.addAppender(console);
        LIBRARY_LEVELS.forEach((name, level) -> context.getLogger(name).setLevel(level));

        // java.util.logging records (the PDF renderer and friends) go through the same encoder as everything else.
        JulBridge bridge = new JulBridge();
        bridge.setContext(context);
        bridge.start();
        context.addListener(bridge);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
