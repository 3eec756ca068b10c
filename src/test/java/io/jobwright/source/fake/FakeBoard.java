package io.jobwright.source.fake;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A job board on loopback: each path (query ignored unless registered with one; a path ending in {@code *} is a
 * prefix) answers what a test set up — a
 * payload with a status and content type, a redirect, a body that never ends or a request that never gets an answer.
 */
public final class FakeBoard implements AutoCloseable {

    /** What one path answers. */
    public interface Answer {
        void answer(HttpExchange exchange) throws IOException;
    }

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);

    public FakeBoard() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getRawPath();
            String query = exchange.getRequestURI().getRawQuery();
            requests.add(exchange.getRequestMethod() + " " + path + (query == null ? "" : "?" + query)
                    + " UA=" + exchange.getRequestHeaders().getFirst("User-Agent"));
            Answer answer = query == null ? null : answers.get(path + "?" + query);
            if (answer == null) {
                answer = answers.get(path);
            }
            if (answer == null) {
                answer = answers.entrySet().stream().filter(e -> e.getKey().endsWith("*")
                                && path.startsWith(e.getKey().substring(0, e.getKey().length() - 1)))
                        .map(Map.Entry::getValue).findFirst().orElse(null);
            }
            try {
                if (answer == null) {
                    send(exchange, 404, "text/plain", "no such page".getBytes(StandardCharsets.UTF_8));
                } else {
                    answer.answer(exchange);
                }
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    /** The base URL, like {@code http://127.0.0.1:41234}. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public FakeBoard on(String path, Answer answer) {
        answers.put(path, answer);
        return this;
    }

    /** Answers 200 with this body. */
    public FakeBoard json(String path, String body) {
        return on(path, ex -> send(ex, 200, "application/json", body.getBytes(StandardCharsets.UTF_8)));
    }

    /** Answers 200 with this file's bytes. */
    public FakeBoard file(String path, Path file, String contentType) {
        return on(path, ex -> send(ex, 200, contentType, Files.readAllBytes(file)));
    }

    /** Answers this status. */
    public FakeBoard status(String path, int status, String contentType, String body) {
        return on(path, ex -> send(ex, status, contentType, body.getBytes(StandardCharsets.UTF_8)));
    }

    /** Answers 200 with headers sent, then never sends the body, until {@link #close}. */
    public FakeBoard hang(String path) {
        return on(path, ex -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    /** Redirects to itself forever. */
    public FakeBoard redirectLoop(String path) {
        AtomicInteger n = new AtomicInteger();
        return on(path, ex -> {
            ex.getResponseHeaders().add("Location", path + "?hop=" + n.incrementAndGet());
            ex.sendResponseHeaders(302, -1);
        });
    }

    /** Requests seen so far: method, path with query, User-Agent. */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    public static void send(HttpExchange ex, int status, String contentType, byte[] body) throws IOException {
        ex.getResponseHeaders().add("Content-Type", contentType);
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        release.countDown();
        server.stop(0);
    }
}
