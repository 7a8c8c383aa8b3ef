package com.custodia.domain;

/** A database could not be opened or used; {@link #reason()} says why in terms the operator understands. */
public class DatabaseException extends RuntimeException {

    public enum Reason {
        WRONG_PASSPHRASE,
        NOT_A_WORKSPACE,
        /** A server database with no Custodia workspace in it yet (or one whose initialisation stopped early). */
        NOT_INITIALISED,
        WORKSPACE_EXISTS,
        IN_USE,
        CONNECTION_FAILED,
        MIGRATION_FAILED,
        SCHEMA_MISMATCH,
        FAILED
    }

    private final Reason reason;

    public DatabaseException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public DatabaseException(Reason reason, String message) {
        this(reason, message, null);
    }

    public Reason reason() {
        return reason;
    }
}
