package io.jobwright.ai.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.jobwright.web.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A real HTTP server on loopback that answers LLM requests with scripted replies in the providers' own wire formats
 * (OpenAI chat completions, Anthropic Messages, Gemini generateContent), including their error bodies and
 * {@code Retry-After}. Replies are used in order; when they run out, {@link #fallback} answers. Every request is
 * kept for assertions.
 */
final class FakeLlmServer implements AutoCloseable {

    /**
     * One scripted reply: status, headers, body, how long to wait before sending it, and how long to stall halfway
     * through the body (a reply that trickles in).
     */
    record Reply(int status, Map<String, String> headers, String body, long delayMillis, long stallMillis) {
        Reply(int status, Map<String, String> headers, String body, long delayMillis) {
            this(status, headers, body, delayMillis, 0);
        }

        Reply after(long millis) {
            return new Reply(status, headers, body, millis, stallMillis);
        }

        /** Sends the headers and half the body at once, the rest after {@code millis}. */
        Reply stallingFor(long millis) {
            return new Reply(status, headers, body, delayMillis, millis);
        }
    }

    /** One request as received. */
    record Received(String method, String path, Map<String, List<String>> headers, JsonNode body, long atNanos) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().getFirst()).findFirst().orElse(null);
        }
    }

    private final HttpServer server;
    private final ConcurrentLinkedQueue<Reply> script = new ConcurrentLinkedQueue<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile Function<Received, Reply> fallback = r -> json(500, "{\"error\":{\"message\":\"no reply scripted\"}}");

    FakeLlmServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::handle);
        server.start();
    }

    /** {@code http://127.0.0.1:<port>} plus {@code path}. */
    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** Queues replies, used one per request. */
    FakeLlmServer then(Reply... replies) {
        script.addAll(List.of(replies));
        return this;
    }

    /** What answers once the script is used up. */
    FakeLlmServer otherwise(Function<Received, Reply> answer) {
        fallback = answer;
        return this;
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] bytes = exchange.getRequestBody().readAllBytes();
            JsonNode body = bytes.length == 0 ? null : Json.MAPPER.readTree(bytes);
            Received request = new Received(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                    Map.copyOf(exchange.getRequestHeaders()), body, System.nanoTime());
            received.add(request);
            Reply reply = script.poll();
            if (reply == null) {
                reply = fallback.apply(request);
            }
            if (reply.delayMillis() > 0) {
                try {
                    Thread.sleep(reply.delayMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            byte[] out = reply.body().getBytes(StandardCharsets.UTF_8);
            reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            exchange.sendResponseHeaders(reply.status(), out.length == 0 ? -1 : out.length);
            if (out.length > 0 && reply.stallMillis() > 0) {
                exchange.getResponseBody().write(out, 0, out.length / 2);
                exchange.getResponseBody().flush();
                try {
                    Thread.sleep(reply.stallMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                exchange.getResponseBody().write(out, out.length / 2, out.length - out.length / 2);
            } else if (out.length > 0) {
                exchange.getResponseBody().write(out);
            }
        } catch (IOException e) {
            // The client went away (a timeout test): nothing to answer.
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    // ---- replies in each wire format ----

    static Reply json(int status, String body) {
        return new Reply(status, Map.of("Content-Type", "application/json"), body, 0);
    }

    static Reply withHeader(Reply reply, String name, String value) {
        Map<String, String> headers = new java.util.HashMap<>(reply.headers());
        headers.put(name, value);
        return new Reply(reply.status(), Map.copyOf(headers), reply.body(), reply.delayMillis());
    }

    /** An OpenAI chat completion whose message content is {@code content}. */
    static Reply openAi(String content) {
        ObjectNode body = Json.MAPPER.createObjectNode().put("id", "chatcmpl-1").put("object", "chat.completion")
                .put("created", 1_700_000_000).put("model", "gpt-test");
        ObjectNode choice = body.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", content).putNull("refusal");
        body.putObject("usage").put("prompt_tokens", 120).put("completion_tokens", 30).put("total_tokens", 150);
        return json(200, Json.write(body));
    }

    /** OpenAI's error envelope. */
    static Reply openAiError(int status, String message, String type, String code) {
        return json(status, "{\"error\":{\"message\":" + Json.write(message) + ",\"type\":\"" + type
                + "\",\"param\":null,\"code\":" + (code == null ? "null" : "\"" + code + "\"") + "}}");
    }

    /** An Anthropic message whose one text block is {@code text}. */
    static Reply anthropic(String text) {
        ObjectNode body = Json.MAPPER.createObjectNode().put("id", "msg_1").put("type", "message")
                .put("role", "assistant").put("model", "claude-test").put("stop_reason", "end_turn").putNull("stop_sequence");
        body.putArray("content").addObject().put("type", "text").put("text", text);
        body.putObject("usage").put("input_tokens", 200).put("output_tokens", 40);
        return json(200, Json.write(body));
    }

    /** Anthropic's error envelope. */
    static Reply anthropicError(int status, String type, String message) {
        return json(status, "{\"type\":\"error\",\"error\":{\"type\":\"" + type + "\",\"message\":"
                + Json.write(message) + "}}");
    }

    /** A Gemini generateContent response whose one part is {@code text}. */
    static Reply gemini(String text) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        ObjectNode candidate = body.putArray("candidates").addObject().put("finishReason", "STOP").put("index", 0);
        candidate.putObject("content").put("role", "model").putArray("parts").addObject().put("text", text);
        body.putObject("usageMetadata").put("promptTokenCount", 90).put("candidatesTokenCount", 20)
                .put("totalTokenCount", 110);
        body.put("modelVersion", "gemini-test");
        return json(200, Json.write(body));
    }

    /** Gemini's error envelope. */
    static Reply geminiError(int status, String statusName, String message) {
        return json(status, "{\"error\":{\"code\":" + status + ",\"message\":" + Json.write(message)
                + ",\"status\":\"" + statusName + "\"}}");
    }
}
