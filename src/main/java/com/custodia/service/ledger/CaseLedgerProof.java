package com.custodia.service.ledger;

import com.custodia.ledger.Checkpoint;
import com.custodia.ledger.EntryContent;
import java.util.List;

/** A case's ledger entries with their RFC 9162 inclusion proofs, and the signed checkpoint they prove against. */
public record CaseLedgerProof(Checkpoint checkpoint, List<Proven> entries) {

    public CaseLedgerProof {
        entries = List.copyOf(entries);
    }

    /** One entry: its number, content, leaf hash and audit path. */
    public record Proven(long seq, EntryContent content, byte[] leafHash, List<byte[]> path) {
        public Proven {
            path = List.copyOf(path);
        }
    }
}
