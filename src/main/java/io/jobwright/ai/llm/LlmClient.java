package io.jobwright.ai.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.jobwright.Lazy;
import io.jobwright.ai.llm.LlmResult.Failure;
import io.jobwright.ai.llm.LlmResult.Kind;
import io.jobwright.settings.Setting;
import io.jobwright.settings.SettingsService;
import io.jobwright.web.Json;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks a model one structured question and returns a checked answer or a failure that says what happened. Thread-safe
 * and shared by every feature that uses an LLM.
 *
 * <p>Per call: a missing key or model fails before any network traffic; the connection's output modes are tried
 * strictest first (starting from the last mode that worked for that connection), moving on only when the provider
 * rejects the mode itself; within a mode, timeouts, 429, 5xx, unreachable servers and unusable answers are retried
 * with jittered exponential backoff that honours {@code Retry-After}. At most {@code llmMaxConcurrency} calls run at
 * once. Every call is recorded in the {@link LlmUsageLog} without its prompt. An interrupted caller ends the call
 * as {@link Kind#CANCELLED}.
 *
 * <p>Written over {@code java.net.http} rather than langchain4j's model classes, which hide the response headers
 * ({@code Retry-After}) and the raw 400 bodies the mode fallback reads, and retry on their own schedule.
 */
public final class LlmClient {

    private static final Logger LOG = LoggerFactory.getLogger(LlmClient.class);
    private static final int MAX_ERROR_CHARS = 300;
    private static final List<String> CAPABILITY_WORDS = List.of("response_format", "json_schema", "json_object",
            "text.format", "response schema", "responseschema", "responsemime", "response_mime", "output_config",
            "output_format", "structured output", "responsejsonschema");

    private static final Map<Provider.WireFormat, WireProtocol> PROTOCOLS = Map.of(
            Provider.WireFormat.OPENAI_CHAT, new OpenAiChat(),
            Provider.WireFormat.ANTHROPIC_MESSAGES, new AnthropicMessages(),
            Provider.WireFormat.GEMINI_GENERATE, new GeminiGenerate());

    private final LlmConnections connections;
    private final SettingsService settings;
    private final LlmUsageLog usage;
    private final RetryDelay delays;
    /** Made on the first call: an app that never asks a model does not start the HTTP client's selector thread. */
    private final Lazy<HttpClient> http = new Lazy<>(() -> HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build());
    private final CallLimit limit;
    private final Map<String, OutputMode> lastGoodMode = new ConcurrentHashMap<>();

    /** A client with the usual backoff: 500 ms base, at most 30 s between tries. */
    public LlmClient(LlmConnections connections, SettingsService settings, LlmUsageLog usage) {
        this(connections, settings, usage, Duration.ofMillis(500), Duration.ofSeconds(30));
    }

    /** A client with its own backoff base and cap (tests and the bench use short ones). */
    public LlmClient(LlmConnections connections, SettingsService settings, LlmUsageLog usage, Duration baseDelay,
            Duration maxDelay) {
        this.connections = connections;
        this.settings = settings;
        this.usage = usage;
        this.delays = new RetryDelay(baseDelay, maxDelay);
        this.limit = new CallLimit(() -> settings.get(Setting.LLM_MAX_CONCURRENCY));
    }

    /** The connections this client resolves purposes with. */
    public LlmConnections connections() {
        return connections;
    }

    /** Asks the model configured for the request's purpose; a purpose without a model is a NOT_CONFIGURED failure. */
    public LlmResult call(LlmRequest request) {
        Optional<LlmConnection> connection = connections.forPurpose(request.purpose());
        if (connection.isEmpty()) {
            return new Failure(null, Kind.NOT_CONFIGURED, "no LLM is configured for " + request.purpose().key()
                    + ": choose llmProvider in Settings");
        }
        return call(connection.get(), request);
    }

    /** Asks the given connection, whatever the settings say (the settings test uses this). */
    public LlmResult call(LlmConnection connection, LlmRequest request) {
        Tally tally = new Tally(System.nanoTime());
        LlmResult result = run(connection, request, tally);
        record(connection, request, tally, result);
        return result;
    }

    private LlmResult run(LlmConnection connection, LlmRequest request, Tally tally) {
        if (connection.provider().keyRequired() && connection.apiKey() == null) {
            return new Failure(connection, Kind.NO_KEY, "no API key is configured for " + connection.provider().key()
                    + ": set llmApiKey in Settings");
        }
        if (connection.model() == null && connection.provider() != Provider.LLAMACPP) {
            return new Failure(connection, Kind.NO_MODEL, "no model is configured: set model in Settings");
        }
        try {
            limit.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Failure(connection, Kind.CANCELLED, "the call was cancelled before it started");
        }
        try {
            return tryModes(connection, request, tally);
        } finally {
            limit.release();
        }
    }

    private LlmResult tryModes(LlmConnection connection, LlmRequest request, Tally tally) {
        WireProtocol protocol = PROTOCOLS.get(connection.provider().wireFormat());
        List<OutputMode> modes = protocol.modes();
        String cacheKey = connection.provider().key() + " " + connection.baseUrl() + " " + connection.model();
        int first = Math.max(0, modes.indexOf(lastGoodMode.getOrDefault(cacheKey, modes.getFirst())));
        int maxRetries = request.maxRetries() != null ? request.maxRetries() : settings.get(Setting.LLM_MAX_RETRIES);
        Duration timeout = Duration.ofSeconds(settings.get(Setting.LLM_TIMEOUT_SECONDS));
        LlmResult last = null;
        for (int m = first; m < modes.size(); m++) {
            OutputMode mode = modes.get(m);
            tally.mode = mode;
            for (int retry = 0; ; retry++) {
                Attempt attempt = attempt(protocol, connection, request, mode, timeout, tally);
                switch (attempt) {
                    case Attempt.Answered answered -> {
                        lastGoodMode.put(cacheKey, mode);
                        return new LlmResult.Reply(answered.json(), connection, mode);
                    }
                    case Attempt.Refused refused -> {
                        return new LlmResult.Refusal(connection, refused.message());
                    }
                    case Attempt.Fatal fatal -> {
                        return new Failure(connection, fatal.kind(), fatal.message());
                    }
                    case Attempt.ModeRejected rejected -> last = new Failure(connection, Kind.REJECTED,
                            "the provider accepts none of the JSON output modes; last refusal: " + rejected.message());
                    case Attempt.Retryable retryable -> {
                        last = new Failure(connection, retryable.kind(), retryable.message());
                        if (retry >= maxRetries) {
                            return retried(last, retry);
                        }
                        Optional<Duration> asked = retryable.retryAfter();
                        if (asked.isPresent() && asked.get().compareTo(delays.max()) > 0) {
                            return new Failure(connection, retryable.kind(), retryable.message()
                                    + "; the provider asks to wait " + asked.get().toSeconds() + " s, try again later");
                        }
                        try {
                            Thread.sleep(delays.next(retry, asked, ThreadLocalRandom.current()));
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return new Failure(connection, Kind.CANCELLED, "the call was cancelled while waiting to retry");
                        }
                        continue;
                    }
                }
                break;
            }
        }
        return last;
    }

    private static LlmResult retried(LlmResult failure, int retries) {
        if (retries == 0 || !(failure instanceof Failure f)) {
            return failure;
        }
        return new Failure(f.connection(), f.kind(), f.message() + " (tried " + (retries + 1) + " times)");
    }

    /** The outcome of one HTTP exchange. */
    private sealed interface Attempt {
        record Answered(JsonNode json) implements Attempt { }
        record Refused(String message) implements Attempt { }
        record ModeRejected(String message) implements Attempt { }
        record Retryable(Kind kind, String message, Optional<Duration> retryAfter) implements Attempt { }
        record Fatal(Kind kind, String message) implements Attempt { }
    }

    private Attempt attempt(WireProtocol protocol, LlmConnection connection, LlmRequest request, OutputMode mode,
            Duration timeout, Tally tally) {
        tally.attempts++;
        URI endpoint = protocol.endpoint(connection);
        HttpRequest.Builder builder = HttpRequest.newBuilder(endpoint).timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(protocol.body(connection, request, mode)),
                        StandardCharsets.UTF_8));
        if ("http".equalsIgnoreCase(endpoint.getScheme())) {
            builder.version(HttpClient.Version.HTTP_1_1);
        }
        protocol.headers(connection).forEach(builder::header);
        HttpResponse<String> response;
        // The whole exchange, body included, must finish within the timeout: a reply that trickles in would
        // otherwise hold the call (the client's own timeout ends when the headers arrive).
        CompletableFuture<HttpResponse<String>> exchange = http.get().sendAsync(builder.build(), CappedBody.handler());
        try {
            response = exchange.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            exchange.cancel(true);
            return new Attempt.Retryable(Kind.TIMEOUT, "no answer within " + timeout.toSeconds() + " s",
                    Optional.empty());
        } catch (ExecutionException e) {
            return failed(e.getCause(), connection, timeout);
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            return new Attempt.Fatal(Kind.CANCELLED, "the call was cancelled");
        }
        return judge(protocol, request, response, tally);
    }

    /** What a failed exchange means: a timeout, an unreachable server, or an oversized reply. */
    private static Attempt failed(Throwable cause, LlmConnection connection, Duration timeout) {
        Throwable e = cause instanceof IOException && !(cause instanceof CappedBody.TooLarge)
                && cause.getCause() instanceof CappedBody.TooLarge ? cause.getCause() : cause;
        return switch (e) {
            case HttpTimeoutException t -> new Attempt.Retryable(Kind.TIMEOUT, "no answer within "
                    + timeout.toSeconds() + " s", Optional.empty());
            case ConnectException c -> new Attempt.Retryable(Kind.UNREACHABLE, "cannot connect to "
                    + connection.baseUrl() + " (is the server running and the base URL right?)", Optional.empty());
            case CappedBody.TooLarge large -> new Attempt.Fatal(Kind.BAD_ANSWER, large.getMessage());
            default -> new Attempt.Retryable(Kind.UNREACHABLE, "the connection to " + connection.baseUrl()
                    + " failed: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()),
                    Optional.empty());
        };
    }

    private Attempt judge(WireProtocol protocol, LlmRequest request, HttpResponse<String> response, Tally tally) {
        int status = response.statusCode();
        JsonNode body = readJson(response.body());
        if (status >= 200 && status < 300) {
            return answered(protocol, request, body, tally);
        }
        String said = WireProtocol.errorMessage(body);
        if (said == null) {
            said = response.body() == null || response.body().isBlank() ? "no details" : response.body().strip();
        }
        said = truncate(said.replaceAll("\\s+", " "));
        String lower = said.toLowerCase(Locale.ROOT);
        Optional<Duration> retryAfter = RetryDelay.parseRetryAfter(
                response.headers().firstValue("Retry-After").orElse(null), usage.clock());
        boolean modelMissing = lower.contains("model") && (lower.contains("not found") || lower.contains("not_found")
                || lower.contains("does not exist") || lower.contains("unknown model") || lower.contains("not exist"));
        return switch (status) {
            case 400, 422 -> lower.contains("api key") || lower.contains("api_key")
                    ? new Attempt.Fatal(Kind.BAD_KEY, "the API key was refused (" + status + "): " + said)
                    : modelMissing
                    ? new Attempt.Fatal(Kind.UNKNOWN_MODEL, "the model is unknown to the provider (" + status + "): " + said)
                    : CAPABILITY_WORDS.stream().anyMatch(lower::contains)
                            ? new Attempt.ModeRejected(said)
                            : new Attempt.Fatal(Kind.REJECTED, "the provider refused the request (" + status + "): " + said);
            case 401, 403 -> new Attempt.Fatal(Kind.BAD_KEY, "the API key was refused (" + status + "): " + said);
            case 404 -> new Attempt.Fatal(Kind.UNKNOWN_MODEL,
                    "not found (404): the model name or the base URL is wrong: " + said);
            case 408 -> new Attempt.Retryable(Kind.TIMEOUT, "the provider timed out (408): " + said, retryAfter);
            case 429 -> new Attempt.Retryable(Kind.RATE_LIMITED, "rate limited (429): " + said, retryAfter);
            default -> status >= 500
                    ? new Attempt.Retryable(Kind.SERVER_ERROR, "server error (" + status + "): " + said, retryAfter)
                    : new Attempt.Fatal(Kind.REJECTED, "unexpected answer (" + status + "): " + said);
        };
    }

    private Attempt answered(WireProtocol protocol, LlmRequest request, JsonNode body, Tally tally) {
        if (body == null) {
            return new Attempt.Retryable(Kind.BAD_ANSWER, "the provider's reply is not JSON", Optional.empty());
        }
        WireAnswer answer;
        try {
            answer = protocol.answer(body);
        } catch (IllegalArgumentException e) {
            return new Attempt.Retryable(Kind.BAD_ANSWER, "the provider's reply has an unexpected shape: "
                    + e.getMessage(), Optional.empty());
        }
        tally.add(answer.tokensIn(), answer.tokensOut());
        if (answer.refusal()) {
            return new Attempt.Refused(answer.text() == null || answer.text().isBlank() ? "no reason given"
                    : truncate(answer.text()));
        }
        Optional<JsonNode> json = JsonAnswer.parse(answer.text());
        if (json.isEmpty()) {
            String why = answer.text() == null || answer.text().isBlank() ? "the model's answer was empty"
                    : answer.truncated() ? "the model's answer was cut off before the JSON object ended"
                    : "the model's answer is not a complete JSON object";
            return new Attempt.Retryable(Kind.BAD_ANSWER, why, Optional.empty());
        }
        Optional<String> problem = SchemaCheck.problem(request.schema(), json.get());
        if (problem.isPresent()) {
            return new Attempt.Retryable(Kind.BAD_ANSWER, "the model's answer does not have the expected shape: "
                    + problem.get(), Optional.empty());
        }
        return new Attempt.Answered(json.get());
    }

    private void record(LlmConnection connection, LlmRequest request, Tally tally, LlmResult result) {
        String outcome = switch (result) {
            case LlmResult.Reply ignored -> "ok";
            case LlmResult.Refusal ignored -> "refused";
            case Failure failure -> failure.kind().key();
        };
        String error = result instanceof Failure failure ? failure.message()
                : result instanceof LlmResult.Refusal refusal ? refusal.message() : null;
        long latency = (System.nanoTime() - tally.started) / 1_000_000;
        usage.record(new LlmUsageLog.Call(request.purpose().key(), connection.provider().key(), connection.model(),
                tally.mode == null ? null : tally.mode.name().toLowerCase(Locale.ROOT), tally.tokensIn, tally.tokensOut,
                latency, tally.attempts, outcome, error, usage.clock().instant()));
        if (result instanceof Failure failure) {
            LOG.warn("LLM call for {} to {} failed after {} attempt(s) in {} ms: {} {}", request.purpose().key(),
                    connection.describe(), tally.attempts, latency, failure.kind().key(), failure.message());
        } else {
            LOG.info("LLM call for {} to {}: {} after {} attempt(s) in {} ms", request.purpose().key(),
                    connection.describe(), outcome, tally.attempts, latency);
        }
    }

    private static JsonNode readJson(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return Json.MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static String truncate(String text) {
        return text.length() <= MAX_ERROR_CHARS ? text : text.substring(0, MAX_ERROR_CHARS) + "…";
    }

    /** What one call used, across its attempts. */
    private static final class Tally {
        final long started;
        int attempts;
        Integer tokensIn;
        Integer tokensOut;
        OutputMode mode;

        Tally(long started) {
            this.started = started;
        }

        void add(int in, int out) {
            if (in >= 0) {
                tokensIn = (tokensIn == null ? 0 : tokensIn) + in;
            }
            if (out >= 0) {
                tokensOut = (tokensOut == null ? 0 : tokensOut) + out;
            }
        }
    }

}
