package io.jobwright.cli;

import io.jobwright.cli.bench.BenchCommand;
import io.jobwright.cli.bench.ScoringBenchCommand;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of {@code java -jar jobwright.jar}: without arguments it starts the server, otherwise it runs the named
 * command. Exit codes: 0 success, 1 a command failed, 2 bad configuration or usage.
 */
@Command(name = "jobwright", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Self-hosted job-search orchestrator.",
        subcommands = {ServeCommand.class, RunCommand.class, BenchCommand.class, ScoringBenchCommand.class})
public final class Main implements Callable<Integer> {

    private boolean serving;

    /** Runs the command the arguments name; the server keeps the process alive, other commands end it. */
    public static void main(String[] args) {
        if (args.length == 0) {
            // The default path skips picocli's reflective model building: it is the one that startup time is measured on.
            exitOnFailure(ServeCommand.serve());
            return;
        }
        Main main = new Main();
        CommandLine cli = new CommandLine(main);
        int code = cli.execute(args);
        ServeCommand serve = cli.getSubcommands().get("serve").getCommand();
        // A running server keeps the process alive through Jetty's threads; every other command ends it here.
        if (!(code == 0 && (main.serving || serve.serving()))) {
            System.exit(code);
        }
    }

    /** With no subcommand named, serve. */
    @Override
    public Integer call() {
        int code = ServeCommand.serve();
        serving = code == 0;
        return code;
    }

    private static void exitOnFailure(int code) {
        if (code != 0) {
            System.exit(code);
        }
    }

    /** Reports the version from the jar's manifest, or "development" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"jobwright " + (version == null ? "development" : version)};
        }
    }
}
