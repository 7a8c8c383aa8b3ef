package com.custodia.ledger;

/** A committed ledger entry: its number, content and hashes. */
public record AppendedEntry(long seq, EntryContent content, byte[] leafHash, byte[] chainHash) {
}
