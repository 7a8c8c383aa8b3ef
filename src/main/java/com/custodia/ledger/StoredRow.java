package com.custodia.ledger;

import java.util.HexFormat;

/**
 * One ledger row as read back for verification, reduced to what the checks compare: the leaf
 * hash recomputed from the row's stored fields, the persons digest those fields record and the
 * digest of the persons actually listed, and the stored leaf and chain hashes. Readers compute
 * the first three on their own threads, so the verifier that walks the chain in order does
 * little per row.
 *
 * @param contentLeaf           the leaf hash of the stored fields, or null when they no longer form an entry
 *                              (a value no entry can have, such as an unknown legal basis)
 * @param recordedPersonsDigest the persons digest the stored fields record, as stored (32 bytes unless edited)
 * @param actualPersonsDigest   the digest of the persons listed for the row, or null when not checked
 * @param leafHash              the stored leaf hash, or null when it is not a hash
 * @param chainHash             the stored chain hash, or null when it is not a hash
 */
public record StoredRow(long seq, byte[] contentLeaf, byte[] recordedPersonsDigest, byte[] actualPersonsDigest,
                        byte[] leafHash, byte[] chainHash) {

    /** A row whose stored fields are the given content; the digest of its listed persons in hexadecimal. */
    public static StoredRow of(long seq, EntryContent content, String actualPersonsDigest, byte[] leafHash,
                               byte[] chainHash) {
        return new StoredRow(seq, content.leafHash(), HexFormat.of().parseHex(content.personsDigest()),
                actualPersonsDigest == null ? null : HexFormat.of().parseHex(actualPersonsDigest), leafHash, chainHash);
    }

    /** The same row under another number, as a renumbering would leave it. */
    public StoredRow withSeq(long newSeq) {
        return new StoredRow(newSeq, contentLeaf, recordedPersonsDigest, actualPersonsDigest, leafHash, chainHash);
    }
}
