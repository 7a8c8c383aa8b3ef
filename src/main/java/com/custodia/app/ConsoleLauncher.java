package com.custodia.app;

import javafx.application.Application;

/** Starts the JavaFX console; kept apart so {@link Launcher} loads no JavaFX class for the command line. */
final class ConsoleLauncher {
    private ConsoleLauncher() {
    }

    static void launch() {
        Warmup.beforeToolkit();
        Application.launch(CustodiaApp.class);
    }
}
