package com.custodia.persistence;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Stretches a workspace passphrase with PBKDF2-HMAC-SHA256. H2's own key derivation is only
 * ten rounds of SHA-256, so the bytes it receives are already the output of this function.
 */
public final class PassphraseKdf {

    public static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    public static final int ITERATIONS = 600_000;
    public static final int SALT_BYTES = 16;

    private PassphraseKdf() {
    }

    public static byte[] newSalt() {
        byte[] salt = new byte[SALT_BYTES];
        new SecureRandom().nextBytes(salt);
        return salt;
    }

    /** Derives {@code bytes} bytes of key material. */
    public static byte[] derive(char[] passphrase, byte[] salt, int iterations, int bytes) {
        if (iterations < ITERATIONS) {
            throw new IllegalArgumentException("at least " + ITERATIONS + " iterations are required");
        }
        PBEKeySpec spec = new PBEKeySpec(passphrase, salt, iterations, bytes * 8);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2-HMAC-SHA256 is not available", e);
        } finally {
            spec.clearPassword();
        }
    }

    static String hex(byte[] bytes, int from, int to) {
        StringBuilder sb = new StringBuilder((to - from) * 2);
        for (int i = from; i < to; i++) {
            sb.append(Character.forDigit((bytes[i] >> 4) & 0xF, 16)).append(Character.forDigit(bytes[i] & 0xF, 16));
        }
        return sb.toString();
    }

    static void wipe(byte[] bytes) {
        Arrays.fill(bytes, (byte) 0);
    }
}
