package io.jobwright.cli.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Resident memory of a process as Linux reports it in {@code /proc/<pid>/status}: {@code VmRSS} (now) and
 * {@code VmHWM} (the high-water mark since the process started).
 *
 * @param rssKb  resident set size, in KiB
 * @param peakKb peak resident set size, in KiB
 */
record ProcessRss(long rssKb, long peakKb) {

    /** Reads the figures of a running process. */
    static ProcessRss of(long pid) {
        try {
            return parse(Files.readString(Path.of("/proc", Long.toString(pid), "status")));
        } catch (IOException e) {
            throw new BenchFailure("Cannot read the memory of process " + pid + " (needs Linux /proc): " + e.getMessage());
        }
    }

    /** Parses the text of a {@code /proc/<pid>/status} file. */
    static ProcessRss parse(String status) {
        return new ProcessRss(field(status, "VmRSS:"), field(status, "VmHWM:"));
    }

    /** Resident set size in MiB. */
    double rssMb() {
        return Math.round(rssKb / 1024.0 * 10) / 10.0;
    }

    /** Peak resident set size in MiB. */
    double peakMb() {
        return Math.round(peakKb / 1024.0 * 10) / 10.0;
    }

    private static long field(String status, String name) {
        return status.lines()
                .filter(line -> line.startsWith(name))
                .map(line -> line.substring(name.length()).replace("kB", "").trim())
                .mapToLong(Long::parseLong)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no " + name + " line in process status"));
    }
}
