package io.jobwright.cli.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * Jobwright running as a child JVM on a fresh temporary data directory and a free loopback port, the way a user
 * starts it ({@code java -jar jobwright.jar}). {@link #close} stops it and deletes the directory; it is safe to call
 * twice and from a shutdown hook.
 */
final class AppProcess implements AutoCloseable {

    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration STOP_GRACE = Duration.ofSeconds(10);
    /** A training run writes its AOT cache while exiting, which takes a while: forcing it would lose the cache. */
    private static final Duration STOP_GRACE_AOT_TRAINING = Duration.ofMinutes(3);
    private static final long POLL_MILLIS = 10;

    private final Process process;
    private final Path tempDir;
    private final Path logFile;
    private final URI baseUri;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final long spawnedNanos;
    private final Duration stopGrace;
    private long startupMillis;

    private AppProcess(Process process, long spawnedNanos, Duration stopGrace, Path tempDir, Path logFile, URI baseUri) {
        this.process = process;
        this.stopGrace = stopGrace;
        this.spawnedNanos = spawnedNanos;
        this.tempDir = tempDir;
        this.logFile = logFile;
        this.baseUri = baseUri;
    }

    /**
     * Spawns {@code <java.home>/bin/java [jvmArgs] -jar jar} and returns at once; call {@link #awaitHealthy} next.
     *
     * @throws BenchFailure when the JVM cannot be started at all
     */
    static AppProcess spawn(Path jar, List<String> jvmArgs) {
        return spawn(jar, jvmArgs, Map.of());
    }

    /** As {@link #spawn(Path, List)}, with extra {@code JOBWRIGHT_*} settings for the child. */
    static AppProcess spawn(Path jar, List<String> jvmArgs, Map<String, String> extraEnv) {
        Path tempDir = createTempDir();
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArgs);
        command.add("-jar");
        command.add(jar.toAbsolutePath().toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Path logFile = tempDir.resolve("app.log");
        builder.redirectOutput(logFile.toFile());
        Map<String, String> env = builder.environment();
        // Inherited JOBWRIGHT_* settings (a database URL, say) would make the run measure something else, or seed
        // ten thousand jobs into a real database: the child gets only what the bench sets.
        env.keySet().removeIf(key -> key.startsWith("JOBWRIGHT_"));
        env.put("JOBWRIGHT_DATA_DIR", tempDir.resolve("data").toString());
        env.put("JOBWRIGHT_PORT", Integer.toString(port));
        env.put("JOBWRIGHT_HOST", "127.0.0.1");
        env.put("JOBWRIGHT_LOG_FORMAT", "json");
        // bin/jobwright limits glibc to two malloc arenas; measure the app as it runs there.
        env.putIfAbsent("MALLOC_ARENA_MAX", "2");
        env.putAll(extraEnv);
        long spawned = System.nanoTime();
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            deleteTree(tempDir);
            throw new BenchFailure("Cannot start " + String.join(" ", command) + ": " + e.getMessage());
        }
        Duration grace = jvmArgs.stream().anyMatch(arg -> arg.startsWith("-XX:AOTCacheOutput"))
                ? STOP_GRACE_AOT_TRAINING : STOP_GRACE;
        return new AppProcess(process, spawned, grace, tempDir, logFile, URI.create("http://127.0.0.1:" + port));
    }

    /**
     * Polls {@code GET /health} every 10 ms until it answers 200, and records the startup time.
     *
     * @throws BenchFailure when the child exits or stays unhealthy past the startup timeout
     */
    void awaitHealthy() {
        long deadline = spawnedNanos + STARTUP_TIMEOUT.toNanos();
        HttpRequest health = HttpRequest.newBuilder(baseUri.resolve("/health")).timeout(Duration.ofSeconds(2)).build();
        try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(1)).build()) {
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new BenchFailure("The app exited with code " + process.exitValue() + " during startup; its log ends:\n  "
                            + String.join("\n  ", logTail(30)));
                }
                try {
                    if (client.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        startupMillis = (System.nanoTime() - spawnedNanos) / 1_000_000;
                        return;
                    }
                } catch (IOException notListeningYet) {
                    // Expected until the server binds its port.
                }
                Thread.sleep(POLL_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchFailure("Interrupted while waiting for the app to start");
        }
        throw new BenchFailure("The app did not answer GET /health with 200 within " + STARTUP_TIMEOUT.toSeconds()
                + " s; its log ends:\n  " + String.join("\n  ", logTail(30)));
    }

    /** The address the app listens on, e.g. {@code http://127.0.0.1:41234}. */
    URI baseUri() {
        return baseUri;
    }

    /** The operating-system process id of the child JVM. */
    long pid() {
        return process.pid();
    }

    /** Wall time from spawning the JVM to the first 200 from {@code GET /health}. */
    long startupMillis() {
        return startupMillis;
    }

    /** The last lines the app logged, for a failure report; read before {@link #close} deletes the log. */
    List<String> logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            return all.subList(Math.max(0, all.size() - lines), all.size());
        } catch (IOException | UncheckedIOException e) {
            return List.of("(log unreadable: " + e.getMessage() + ")");
        }
    }

    /** Copies the app's log to {@code target} (before {@link #close} deletes it); false when that failed. */
    boolean saveLog(Path target) {
        try {
            Path parent = target.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.copy(logFile, target, StandardCopyOption.REPLACE_EXISTING);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Stops the child (asking first, then forcing) and deletes its temporary directory. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(stopGrace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        deleteTree(tempDir);
    }

    private static Path createTempDir() {
        try {
            return Files.createTempDirectory("jobwright-bench-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary directory for the bench", e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot find a free port", e);
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.err.println("bench: could not delete " + root + ": " + e.getMessage());
        }
    }
}
