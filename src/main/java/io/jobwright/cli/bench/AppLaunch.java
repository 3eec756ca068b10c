package io.jobwright.cli.bench;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** How the benches start the app: which jar, with which JVM options. A picocli mixin shared by every bench. */
final class AppLaunch {

    @Option(names = "--jar", description = "The app's jar (default: target/jobwright.jar, else the running jar).")
    private Path jar;

    @Option(names = "--jvm-arg", description = "Extra JVM option for the app, repeatable: --jvm-arg=-Xmx256m.")
    private List<String> jvmArgs = new ArrayList<>();

    @Option(names = "--plain-jvm", description = "Start the app without the options in bin/jvm.options.")
    private boolean plainJvm;

    /** The jar to start: {@code --jar}, else target/jobwright.jar, else the jar this bench runs from. */
    Path jar(CommandSpec spec) {
        if (jar != null) {
            if (!Files.isRegularFile(jar)) {
                throw new ParameterException(spec.commandLine(), "--jar " + jar + " is not a file");
            }
            return jar;
        }
        Path built = Path.of("target", "jobwright.jar");
        if (Files.isRegularFile(built)) {
            return built;
        }
        try {
            Path running = Path.of(AppLaunch.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(running) && running.toString().endsWith(".jar")) {
                return running;
            }
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            // Fall through to the message below.
        }
        throw new ParameterException(spec.commandLine(),
                "No jar to start: build it with ./mvnw -q -B package -DskipTests or pass --jar");
    }

    /** The app's JVM options: bin/jvm.options beside the jar (unless {@code --plain-jvm}), then every {@code --jvm-arg}. */
    List<String> jvmOptions(Path appJar) {
        List<String> args = new ArrayList<>(plainJvm ? List.of() : DefaultJvmOptions.besideJar(appJar));
        args.addAll(jvmArgs);
        return args;
    }
}
