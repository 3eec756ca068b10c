package io.jobwright.ai.llm;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A response body read as UTF-8 text, up to a size: a provider (or anything at its base URL) that sends more is cut
 * off with {@link TooLarge} instead of filling the heap. Model answers are a few kilobytes.
 */
final class CappedBody implements HttpResponse.BodySubscriber<String> {

    /** The most a reply may hold. */
    static final int MAX_BYTES = 2 * 1024 * 1024;

    /** The reply was larger than {@link #MAX_BYTES}. */
    static final class TooLarge extends IOException {
        TooLarge() {
            super("the reply is larger than " + MAX_BYTES / (1024 * 1024) + " MB");
        }
    }

    private final CompletableFuture<String> body = new CompletableFuture<>();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private Flow.Subscription subscription;

    /** The handler that reads every response this way. */
    static HttpResponse.BodyHandler<String> handler() {
        return info -> new CappedBody();
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (body.isDone()) {
            return;
        }
        for (ByteBuffer item : items) {
            if (bytes.size() + item.remaining() > MAX_BYTES) {
                subscription.cancel();
                body.completeExceptionally(new TooLarge());
                return;
            }
            byte[] chunk = new byte[item.remaining()];
            item.get(chunk);
            bytes.writeBytes(chunk);
        }
    }

    @Override
    public void onError(Throwable error) {
        body.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
        body.complete(bytes.toString(StandardCharsets.UTF_8));
    }

    @Override
    public CompletionStage<String> getBody() {
        return body;
    }
}
