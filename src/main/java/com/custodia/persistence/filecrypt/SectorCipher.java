package com.custodia.persistence.filecrypt;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.concurrent.ConcurrentLinkedQueue;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES in XTS mode over 4 KiB sectors, with the JDK's AES (which uses the processor's AES
 * instructions where it has them).
 *
 * <p>The construction is the one H2 uses for {@code CIPHER=AES} files, so both read each other's
 * files: an AES-128 key from PBKDF2-HMAC-SHA256 over the file password (10 rounds, 8-byte salt);
 * per sector a tweak that is the AES encryption of the sector number (16 bytes, little-endian)
 * under that same key, multiplied by x in GF(2^128) from one 16-byte block to the next.
 *
 * <p>Thread-safe: each call borrows its own pair of cipher objects.
 */
final class SectorCipher {

    static final int SECTOR = 4096;
    private static final int BLOCK = 16;
    private static final int KEY_ROUNDS = 10;
    private static final int KEY_BYTES = 16;
    private static final long GF_FEEDBACK = 0x87;
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final SecretKeySpec key;
    private final ConcurrentLinkedQueue<Worker> idle = new ConcurrentLinkedQueue<>();

    SectorCipher(byte[] password, byte[] salt) {
        byte[] raw = deriveKey(password, salt);
        this.key = new SecretKeySpec(raw, "AES");
        Arrays.fill(raw, (byte) 0);
        // fail now, not on the first read, when the platform lacks the cipher
        idle.add(new Worker());
    }

    /** PBKDF2-HMAC-SHA256 with one output block, cut to the 16 bytes of an AES-128 key. */
    static byte[] deriveKey(byte[] password, byte[] salt) {
        if (password.length == 0) {
            throw new IllegalArgumentException("an empty file password");
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(password, "HmacSHA256"));
            mac.update(salt);
            byte[] u = mac.doFinal(new byte[] {0, 0, 0, 1});
            byte[] result = u.clone();
            for (int round = 1; round < KEY_ROUNDS; round++) {
                u = mac.doFinal(u);
                for (int i = 0; i < result.length; i++) {
                    result[i] ^= u[i];
                }
            }
            return Arrays.copyOf(result, KEY_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** Encrypts whole sectors in place; {@code length} is a multiple of {@link #SECTOR}. */
    void encrypt(long firstSector, byte[] data, int offset, int length) {
        apply(true, firstSector, data, offset, length);
    }

    /** Decrypts whole sectors in place; {@code length} is a multiple of {@link #SECTOR}. */
    void decrypt(long firstSector, byte[] data, int offset, int length) {
        apply(false, firstSector, data, offset, length);
    }

    private void apply(boolean encrypt, long firstSector, byte[] data, int offset, int length) {
        if ((length & (SECTOR - 1)) != 0) {
            throw new IllegalArgumentException("not a whole number of sectors: " + length);
        }
        Worker worker = idle.poll();
        if (worker == null) {
            worker = new Worker();
        }
        try {
            long sector = firstSector;
            for (int at = offset; at < offset + length; at += SECTOR) {
                worker.sector(encrypt, sector++, data, at);
            }
        } finally {
            idle.add(worker);
        }
    }

    private final class Worker {
        private final Cipher encryptor;
        private final Cipher decryptor;
        private final byte[] tweaks = new byte[SECTOR];
        private final byte[] scratch = new byte[SECTOR];
        private final byte[] number = new byte[BLOCK];
        private final byte[] tweak = new byte[BLOCK];

        Worker() {
            try {
                encryptor = Cipher.getInstance("AES/ECB/NoPadding");
                encryptor.init(Cipher.ENCRYPT_MODE, key);
                decryptor = Cipher.getInstance("AES/ECB/NoPadding");
                decryptor.init(Cipher.DECRYPT_MODE, key);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("AES/ECB/NoPadding is not available", e);
            }
        }

        void sector(boolean encrypt, long sector, byte[] data, int at) {
            try {
                LONG.set(number, 0, sector);
                encryptor.update(number, 0, BLOCK, tweak, 0);
                long low = (long) LONG.get(tweak, 0);
                long high = (long) LONG.get(tweak, 8);
                for (int i = 0; i < SECTOR; i += BLOCK) {
                    LONG.set(tweaks, i, low);
                    LONG.set(tweaks, i + 8, high);
                    long carry = high >> 63;
                    high = (high << 1) | (low >>> 63);
                    low = (low << 1) ^ (carry & GF_FEEDBACK);
                }
                for (int i = 0; i < SECTOR; i += 8) {
                    LONG.set(scratch, i, (long) LONG.get(data, at + i) ^ (long) LONG.get(tweaks, i));
                }
                (encrypt ? encryptor : decryptor).update(scratch, 0, SECTOR, data, at);
                for (int i = 0; i < SECTOR; i += 8) {
                    LONG.set(data, at + i, (long) LONG.get(data, at + i) ^ (long) LONG.get(tweaks, i));
                }
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("AES failed", e);
            }
        }
    }
}
