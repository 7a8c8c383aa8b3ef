package com.custodia.ledger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The installation's signing key on disk, outside the database: the private key encrypted with
 * AES-256-GCM under a key stretched from the passphrase (PBKDF2-HMAC-SHA256, 600,000 rounds).
 * Whoever copies the database alone cannot sign checkpoints.
 */
public final class KeyFile {

    public static final int ITERATIONS = 600_000;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The file's content. */
    public record Stored(int format, String algorithm, String publicKey, String kdf, int iterations,
                         String salt, String iv, String encryptedPrivateKey) {
    }

    /** The passphrase does not open this key file. */
    public static final class WrongPassphraseException extends RuntimeException {
        public WrongPassphraseException() {
            super("Wrong passphrase for the signing key.");
        }
    }

    private KeyFile() {
    }

    public static boolean exists(Path file) {
        return Files.isRegularFile(file);
    }

    /** Writes a new key file; refuses to overwrite one. */
    public static void write(Path file, SigningKey key, char[] passphrase) throws IOException {
        SecureRandom random = new SecureRandom();
        byte[] salt = new byte[16];
        byte[] iv = new byte[12];
        random.nextBytes(salt);
        random.nextBytes(iv);
        byte[] encrypted;
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, aesKey(passphrase, salt, ITERATIONS), new GCMParameterSpec(128, iv));
            encrypted = cipher.doFinal(key.pair().getPrivate().getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt the signing key", e);
        }
        Base64.Encoder b64 = Base64.getEncoder();
        Stored stored = new Stored(1, "Ed25519", b64.encodeToString(key.publicKey()), "PBKDF2WithHmacSHA256",
                ITERATIONS, b64.encodeToString(salt), b64.encodeToString(iv), b64.encodeToString(encrypted));
        Files.createDirectories(file.getParent());
        byte[] bytes = JSON.writeValueAsBytes(stored);
        Files.write(file, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system (Windows): the user profile folder's ACL protects it
        }
    }

    public static SigningKey read(Path file, char[] passphrase) throws IOException {
        Stored stored = JSON.readValue(file.toFile(), Stored.class);
        Base64.Decoder b64 = Base64.getDecoder();
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, aesKey(passphrase, b64.decode(stored.salt()), stored.iterations()),
                    new GCMParameterSpec(128, b64.decode(stored.iv())));
            byte[] pkcs8 = cipher.doFinal(b64.decode(stored.encryptedPrivateKey()));
            KeyFactory factory = KeyFactory.getInstance("Ed25519");
            PrivateKey privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
            PublicKey publicKey = factory.generatePublic(new X509EncodedKeySpec(b64.decode(stored.publicKey())));
            return new SigningKey(new KeyPair(publicKey, privateKey));
        } catch (AEADBadTagException e) {
            throw new WrongPassphraseException();
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IOException("the signing key file is damaged: " + e.getMessage(), e);
        }
    }

    private static SecretKeySpec aesKey(char[] passphrase, byte[] salt, int iterations) throws GeneralSecurityException {
        if (iterations < ITERATIONS) {
            throw new GeneralSecurityException("key file uses fewer than " + ITERATIONS + " iterations");
        }
        PBEKeySpec spec = new PBEKeySpec(passphrase, salt, iterations, 256);
        try {
            return new SecretKeySpec(SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded(), "AES");
        } finally {
            spec.clearPassword();
        }
    }
}
