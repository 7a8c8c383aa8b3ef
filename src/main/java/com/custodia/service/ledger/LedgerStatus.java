package com.custodia.service.ledger;

import java.time.Instant;

/**
 * The state of the disclosure ledger for the console's status bar: how many entries it holds,
 * its newest signed checkpoint and the outcome of its last verification, by anyone, anywhere.
 *
 * @param entries          entries in the ledger now
 * @param checkpoint       the newest signed checkpoint, or null when none has been signed yet
 * @param lastVerification the last verification, or null when the ledger was never verified
 */
public record LedgerStatus(long entries, Checkpoint checkpoint, Verification lastVerification) {

    /** A signed checkpoint: how many entries it covers and when it was signed. */
    public record Checkpoint(long entries, Instant signedAt) {
    }

    /**
     * One verification as the security log recorded it.
     *
     * @param intact  whether the ledger was found intact
     * @param summary the verifier's line: "OK n entries, head h" or "TAMPERED at s: kind"
     */
    public record Verification(Instant at, String operator, boolean intact, String summary) {
    }
}
