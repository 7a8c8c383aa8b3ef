package com.custodia.ledger;

/** How the ledger was found broken (DESIGN.md section 5). */
public enum TamperKind {
    /** An entry's content no longer matches its hash, or a signed checkpoint no longer matches the entries. */
    MODIFIED,
    /** An entry appears that was not in the chain. */
    INSERTED,
    /** An entry of the chain is missing. */
    DELETED,
    /** Entries are in another order than they were appended. */
    REORDERED,
    /** Fewer entries than a signed checkpoint or the head has. */
    TRUNCATED,
    /** The entries diverge from a signed checkpoint kept outside the database. */
    FORKED
}
