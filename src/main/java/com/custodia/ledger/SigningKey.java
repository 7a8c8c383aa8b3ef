package com.custodia.ledger;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.EdECPrivateKey;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HexFormat;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/**
 * An installation's Ed25519 key pair: signs checkpoints; its fingerprint names it.
 *
 * <p>The keys are made and stored as the JDK's (X.509 and PKCS#8, see {@link KeyFile}); signing
 * and verifying use Bouncy Castle's RFC 8032 code, which verifies about seven times faster than
 * the JDK 17 implementation. Ed25519 signatures are deterministic, so both give the same bytes.
 * A verification checks one signature per checkpoint, a hundred entries apart: at a million
 * entries that is ten thousand signatures (decision 0011).
 */
public final class SigningKey {

    /** The DER prefix of an X.509 SubjectPublicKeyInfo holding an Ed25519 key (RFC 8410); the key's 32 bytes follow. */
    private static final byte[] X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    private final KeyPair pair;
    private final String fingerprint;
    /** The private key's 32-byte seed and the public key's 32 bytes, as RFC 8032 names them. */
    private final byte[] seed;
    private final byte[] rawPublic = new byte[Ed25519.PUBLIC_KEY_SIZE];

    SigningKey(KeyPair pair) {
        this.pair = pair;
        this.fingerprint = fingerprint(pair.getPublic().getEncoded());
        if (!(pair.getPrivate() instanceof EdECPrivateKey edec) || edec.getBytes().isEmpty()
                || edec.getBytes().get().length != Ed25519.SECRET_KEY_SIZE) {
            throw new IllegalArgumentException("not an Ed25519 private key");
        }
        this.seed = edec.getBytes().get();
        // the public key is derived from the seed: a key file whose two halves disagree would otherwise sign
        // with a public key that is not the one it registers, and every checkpoint would fail verification
        Ed25519.generatePublicKey(seed, 0, rawPublic, 0);
        if (!Arrays.equals(rawPublic, raw(pair.getPublic().getEncoded()))) {
            throw new IllegalArgumentException("the public key does not belong to the private key");
        }
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
        return new Checkpoint(workspaceId, treeSize, root, time, fingerprint,
                signMessage(Checkpoint.signedText(workspaceId, treeSize, root, time)));
    }

    /**
     * Signs arbitrary bytes: a case file's manifest. Checkpoints are signed over a text that starts
     * with {@code custodia-checkpoint/v1}, a manifest is JSON starting with a brace, so neither
     * signature can be passed off as the other.
     */
    public byte[] signMessage(byte[] message) {
        byte[] signature = new byte[Ed25519.SIGNATURE_SIZE];
        Ed25519.sign(seed, 0, rawPublic, 0, message, 0, message.length, signature, 0);
        return signature;
    }

    /** Whether the checkpoint's signature was made by the holder of {@code encodedPublicKey}. */
    public static boolean verify(Checkpoint checkpoint, byte[] encodedPublicKey) {
        Verifier verifier = verifier(encodedPublicKey);
        return verifier != null && verifier.verify(checkpoint);
    }

    /** Whether {@code signature} is the signature of {@code message} by the holder of {@code encodedPublicKey}. */
    public static boolean verifyMessage(byte[] encodedPublicKey, byte[] message, byte[] signature) {
        Verifier verifier = verifier(encodedPublicKey);
        return verifier != null && verifier.verify(message, signature);
    }

    /**
     * A verifier for one X.509-encoded public key, decoded once for the many checkpoints it signed;
     * null when the bytes are not an Ed25519 public key.
     */
    public static Verifier verifier(byte[] encodedPublicKey) {
        byte[] raw = raw(encodedPublicKey);
        Ed25519.PublicPoint point = raw == null ? null : Ed25519.validatePublicKeyFullExport(raw, 0);
        return point == null ? null : new Verifier(point);
    }

    /** The 32 key bytes of an X.509-encoded Ed25519 public key, or null when it is something else. */
    private static byte[] raw(byte[] encodedPublicKey) {
        if (encodedPublicKey == null || encodedPublicKey.length != X509_PREFIX.length + Ed25519.PUBLIC_KEY_SIZE
                || !Arrays.equals(encodedPublicKey, 0, X509_PREFIX.length, X509_PREFIX, 0, X509_PREFIX.length)) {
            return null;
        }
        return Arrays.copyOfRange(encodedPublicKey, X509_PREFIX.length, encodedPublicKey.length);
    }

    /** Checks signatures by one public key; safe to share between threads. */
    public static final class Verifier {
        private final Ed25519.PublicPoint key;

        private Verifier(Ed25519.PublicPoint key) {
            this.key = key;
        }

        public boolean verify(Checkpoint checkpoint) {
            return verify(checkpoint.signedText(), checkpoint.signature());
        }

        public boolean verify(byte[] message, byte[] signature) {
            return signature != null && signature.length == Ed25519.SIGNATURE_SIZE
                    && Ed25519.verify(signature, 0, key, message, 0, message.length);
        }
    }
}
