package com.custodia.casefile;

/**
 * Why a case file could not be opened. {@link Problem#HOSTILE} and {@link Problem#BROKEN} say the
 * file itself is unsafe or not what was sealed; the passphrase problems say the reviewer must act.
 */
public final class CaseFileException extends RuntimeException {

    /** What kind of failure this is, so callers can choose an exit code or a badge. */
    public enum Problem {
        /** The archive's structure is dangerous (paths, links, sizes, headers); nothing was read from it. */
        HOSTILE,
        /** The archive is safe to read but is not what was sealed: signature, hashes or proofs fail. */
        BROKEN,
        /** The payload is encrypted and no passphrase was given. */
        PASSPHRASE_NEEDED,
        /** The passphrase given does not decrypt the payload. */
        WRONG_PASSPHRASE
    }

    private final Problem problem;

    public CaseFileException(Problem problem, String message) {
        super(message);
        this.problem = problem;
    }

    public CaseFileException(Problem problem, String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    static CaseFileException hostile(String message) {
        return new CaseFileException(Problem.HOSTILE, message);
    }

    static CaseFileException broken(String message) {
        return new CaseFileException(Problem.BROKEN, message);
    }
}
