package com.custodia.service.ledger;

import com.custodia.ledger.VerificationReport;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The outcome of verifying the ledger, for screens: intact with its size and tree head, or
 * broken at the first broken entry with the kind of break (lower case: "modified", "inserted",
 * "deleted", "reordered", "truncated", "forked") and an explanation.
 *
 * @param summary the line the command line prints: "OK n entries, head h" or "TAMPERED at s: kind"
 */
public record VerificationResult(boolean ok, long entries, String treeHead, int checkpointsChecked, Long brokenAt,
                                 String kind, String detail, String summary) {

    static VerificationResult of(VerificationReport report) {
        return new VerificationResult(report.ok(), report.entries(),
                report.treeHead() == null ? null : HexFormat.of().formatHex(report.treeHead()),
                report.checkpointsChecked(), report.brokenAt(),
                report.kind() == null ? null : report.kind().name().toLowerCase(Locale.ROOT), report.detail(),
                report.summary());
    }
}
