package com.custodia.cli;

import java.util.Arrays;
import java.util.Map;

/**
 * Finds the secrets a command needs: in the environment first, then by asking at the terminal.
 * They are never taken from arguments, which other users of the machine can read in the process
 * list and which shells keep in their history.
 */
final class Secrets {

    static final String PASSPHRASE = "CUSTODIA_PASSPHRASE";
    static final String PASSWORD = "CUSTODIA_PASSWORD";
    static final String DB_PASSWORD = "CUSTODIA_DB_PASSWORD";
    static final String CASE_PASSPHRASE = "CUSTODIA_CASE_PASSPHRASE";

    private final Map<String, String> environment;
    private final SecretPrompt prompt;

    Secrets(Map<String, String> environment, SecretPrompt prompt) {
        this.environment = environment;
        this.prompt = prompt;
    }

    /** The passphrase of an existing workspace. */
    char[] passphrase() {
        return required(PASSPHRASE, "passphrase", "Workspace passphrase: ");
    }

    /**
     * On a server, the passphrase of this workstation's signing key, or null when
     * {@value #PASSPHRASE} is not set. Never asked for: reading and verifying the ledger need no key,
     * and the commands that sign say so when it is missing.
     */
    char[] keyPassphrase() {
        String value = environment.get(PASSPHRASE);
        return value == null || value.isEmpty() ? null : value.toCharArray();
    }

    /** The passphrase for a new workspace; asked twice, since a typo would lock the owner out for good. */
    char[] newPassphrase() {
        return requiredNew(PASSPHRASE, "passphrase", "Passphrase for the new workspace: ");
    }

    /** The passphrase that encrypts a case file's payload; asked twice, since the reviewer needs it exactly. */
    char[] newCasePassphrase() {
        return requiredNew(CASE_PASSPHRASE, "case file passphrase", "Passphrase for the case file: ");
    }

    /**
     * The passphrase of an encrypted case file, or null when it is neither in the environment nor
     * can be asked for (the case then opens without its payload).
     */
    char[] casePassphrase() {
        String value = environment.get(CASE_PASSPHRASE);
        if (value != null) {
            return value.toCharArray();
        }
        return prompt.available() ? prompt.read("Passphrase of the case file: ") : null;
    }

    /** The password of the operator signing in. */
    char[] password(String username) {
        return required(PASSWORD, "password", "Password for " + username + ": ");
    }

    /** The password of a new administrator; asked twice. */
    char[] newPassword(String username) {
        return requiredNew(PASSWORD, "password", "Password for the new administrator " + username + ": ");
    }

    /**
     * The database server password. Servers with trust authentication need none, so when the
     * variable is absent and there is no terminal the answer is "no password" rather than an error;
     * an empty value means the same.
     */
    char[] databasePassword(String serverLabel) {
        String value = environment.get(DB_PASSWORD);
        if (value != null) {
            return value.toCharArray();
        }
        if (!prompt.available()) {
            return new char[0];
        }
        char[] answer = prompt.read("Database password for " + serverLabel + " (empty for none): ");
        return answer == null ? new char[0] : answer;
    }

    private char[] required(String variable, String what, String question) {
        String value = environment.get(variable);
        if (value != null) {
            return value.toCharArray();
        }
        char[] answer = prompt.available() ? prompt.read(question) : null;
        if (answer == null) {
            throw missing(variable, what);
        }
        return answer;
    }

    private char[] requiredNew(String variable, String what, String question) {
        String value = environment.get(variable);
        if (value != null) {
            return value.toCharArray();
        }
        char[] first = required(variable, what, question);
        char[] second = prompt.read("Repeat the " + what + ": ");
        try {
            if (second == null) {
                throw missing(variable, what);
            }
            if (!Arrays.equals(first, second)) {
                Arrays.fill(first, '\0');
                throw new CommandFailure(ExitCodes.USAGE, "The two " + what + "s differ; nothing was created.");
            }
            return first;
        } finally {
            if (second != null) {
                Arrays.fill(second, '\0');
            }
        }
    }

    private static CommandFailure missing(String variable, String what) {
        return new CommandFailure(ExitCodes.USAGE, "No " + what + " given: set the environment variable "
                + variable + ", or run the command in a terminal to be asked.");
    }

    /** Overwrites a secret once it is used, so it does not linger in the heap until collected. */
    static void wipe(char[]... secrets) {
        for (char[] secret : secrets) {
            if (secret != null) {
                Arrays.fill(secret, '\0');
            }
        }
    }
}
