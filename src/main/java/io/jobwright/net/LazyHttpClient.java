package io.jobwright.net;

import java.net.http.HttpClient;
import java.util.function.Supplier;

/**
 * An {@link HttpClient} built on first use. Building one sets up TLS (the default SSL context and its trust store:
 * about 0.2 s on a cold JVM), which a start should not wait for when the first outbound request may come much later
 * or never. Thread-safe; built once.
 */
public final class LazyHttpClient implements Supplier<HttpClient> {

    private final Supplier<HttpClient> build;
    private volatile HttpClient client;

    public LazyHttpClient(Supplier<HttpClient> build) {
        this.build = build;
    }

    @Override
    public HttpClient get() {
        HttpClient built = client;
        if (built == null) {
            synchronized (this) {
                built = client;
                if (built == null) {
                    built = build.get();
                    client = built;
                }
            }
        }
        return built;
    }
}
