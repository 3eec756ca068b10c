package io.jobwright.cli.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in LLM on loopback for the LLM scoring scenario: it speaks OpenAI chat completions and answers every
 * request after a fixed delay with a valid scoring answer, so the bench measures Jobwright's side of the call
 * (prompt building, HTTP, schema check, storing) at a known provider latency.
 */
final class FakeChatProvider implements AutoCloseable {

    private static final String ANSWER = "{\\\"score\\\": 74, \\\"reason\\\": \\\"Java and PostgreSQL match; the role is "
            + "remote-friendly.\\\", \\\"jobBrief\\\": {\\\"role_summary\\\": \\\"Backend role.\\\", \\\"they_want\\\": "
            + "[\\\"Java\\\"], \\\"specifics\\\": [], \\\"company_offers\\\": [], \\\"practical_details\\\": [], "
            + "\\\"missing_or_unclear\\\": [], \\\"repeated_signals\\\": []}}";
    private static final byte[] BODY = ("{\"id\":\"chatcmpl-bench\",\"object\":\"chat.completion\",\"model\":\"bench\","
            + "\"choices\":[{\"index\":0,\"finish_reason\":\"stop\",\"message\":{\"role\":\"assistant\",\"content\":\""
            + ANSWER + "\"}}],\"usage\":{\"prompt_tokens\":900,\"completion_tokens\":80,\"total_tokens\":980}}")
            .getBytes(StandardCharsets.UTF_8);

    private final HttpServer server;
    private final Duration latency;
    private final AtomicInteger requests = new AtomicInteger();

    /** Starts the provider on a free loopback port. */
    FakeChatProvider(Duration latency) {
        this.latency = latency;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::answer);
        server.start();
    }

    /** The base URL to configure as {@code llmBaseUrl}. */
    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /** How many completions were asked for. */
    int requests() {
        return requests.get();
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            requests.incrementAndGet();
            Thread.sleep(latency);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, BODY.length);
            exchange.getResponseBody().write(BODY);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
