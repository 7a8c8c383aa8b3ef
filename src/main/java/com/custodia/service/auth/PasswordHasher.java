package com.custodia.service.auth;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Slow password hashing: PBKDF2-HMAC-SHA256 with a per-operator 128-bit salt.
 * Stored as {@code pbkdf2-sha256$<iterations>$<salt>$<hash>} so the cost can rise later.
 */
public final class PasswordHasher {

    public static final int STANDARD_ITERATIONS = 600_000;
    private static final String PREFIX = "pbkdf2-sha256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;

    private final int iterations;
    private final SecureRandom random = new SecureRandom();
    /** Verified against when the user is unknown, so both paths cost the same time. */
    private final String dummyHash;

    private PasswordHasher(int iterations) {
        this.iterations = iterations;
        this.dummyHash = hash("not-a-password".toCharArray());
    }

    /** The production cost (600,000 iterations, the floor DESIGN.md sets). */
    public static PasswordHasher standard() {
        return new PasswordHasher(STANDARD_ITERATIONS);
    }

    /**
     * A cheaper hasher for tests that create many operators. Hashes it makes are upgraded by
     * {@link #needsRehash} as soon as a standard hasher sees them.
     */
    public static PasswordHasher forTestsOnly(int iterations) {
        return new PasswordHasher(iterations);
    }

    public int iterations() {
        return iterations;
    }

    public String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = pbkdf2(password, salt, iterations);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return PREFIX + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    /** Constant-time comparison of the password against a stored hash. */
    public boolean verify(char[] password, String stored) {
        String[] parts = stored == null ? new String[0] : stored.split("\\$");
        if (parts.length != 4 || !PREFIX.equals(parts[0])) {
            return false;
        }
        int storedIterations = Integer.parseInt(parts[1]);
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        byte[] expected = Base64.getDecoder().decode(parts[3]);
        byte[] actual = pbkdf2(password, salt, storedIterations);
        return MessageDigest.isEqual(expected, actual);
    }

    /** Spends the same time as a real verification; used for unknown user names. */
    public void verifyDummy(char[] password) {
        verify(password, dummyHash);
    }

    public boolean needsRehash(String stored) {
        String[] parts = stored.split("\\$");
        return parts.length != 4 || Integer.parseInt(parts[1]) < iterations;
    }

    private static byte[] pbkdf2(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BYTES * 8);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2-HMAC-SHA256 is not available", e);
        } finally {
            spec.clearPassword();
        }
    }
}
