package io.jobwright.cli.bench;

/** A problem that stops the bench (the app did not start, setup or seeding was refused); its message says which. */
final class BenchFailure extends RuntimeException {

    BenchFailure(String message) {
        super(message);
    }
}
