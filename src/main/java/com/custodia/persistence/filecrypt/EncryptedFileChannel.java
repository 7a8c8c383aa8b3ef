package com.custodia.persistence.filecrypt;

import static com.custodia.persistence.filecrypt.SectorCipher.SECTOR;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import org.h2.store.fs.FileBaseDefault;

/**
 * A file whose content is encrypted sector by sector, in H2's format for encrypted files.
 *
 * <p>Layout of the file on disk: one header sector ({@code "H2encrypt\n"} and an 8-byte salt, the
 * rest zero), then the content's sectors, encrypted. A content size that does not end on a sector
 * boundary is kept by extra zero bytes after the last sector: the file is then one header, every
 * started sector in full, and as many bytes as the last sector holds. Writes and reads of part of
 * a sector go through the whole sector.
 */
final class EncryptedFileChannel extends FileBaseDefault {

    static final int HEADER_LENGTH = SECTOR;
    private static final byte[] MAGIC = "H2encrypt\n".getBytes(StandardCharsets.ISO_8859_1);
    private static final int SALT_LENGTH = 8;
    private static final long SECTOR_MASK = SECTOR - 1;
    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * H2 reads its pages at any offset, so most reads go through whole sectors in a buffer; each
     * thread keeps one for reads up to this size instead of allocating (and zeroing) one per read.
     */
    private static final int MAX_KEPT = 256 * 1024;
    private static final ThreadLocal<byte[]> KEPT = ThreadLocal.withInitial(() -> new byte[MAX_KEPT]);

    private final String name;
    private final FileChannel base;
    private byte[] password;
    private volatile SectorCipher cipher;
    private volatile long size;

    /** Reads nothing yet, so that the caller can lock the file before the first access. */
    EncryptedFileChannel(String name, byte[] password, FileChannel base) {
        this.name = name;
        this.base = base;
        this.password = password.clone();
    }

    /** The content size of an encrypted file of {@code fileLength} bytes on disk. */
    static long contentSize(long fileLength) {
        long size = Math.max(0, fileLength - HEADER_LENGTH);
        return (size & SECTOR_MASK) == 0 ? size : size - SECTOR;
    }

    /** The length on disk of an encrypted file with {@code size} bytes of content. */
    static long fileLength(long size) {
        long partial = size & SECTOR_MASK;
        return HEADER_LENGTH + (partial == 0 ? size : size - partial + SECTOR + partial);
    }

    private SectorCipher cipher() throws IOException {
        SectorCipher c = cipher;
        return c != null ? c : start();
    }

    private synchronized SectorCipher start() throws IOException {
        if (cipher != null) {
            return cipher;
        }
        long length = base.size();
        byte[] salt = new byte[SALT_LENGTH];
        if (length >= HEADER_LENGTH) {
            byte[] header = new byte[MAGIC.length + SALT_LENGTH];
            readFully(ByteBuffer.wrap(header), 0);
            if (!Arrays.equals(header, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
                throw new IOException(name + " is not an encrypted database file");
            }
            System.arraycopy(header, MAGIC.length, salt, 0, SALT_LENGTH);
            size = contentSize(length);
        } else {
            RANDOM.nextBytes(salt);
            byte[] header = new byte[HEADER_LENGTH];
            System.arraycopy(MAGIC, 0, header, 0, MAGIC.length);
            System.arraycopy(salt, 0, header, MAGIC.length, SALT_LENGTH);
            writeFully(ByteBuffer.wrap(header), 0);
            size = 0;
        }
        cipher = new SectorCipher(password, salt);
        Arrays.fill(password, (byte) 0);
        password = null;
        return cipher;
    }

    @Override
    public int read(ByteBuffer dst, long position) throws IOException {
        if (position < 0) {
            throw new IllegalArgumentException("position " + position);
        }
        SectorCipher c = cipher();
        long end = size;
        if (position >= end) {
            return -1;
        }
        int length = (int) Math.min(dst.remaining(), end - position);
        if (length == 0) {
            return 0;
        }
        long first = position & ~SECTOR_MASK;
        int skip = (int) (position - first);
        int span = roundUp(skip + length);
        if (skip == 0 && span == length && dst.hasArray()) {
            int at = dst.arrayOffset() + dst.position();
            ByteBuffer window = dst.duplicate();
            window.limit(dst.position() + length);
            readFully(window, HEADER_LENGTH + first);
            c.decrypt(first / SECTOR, dst.array(), at, length);
            dst.position(dst.position() + length);
            return length;
        }
        byte[] sectors = span <= MAX_KEPT ? KEPT.get() : new byte[span];
        readFully(ByteBuffer.wrap(sectors, 0, span), HEADER_LENGTH + first);
        c.decrypt(first / SECTOR, sectors, 0, span);
        dst.put(sectors, skip, length);
        return length;
    }

    @Override
    public int write(ByteBuffer src, long position) throws IOException {
        if (position < 0) {
            throw new IllegalArgumentException("position " + position);
        }
        SectorCipher c = cipher();
        int length = src.remaining();
        if (length == 0) {
            return 0;
        }
        long first = position & ~SECTOR_MASK;
        int skip = (int) (position - first);
        int span = roundUp(skip + length);
        byte[] sectors = new byte[span];
        if (skip != 0 || span != length) {
            // keep what the first and last sectors already hold around the new bytes
            long stored = roundUp(size) - first;
            int existing = (int) Math.max(0, Math.min(span, stored));
            if (existing > 0) {
                readFully(ByteBuffer.wrap(sectors, 0, existing), HEADER_LENGTH + first);
                c.decrypt(first / SECTOR, sectors, 0, existing);
            }
        }
        src.get(sectors, skip, length);
        c.encrypt(first / SECTOR, sectors, 0, span);
        writeFully(ByteBuffer.wrap(sectors), HEADER_LENGTH + first);
        long newSize = Math.max(size, position + length);
        if (newSize != size || (newSize & SECTOR_MASK) != 0) {
            size = newSize;
            keepLength();
        }
        return length;
    }

    @Override
    public long size() throws IOException {
        cipher();
        return size;
    }

    @Override
    protected void implTruncate(long newSize) throws IOException {
        if (newSize < 0) {
            throw new IllegalArgumentException("size " + newSize);
        }
        cipher();
        if (newSize >= size) {
            return;
        }
        size = newSize;
        base.truncate(fileLength(newSize));
    }

    /** Makes the length on disk say the content size again (see the class comment). */
    private void keepLength() throws IOException {
        long wanted = fileLength(size);
        long actual = base.size();
        if (actual > wanted) {
            base.truncate(wanted);
        } else if (actual < wanted) {
            writeFully(ByteBuffer.allocate((int) (wanted - actual)), actual);
        }
    }

    private static int roundUp(long length) {
        return (int) ((length + SECTOR_MASK) & ~SECTOR_MASK);
    }

    private void readFully(ByteBuffer dst, long position) throws IOException {
        while (dst.hasRemaining()) {
            int n = base.read(dst, position);
            if (n < 0) {
                throw new EOFException(name + ": the file ends inside a sector");
            }
            position += n;
        }
    }

    private void writeFully(ByteBuffer src, long position) throws IOException {
        while (src.hasRemaining()) {
            position += base.write(src, position);
        }
    }

    @Override
    public void force(boolean metaData) throws IOException {
        base.force(metaData);
    }

    @Override
    public FileLock tryLock(long position, long size, boolean shared) throws IOException {
        return base.tryLock(position, size, shared);
    }

    @Override
    protected void implCloseChannel() throws IOException {
        base.close();
    }

    @Override
    public String toString() {
        return name;
    }
}
