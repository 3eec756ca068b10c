package io.jobwright.cli.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The JVM options {@code bin/jobwright} starts the server with, read from {@code bin/jvm.options} beside the build,
 * so the bench measures the app as it is meant to run.
 */
final class DefaultJvmOptions {

    private DefaultJvmOptions() {
    }

    /** The options in {@code <project>/bin/jvm.options} for a jar in {@code <project>/target}, or none. */
    static List<String> besideJar(Path jar) {
        Path project = jar.toAbsolutePath().getParent() == null ? null : jar.toAbsolutePath().getParent().getParent();
        return project == null ? List.of() : read(project.resolve("bin").resolve("jvm.options"));
    }

    /** The options in a file: one per line, '#' starts a comment; a missing file means none. */
    static List<String> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            return Files.readAllLines(file).stream()
                    .map(line -> line.contains("#") ? line.substring(0, line.indexOf('#')) : line)
                    .map(String::strip)
                    .filter(line -> !line.isEmpty())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
