package io.jobwright.cli.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The host's one-minute load average, recorded with each run: the app and the clients share the machine's CPUs, so
 * a run on a busy host measures the host as much as the app.
 */
final class HostLoad {

    private HostLoad() {
    }

    /** The one-minute load average from {@code /proc/loadavg}, or -1 where it cannot be read. */
    static double oneMinute() {
        try {
            return parse(Files.readString(Path.of("/proc/loadavg")));
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** The first field of a {@code /proc/loadavg} line. */
    static double parse(String loadavg) {
        return Double.parseDouble(loadavg.strip().split("\\s+")[0]);
    }
}
