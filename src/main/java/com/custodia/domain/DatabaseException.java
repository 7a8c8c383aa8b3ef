package com.custodia.domain;

/** A database could not be opened or used; {@link #reason()} says why in terms the operator understands. */
public class DatabaseException extends RuntimeException {

    public enum Reason {
        WRONG_PASSPHRASE,
        NOT_A_WORKSPACE,
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
