package io.jobwright.cli;

import io.jobwright.App;
import io.jobwright.config.Config;

/** Entry point: starts the server (the full CLI comes with its commands). */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        App app = App.start(Config.load());
        Runtime.getRuntime().addShutdownHook(new Thread(app::close));
    }
}
