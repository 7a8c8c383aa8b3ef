package com.custodia.casefile;

import com.custodia.ledger.SigningKey;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The cryptography of a case file: SHA-256 of entries, the Ed25519 check of the manifest, and the
 * optional payload encryption.
 *
 * <p>Payload encryption is AES-256-GCM in segments of {@value #SEGMENT} bytes (the STREAM
 * construction): one GCM message per segment, the nonce being a random 7-byte prefix per entry,
 * the segment's number (4 bytes) and a last-segment flag (1 byte), and the entry's name as
 * associated data. Segments let a reviewer decrypt a large attachment in bounded memory (one GCM
 * message must be held whole before its tag can be checked), and the flag and counter make
 * truncating, reordering or moving segments between entries fail the tag check. The key is
 * PBKDF2-HMAC-SHA256 of the passphrase with a 16-byte salt and {@value #ITERATIONS} iterations.
 */
public final class CaseCrypto {

    public static final int ITERATIONS = 600_000;
    public static final int SEGMENT = 64 * 1024;
    public static final String CIPHER_NAME = "AES-256-GCM-STREAM-64K";
    public static final String KDF_NAME = "PBKDF2WithHmacSHA256";
    private static final int PREFIX = 7;
    private static final int TAG = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private CaseCrypto() {
    }

    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String sha256Hex(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    public static byte[] randomSalt() {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return salt;
    }

    /** The AES-256 key for a passphrase; the caller wipes the passphrase. */
    public static SecretKeySpec deriveKey(char[] passphrase, byte[] salt, int iterations) {
        if (iterations < ITERATIONS) {
            throw CaseFileException.broken("The manifest asks for " + iterations + " PBKDF2 iterations, fewer than "
                    + "the " + ITERATIONS + " a case file must use.");
        }
        PBEKeySpec spec = new PBEKeySpec(passphrase, salt, iterations, 256);
        try {
            byte[] key = SecretKeyFactory.getInstance(KDF_NAME).generateSecret(spec).getEncoded();
            return new SecretKeySpec(key, "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2-HMAC-SHA256 is not available", e);
        } finally {
            spec.clearPassword();
        }
    }

    /** Encrypts a whole entry held in memory (the exporter's payloads are built in memory). */
    public static byte[] encrypt(SecretKeySpec key, String entryName, byte[] plain) {
        byte[] prefix = new byte[PREFIX];
        RANDOM.nextBytes(prefix);
        ByteArrayOutputStream out = new ByteArrayOutputStream(plain.length + plain.length / SEGMENT * TAG + 64);
        out.writeBytes(prefix);
        int segments = Math.max(1, (plain.length + SEGMENT - 1) / SEGMENT);
        if (plain.length > 0 && plain.length % SEGMENT == 0) {
            segments++; // a full last segment is followed by an empty one that carries the last flag
        }
        try {
            for (int i = 0; i < segments; i++) {
                int from = Math.min(plain.length, i * SEGMENT);
                int to = Math.min(plain.length, from + SEGMENT);
                Cipher cipher = cipher(Cipher.ENCRYPT_MODE, key, prefix, i, i == segments - 1, entryName);
                out.writeBytes(cipher.doFinal(plain, from, to - from));
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM failed", e);
        }
        return out.toByteArray();
    }

    /**
     * Decrypts an entry of {@code length} bytes from {@code in} to {@code out}, one segment at a time.
     *
     * @throws CaseFileException {@link CaseFileException.Problem#WRONG_PASSPHRASE} when a tag fails: the
     *                           hashes were checked before, so the bytes are those sealed and the key is wrong
     */
    public static void decrypt(SecretKeySpec key, String entryName, InputStream in, long length, OutputStream out)
            throws IOException {
        byte[] prefix = in.readNBytes(PREFIX);
        if (prefix.length != PREFIX || length < PREFIX + TAG) {
            throw CaseFileException.broken("The encrypted entry \"" + entryName + "\" is too short.");
        }
        long left = length - PREFIX;
        int index = 0;
        byte[] buffer = new byte[SEGMENT + TAG];
        try {
            while (left > 0) {
                int n = (int) Math.min(buffer.length, left);
                int read = in.readNBytes(buffer, 0, n);
                if (read != n) {
                    throw CaseFileException.broken("The encrypted entry \"" + entryName + "\" is cut short.");
                }
                left -= n;
                Cipher cipher = cipher(Cipher.DECRYPT_MODE, key, prefix, index++, left == 0, entryName);
                out.write(cipher.doFinal(buffer, 0, n));
            }
        } catch (AEADBadTagException e) {
            throw new CaseFileException(CaseFileException.Problem.WRONG_PASSPHRASE,
                    "Wrong passphrase: the payload could not be decrypted with it.");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM failed", e);
        }
    }

    private static Cipher cipher(int mode, SecretKeySpec key, byte[] prefix, int index, boolean last, String name)
            throws GeneralSecurityException {
        ByteBuffer nonce = ByteBuffer.allocate(12);
        nonce.put(prefix).putInt(index).put((byte) (last ? 1 : 0));
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG * 8, nonce.array()));
        cipher.updateAAD(name.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    /** Whether {@code signature} is the Ed25519 signature of {@code message} by the X.509-encoded key. */
    public static boolean verifyEd25519(byte[] encodedPublicKey, byte[] message, byte[] signature) {
        return SigningKey.verifyMessage(encodedPublicKey, message, signature);
    }
}
