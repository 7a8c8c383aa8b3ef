package com.custodia.policy;

import java.util.Optional;

/** Minimum strength of operator passwords and workspace passphrases. */
public final class CredentialRules {

    public static final int MIN_PASSWORD_LENGTH = 10;
    public static final int MIN_PASSPHRASE_LENGTH = 12;
    public static final int MAX_SECRET_LENGTH = 1024;

    private CredentialRules() {
    }

    /** Empty when acceptable, otherwise the reason in plain words. */
    public static Optional<String> checkPassword(String username, char[] password) {
        if (password == null || password.length < MIN_PASSWORD_LENGTH) {
            return Optional.of("The password needs at least " + MIN_PASSWORD_LENGTH + " characters.");
        }
        if (password.length > MAX_SECRET_LENGTH) {
            return Optional.of("The password is longer than " + MAX_SECRET_LENGTH + " characters.");
        }
        if (username != null && new String(password).equalsIgnoreCase(username)) {
            return Optional.of("The password must not be the user name.");
        }
        return Optional.empty();
    }

    public static Optional<String> checkPassphrase(char[] passphrase) {
        if (passphrase == null || passphrase.length < MIN_PASSPHRASE_LENGTH) {
            return Optional.of("The passphrase needs at least " + MIN_PASSPHRASE_LENGTH + " characters.");
        }
        if (passphrase.length > MAX_SECRET_LENGTH) {
            return Optional.of("The passphrase is longer than " + MAX_SECRET_LENGTH + " characters.");
        }
        return Optional.empty();
    }

    /** User names: letters, digits, dot, dash, underscore; 2 to 64 characters. */
    public static Optional<String> checkUsername(String username) {
        if (username == null || !username.matches("[A-Za-z0-9._-]{2,64}")) {
            return Optional.of("A user name has 2 to 64 letters, digits, dots, dashes or underscores.");
        }
        return Optional.empty();
    }
}
