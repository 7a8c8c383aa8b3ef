package com.custodia.ledger;

/**
 * One ledger row as read back for verification: its stored content and hashes, and the digest
 * of the persons actually listed for it (null when the reader does not check them).
 */
public record StoredRow(long seq, EntryContent content, String actualPersonsDigest, byte[] leafHash, byte[] chainHash) {
}
