package com.custodia.ledger;

import java.util.HexFormat;

/**
 * The outcome of verifying the ledger: either intact (with its size and tree head) or broken at
 * the first entry found broken, with the kind and an explanation.
 */
public record VerificationReport(long entries, byte[] treeHead, int checkpointsChecked,
                                 Long brokenAt, TamperKind kind, String detail) {

    public static VerificationReport intact(long entries, byte[] treeHead, int checkpoints) {
        return new VerificationReport(entries, treeHead, checkpoints, null, null, null);
    }

    public static VerificationReport broken(long entries, int checkpoints, long at, TamperKind kind, String detail) {
        return new VerificationReport(entries, null, checkpoints, at, kind, detail);
    }

    public boolean ok() {
        return kind == null;
    }

    /** The line the command line prints: "OK n entries, head h" or "TAMPERED at s: kind". */
    public String summary() {
        if (ok()) {
            return "OK " + entries + " entries, head " + HexFormat.of().formatHex(treeHead);
        }
        return "TAMPERED at " + brokenAt + ": " + kind.name().toLowerCase(java.util.Locale.ROOT);
    }
}
