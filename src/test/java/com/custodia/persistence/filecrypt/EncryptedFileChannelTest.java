package com.custodia.persistence.filecrypt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Random;
import org.h2.security.SHA256;
import org.h2.store.fs.encrypt.FileEncrypt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our encrypted file against H2's own {@code FileEncrypt}: the same key, the same bytes on disk,
 * each reads what the other wrote.
 */
class EncryptedFileChannelTest {

    private static final byte[] PASSWORD = EncryptedFilePath.passwordBytes("0123456789abcdef0123".toCharArray());

    @TempDir
    Path dir;

    @Test
    void theKeyIsTheOneH2DerivesFromTheSamePasswordAndSalt() {
        Random random = new Random(1);
        for (int i = 0; i < 20; i++) {
            byte[] password = new byte[1 + random.nextInt(200)];
            byte[] salt = new byte[8];
            random.nextBytes(password);
            random.nextBytes(salt);
            assertThat(SectorCipher.deriveKey(password, salt))
                    .isEqualTo(SHA256.getPBKDF2(password, salt, 10, 16));
        }
    }

    @Test
    void whatWeWriteH2Reads() throws IOException {
        Random random = new Random(7);
        for (int round = 0; round < 30; round++) {
            Path file = dir.resolve("ours-" + round);
            byte[] model = new byte[0];
            try (FileChannel ours = new EncryptedFileChannel("ours", PASSWORD, open(file))) {
                for (int op = 0; op < 25; op++) {
                    long position = random.nextInt(model.length + 2 * SectorCipher.SECTOR);
                    byte[] bytes = new byte[1 + random.nextInt(3 * SectorCipher.SECTOR)];
                    random.nextBytes(bytes);
                    if (position > model.length) {
                        // a gap reads back as whatever its sectors decrypt to; keep the test to content
                        position = model.length;
                    }
                    write(ours, bytes, position);
                    model = apply(model, bytes, (int) position);
                    if (random.nextInt(6) == 0) {
                        int size = random.nextInt(model.length + 1);
                        ours.truncate(size);
                        model = Arrays.copyOf(model, size);
                    }
                }
                assertThat(ours.size()).isEqualTo(model.length);
                assertThat(readAll(ours)).isEqualTo(model);
            }
            assertThat(Files.size(file)).isEqualTo(EncryptedFileChannel.fileLength(model.length));
            try (FileChannel h2 = new FileEncrypt("h2 reads ours", PASSWORD.clone(), open(file))) {
                assertThat(h2.size()).isEqualTo(model.length);
                assertThat(readAll(h2)).isEqualTo(model);
            }
        }
    }

    @Test
    void whatH2WritesWeRead() throws IOException {
        Random random = new Random(11);
        for (int round = 0; round < 30; round++) {
            Path file = dir.resolve("theirs-" + round);
            byte[] model = new byte[0];
            // H2's store writes whole sectors; H2's file mends a partial sector only at the end
            try (FileChannel theirs = new FileEncrypt("theirs", PASSWORD.clone(), open(file))) {
                for (int op = 0; op < 20; op++) {
                    int sectors = model.length / SectorCipher.SECTOR;
                    long position = (long) random.nextInt(sectors + 1) * SectorCipher.SECTOR;
                    byte[] bytes = new byte[SectorCipher.SECTOR * (1 + random.nextInt(4))];
                    random.nextBytes(bytes);
                    write(theirs, bytes, position);
                    model = apply(model, bytes, (int) position);
                }
                if (round % 2 == 1) {
                    byte[] tail = new byte[1 + random.nextInt(SectorCipher.SECTOR - 1)];
                    random.nextBytes(tail);
                    write(theirs, tail, model.length);
                    model = apply(model, tail, model.length);
                }
            }
            try (FileChannel ours = new EncryptedFileChannel("we read theirs", PASSWORD, open(file))) {
                assertThat(ours.size()).isEqualTo(model.length);
                assertThat(readAll(ours)).isEqualTo(model);
                // and a read that starts and ends inside sectors
                int from = random.nextInt(model.length);
                ByteBuffer part = ByteBuffer.allocate(Math.min(5000, model.length - from));
                ours.read(part, from);
                assertThat(part.array()).isEqualTo(Arrays.copyOfRange(model, from, from + part.capacity()));
            }
        }
    }

    @Test
    void truncatingKeepsTheSizeAcrossAReopenAndH2AgreesWithIt() throws IOException {
        Path file = dir.resolve("t");
        byte[] bytes = new byte[3 * SectorCipher.SECTOR + 700];
        new Random(3).nextBytes(bytes);
        try (FileChannel channel = new EncryptedFileChannel("t", PASSWORD, open(file))) {
            write(channel, bytes, 0);
            channel.truncate(SectorCipher.SECTOR + 10);
        }
        byte[] expected = Arrays.copyOf(bytes, SectorCipher.SECTOR + 10);
        try (FileChannel we = new EncryptedFileChannel("t", PASSWORD, open(file))) {
            assertThat(readAll(we)).isEqualTo(expected);
            we.truncate(SectorCipher.SECTOR);
        }
        try (FileChannel h2 = new FileEncrypt("t", PASSWORD.clone(), open(file))) {
            assertThat(readAll(h2)).isEqualTo(Arrays.copyOf(bytes, SectorCipher.SECTOR));
        }
    }

    @Test
    void theBytesOnDiskAreNotThePlainText() throws IOException {
        Path file = dir.resolve("plain");
        byte[] bytes = new byte[2 * SectorCipher.SECTOR];
        Arrays.fill(bytes, (byte) 'x');
        try (FileChannel channel = new EncryptedFileChannel("p", PASSWORD, open(file))) {
            write(channel, bytes, 0);
        }
        byte[] disk = Files.readAllBytes(file);
        assertThat(new String(disk, 0, 10, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("H2encrypt\n");
        byte[] content = Arrays.copyOfRange(disk, EncryptedFileChannel.HEADER_LENGTH, disk.length);
        // the same plain sector twice encrypts differently, and no run of x survives
        assertThat(Arrays.equals(content, 0, SectorCipher.SECTOR, content, SectorCipher.SECTOR, 2 * SectorCipher.SECTOR)).isFalse();
        assertThat(new String(content, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("xxxx");
    }

    @Test
    void anotherPasswordReadsSomethingElse() throws IOException {
        Path file = dir.resolve("k");
        byte[] bytes = new byte[SectorCipher.SECTOR];
        new Random(5).nextBytes(bytes);
        try (FileChannel channel = new EncryptedFileChannel("k", PASSWORD, open(file))) {
            write(channel, bytes, 0);
        }
        byte[] other = EncryptedFilePath.passwordBytes("another password".toCharArray());
        try (FileChannel channel = new EncryptedFileChannel("k", other, open(file))) {
            assertThat(readAll(channel)).hasSize(bytes.length).isNotEqualTo(bytes);
        }
    }

    private static FileChannel open(Path file) throws IOException {
        return FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    }

    private static void write(FileChannel channel, byte[] bytes, long position) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
            position += channel.write(buffer, position);
        }
    }

    private static byte[] readAll(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate((int) channel.size());
        long position = 0;
        while (buffer.hasRemaining()) {
            position += channel.read(buffer, position);
        }
        return buffer.array();
    }

    private static byte[] apply(byte[] model, byte[] bytes, int position) {
        byte[] result = Arrays.copyOf(model, Math.max(model.length, position + bytes.length));
        System.arraycopy(bytes, 0, result, position, bytes.length);
        return result;
    }
}
