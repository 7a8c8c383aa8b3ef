package com.custodia.app;

/** Placeholder until the console lands. */
final class ConsoleLauncher {
    private ConsoleLauncher() {
    }

    static void launch() {
        throw new UnsupportedOperationException("not yet");
    }
}
