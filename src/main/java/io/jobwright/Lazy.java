package io.jobwright;

import java.util.function.Supplier;

/**
 * A value made on first use and kept: for what a start should not wait for when it may be needed much later or
 * never (an HTTP client sets up TLS, the embedding model loads for a second, a font parses for a moment). Thread-safe;
 * the value is made once.
 *
 * @param <T> the value's type
 */
public final class Lazy<T> implements Supplier<T> {

    private final Supplier<T> make;
    private volatile T value;

    public Lazy(Supplier<T> make) {
        this.make = make;
    }

    @Override
    public T get() {
        T made = value;
        if (made == null) {
            synchronized (this) {
                made = value;
                if (made == null) {
                    made = make.get();
                    value = made;
                }
            }
        }
        return made;
    }
}
