package io.jobwright.cli;

import io.jobwright.App;
import io.jobwright.config.Config;
import io.jobwright.config.ConfigException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * {@code serve}: starts the web server and workers with the configuration from the environment and returns while they
 * keep running; a shutdown hook closes the app when the process is asked to stop.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Start the server (the default when no command is given). Configured by JOBWRIGHT_* variables.")
public final class ServeCommand implements Callable<Integer> {

    /** Exit code for a configuration the app refuses to start with. */
    public static final int CONFIG_ERROR = 2;

    private boolean serving;

    /** Starts the server; see {@link #serve}. */
    @Override
    public Integer call() {
        int code = serve();
        serving = code == 0;
        return code;
    }

    /** Whether {@link #call} started the server, which now keeps running. */
    public boolean serving() {
        return serving;
    }

    /**
     * Starts the app and registers its shutdown hook.
     *
     * @return 0 when the server is running, {@link #CONFIG_ERROR} after printing a configuration problem to stderr
     */
    public static int serve() {
        try {
            App app = App.start(Config.load());
            Runtime.getRuntime().addShutdownHook(new Thread(app::close, "jobwright-shutdown"));
            return 0;
        } catch (ConfigException e) {
            // The message names the key and the fix; a stack trace would only bury it.
            System.err.println("jobwright: " + e.getMessage());
            return CONFIG_ERROR;
        }
    }
}
