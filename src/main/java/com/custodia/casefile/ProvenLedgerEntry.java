package com.custodia.casefile;

import java.util.Map;

/**
 * A ledger entry of an opened case, checked: its leaf hash rebuilt from its content, and its
 * inclusion proof checked against the signed checkpoint.
 *
 * @param fields the entry's content as read from its canonical JSON (for display)
 */
public record ProvenLedgerEntry(long seq, boolean leafMatches, boolean included, Map<String, Object> fields) {

    public boolean proven() {
        return leafMatches && included;
    }
}
