package com.custodia.ledger;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/** An installation's Ed25519 key pair: signs checkpoints; its fingerprint names it. */
public final class SigningKey {

    private final KeyPair pair;
    private final String fingerprint;

    SigningKey(KeyPair pair) {
        this.pair = pair;
        this.fingerprint = fingerprint(pair.getPublic().getEncoded());
    }

    public static SigningKey generate() {
        try {
            return new SigningKey(KeyPairGenerator.getInstance("Ed25519").generateKeyPair());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is not available", e);
        }
    }

    KeyPair pair() {
        return pair;
    }

    /** The public key, X.509 (SubjectPublicKeyInfo) encoded, as registered in the workspace. */
    public byte[] publicKey() {
        return pair.getPublic().getEncoded();
    }

    public String fingerprint() {
        return fingerprint;
    }

    /** SHA-256 of the X.509-encoded public key, in hex. */
    public static String fingerprint(byte[] encodedPublicKey) {
        return HexFormat.of().formatHex(Merkle.sha256().digest(encodedPublicKey));
    }

    public Checkpoint sign(String workspaceId, long treeSize, byte[] root, Instant signedAt) {
        // the database keeps microseconds: a finer time (the system clock has nanoseconds) would be
        // read back different from what was signed, and the checkpoint would no longer verify
        Instant time = signedAt.truncatedTo(ChronoUnit.MICROS);
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(pair.getPrivate());
            signer.update(Checkpoint.signedText(workspaceId, treeSize, root, time));
            return new Checkpoint(workspaceId, treeSize, root, time, fingerprint, signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a checkpoint", e);
        }
    }

    /**
     * Signs arbitrary bytes: a case file's manifest. Checkpoints are signed over a text that starts
     * with {@code custodia-checkpoint/v1}, a manifest is JSON starting with a brace, so neither
     * signature can be passed off as the other.
     */
    public byte[] signMessage(byte[] message) {
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(pair.getPrivate());
            signer.update(message);
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign", e);
        }
    }

    /** Whether the checkpoint's signature was made by the holder of {@code encodedPublicKey}. */
    public static boolean verify(Checkpoint checkpoint, byte[] encodedPublicKey) {
        try {
            PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(encodedPublicKey));
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(checkpoint.signedText());
            return checkpoint.signature() != null && verifier.verify(checkpoint.signature());
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }
}
