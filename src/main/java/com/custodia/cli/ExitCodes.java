package com.custodia.cli;

/**
 * The exit codes of the command line. DESIGN.md section 7 fixes 0, 2, 3 and 4; 1 is for failures
 * nobody anticipated, so scripts can tell "you asked for something wrong" from "Custodia broke"
 * (docs/decisions/0003-exit-codes.md).
 */
public final class ExitCodes {

    /** The command did what was asked. */
    public static final int OK = 0;
    /** An unexpected internal failure: a bug or a broken environment, not the caller's input. */
    public static final int INTERNAL_ERROR = 1;
    /** Usage or input error: unknown option, missing secret, wrong passphrase, folder taken, bad URL. */
    public static final int USAGE = 2;
    /** Integrity failure: a tampered ledger, a broken case-file seal or a changed backup file. */
    public static final int INTEGRITY = 3;
    /** Refused by policy or role, including a refused sign-in. */
    public static final int REFUSED = 4;

    private ExitCodes() {
    }
}
