package io.jobwright.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggerContextListener;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.spi.LifeCycle;
import java.util.logging.Handler;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends {@code java.util.logging} records (used by some libraries, such as the PDF renderer) through SLF4J, so they
 * come out as redacted JSON lines like everything else instead of two-line plain text on stderr. {@link LogSetup}
 * installs it while configuring Logback and registers it as a context listener, so it is removed when the context is
 * reset or stopped; no application code has to remember to call it.
 */
public final class JulBridge extends ContextAwareBase implements LoggerContextListener, LifeCycle {

    private volatile boolean started;

    /** Replaces the JUL root handlers (the default console handler) with one that forwards to SLF4J. */
    @Override
    public void start() {
        java.util.logging.Logger root = LogManager.getLogManager().getLogger("");
        for (Handler handler : root.getHandlers()) {
            root.removeHandler(handler);
        }
        root.addHandler(new Forwarder());
        if (getContext() instanceof LoggerContext loggers) {
            root.setLevel(julLevel(loggers.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getLevel()));
        }
        started = true;
    }

    /** Removes the forwarding handler. */
    @Override
    public void stop() {
        java.util.logging.Logger root = LogManager.getLogManager().getLogger("");
        for (Handler handler : root.getHandlers()) {
            if (handler instanceof Forwarder) {
                root.removeHandler(handler);
            }
        }
        started = false;
    }

    /** Whether the bridge is installed. */
    @Override
    public boolean isStarted() {
        return started;
    }

    /** A reset (reconfiguration) declares the bridge again, so this instance steps aside. */
    @Override
    public boolean isResetResistant() {
        return false;
    }

    /** Nothing to do: {@link #start} already ran during configuration. */
    @Override
    public void onStart(LoggerContext context) {
    }

    /** Uninstalls, so a reconfiguration does not forward every record twice. */
    @Override
    public void onReset(LoggerContext context) {
        stop();
    }

    /** Uninstalls when Logback shuts down. */
    @Override
    public void onStop(LoggerContext context) {
        stop();
    }

    /**
     * Keeps JUL's root threshold in step with Logback's root level, so JUL drops disabled records before building
     * them rather than after the forwarding call.
     */
    @Override
    public void onLevelChange(ch.qos.logback.classic.Logger logger, Level level) {
        if (Logger.ROOT_LOGGER_NAME.equals(logger.getName())) {
            LogManager.getLogManager().getLogger("").setLevel(julLevel(level));
        }
    }

    private static java.util.logging.Level julLevel(Level level) {
        if (level == null) {
            return java.util.logging.Level.INFO;
        }
        return switch (level.toInt()) {
            case Level.ERROR_INT -> java.util.logging.Level.SEVERE;
            case Level.WARN_INT -> java.util.logging.Level.WARNING;
            case Level.INFO_INT -> java.util.logging.Level.INFO;
            case Level.DEBUG_INT -> java.util.logging.Level.FINE;
            case Level.OFF_INT -> java.util.logging.Level.OFF;
            default -> java.util.logging.Level.ALL;
        };
    }

    /** The JUL handler: maps the level, fills in {@code {0}}-style parameters, and logs through SLF4J. */
    static final class Forwarder extends Handler {

        private final SimpleFormatter parameters = new SimpleFormatter();

        @Override
        public void publish(LogRecord record) {
            if (record == null) {
                return;
            }
            Logger logger = LoggerFactory.getLogger(record.getLoggerName() == null ? "jul" : record.getLoggerName());
            int level = record.getLevel().intValue();
            org.slf4j.event.Level target = level >= java.util.logging.Level.SEVERE.intValue() ? org.slf4j.event.Level.ERROR
                    : level >= java.util.logging.Level.WARNING.intValue() ? org.slf4j.event.Level.WARN
                    : level >= java.util.logging.Level.INFO.intValue() ? org.slf4j.event.Level.INFO
                    : level >= java.util.logging.Level.FINE.intValue() ? org.slf4j.event.Level.DEBUG
                    : org.slf4j.event.Level.TRACE;
            if (logger.isEnabledForLevel(target)) {
                logger.atLevel(target).setCause(record.getThrown()).log(parameters.formatMessage(record));
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
