package com.custodia.casefile;

import java.util.List;
import java.util.Objects;

/**
 * {@code manifest.json} of a case file (format {@value #FORMAT}): what the case is, who sealed it
 * and where, every payload entry with its SHA-256 and size, the case's ledger entries with their
 * RFC 9162 inclusion proofs and the signed checkpoint they prove against, the installation's public
 * key, and how the payload is encrypted (null when it is not). It holds no personal data: the
 * ledger entries carry the digest of the persons concerned, never their names.
 */
public record Manifest(String format, String caseKind, String caseId, String created, String exporter,
                       String workspaceId, List<EntryRef> entries, LedgerProof ledger, KeyRef key,
                       Encryption encryption) {

    public static final String FORMAT = "custodia-case/1";

    public Manifest {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(caseKind, "caseKind");
        Objects.requireNonNull(caseId, "caseId");
        entries = entries == null ? List.of() : List.copyOf(entries);
    }

    /** A payload entry: its generic name, what it is ({@code case}, {@code report}, {@code attachment}), its bytes' hash. */
    public record EntryRef(String name, String role, String mediaType, long size, String sha256) {
    }

    /** The case's ledger entries and the signed tree head that includes them. */
    public record LedgerProof(CheckpointRef checkpoint, List<ProvenEntry> entries) {
        public LedgerProof {
            entries = entries == null ? List.of() : List.copyOf(entries);
        }
    }

    /** A checkpoint as in an anchor file: root and signature in Base64. */
    public record CheckpointRef(String workspaceId, long treeSize, String rootHash, String time, String keyFingerprint,
                                String signature) {
    }

    /**
     * One ledger entry: its number (the leaf index), its canonical JSON exactly as hashed into the
     * leaf, the leaf hash (hex) and the audit path (hex, leaf to root).
     */
    public record ProvenEntry(long seq, String content, String leafHash, List<String> proof) {
        public ProvenEntry {
            proof = proof == null ? List.of() : List.copyOf(proof);
        }
    }

    /** The installation's Ed25519 public key, X.509 encoded in Base64, and its SHA-256 fingerprint (hex). */
    public record KeyRef(String algorithm, String publicKey, String fingerprint) {
    }

    /** The payload's encryption: cipher, key derivation, its iterations and salt (Base64). */
    public record Encryption(String cipher, String kdf, int iterations, String salt) {
    }
}
