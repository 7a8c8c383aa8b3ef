package com.custodia.cli;

import java.io.Console;

/**
 * Asks the person at the terminal for a secret without echoing it. Tests replace it; production
 * uses {@link System#console()}, which is absent when input or output is redirected, so scripts
 * never hang waiting for an answer nobody can give.
 */
public interface SecretPrompt {

    /** No terminal: every secret must come from the environment. */
    SecretPrompt NONE = new SecretPrompt() {
        @Override
        public boolean available() {
            return false;
        }

        @Override
        public char[] read(String prompt) {
            return null;
        }
    };

    /** Whether there is someone to ask. */
    boolean available();

    /** The answer, or {@code null} when there is no terminal or input ended. */
    char[] read(String prompt);

    /** The JVM's console, looked up once; {@link #NONE} behaviour when there is none. */
    static SecretPrompt systemConsole() {
        Console console = System.console();
        if (console == null) {
            return NONE;
        }
        return new SecretPrompt() {
            @Override
            public boolean available() {
                return true;
            }

            @Override
            public char[] read(String prompt) {
                return console.readPassword("%s", prompt);
            }
        };
    }
}
