package com.custodia.ledger;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;

/**
 * A signed tree head: the RFC 9162 Merkle root of the first {@code treeSize} entries, signed
 * with Ed25519 by one installation's key. Checkpoints travel in anchor files and case files.
 */
public record Checkpoint(String workspaceId, long treeSize, byte[] root, Instant time, String keyFingerprint,
                         byte[] signature) {

    public Checkpoint {
        Objects.requireNonNull(workspaceId);
        Objects.requireNonNull(root);
        Objects.requireNonNull(time);
        Objects.requireNonNull(keyFingerprint);
    }

    /** The exact bytes that are signed; a reviewer rebuilds them from the checkpoint's fields. */
    public static byte[] signedText(String workspaceId, long treeSize, byte[] root, Instant time) {
        String text = "custodia-checkpoint/v1\n" + workspaceId + "\n" + treeSize + "\n"
                + Base64.getEncoder().encodeToString(root) + "\n" + time + "\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }

    public byte[] signedText() {
        return signedText(workspaceId, treeSize, root, time);
    }
}
