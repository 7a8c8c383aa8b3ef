package com.custodia.persistence.filecrypt;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Tells a wrong key from a damaged file: H2's store file begins with a text header ({@code H:2,...});
 * a file that cannot be opened, but whose first sector decrypts to that header under a key, was
 * opened with the right key.
 */
public final class StoreHeader {

    private static final byte[] START = "H:2,".getBytes(StandardCharsets.ISO_8859_1);

    private StoreHeader() {
    }

    /** Whether the encrypted store {@code file} decrypts to a store header under {@code password}. */
    public static boolean opensWith(Path file, byte[] password) {
        try (FileChannel base = FileChannel.open(file, StandardOpenOption.READ);
                EncryptedFileChannel channel = new EncryptedFileChannel(file.toString(), password, base)) {
            if (channel.size() < START.length) {
                return false;
            }
            ByteBuffer start = ByteBuffer.allocate(START.length);
            channel.read(start, 0);
            return java.util.Arrays.equals(start.array(), START);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
