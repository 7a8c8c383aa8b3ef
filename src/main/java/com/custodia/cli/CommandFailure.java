package com.custodia.cli;

/**
 * A failure the command line itself detects (a missing secret, a missing {@code --user}), with the
 * exit code to end with. Its message is printed as is, so it must read well on its own.
 */
final class CommandFailure extends RuntimeException {

    private final int exitCode;

    CommandFailure(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
