package com.custodia.casefile;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;

/**
 * The ZIP64 records of an archive, for the archives that may hold them (a workspace backup past
 * 4 GB; a case file never does, see {@link ArchiveLimits#zip64()}): the end record that the
 * locator before the ordinary end record points to, and the extra field that carries an entry's
 * sizes and offset when the 32-bit fields say {@code 0xFFFFFFFF}. Read as strictly as the rest:
 * no disks, no extensible data, every value where the specification puts it.
 */
final class Zip64 {

    static final long MAGIC = 0xFFFFFFFFL;
    static final int MAGIC_COUNT = 0xFFFF;

    private static final int LOCATOR = 0x07064b50;
    private static final int LOCATOR_SIZE = 20;
    private static final int END = 0x06064b50;
    private static final int END_SIZE = 56;
    private static final int EXTRA_ID = 0x0001;

    private Zip64() {
    }

    /** The central directory as the ZIP64 end record gives it, and where that record starts. */
    record End(long count, long cdSize, long cdOffset, long recordOffset) {
    }

    /** Reads the locator just before the ordinary end record at {@code endOffset}, and the record it points to. */
    static End end(FileChannel channel, long endOffset) throws IOException {
        long locatorOffset = endOffset - LOCATOR_SIZE;
        if (locatorOffset < END_SIZE) {
            throw hostile("its end record asks for ZIP64 records that are not there.");
        }
        ByteBuffer locator = ZipDirectory.readAt(channel, locatorOffset, LOCATOR_SIZE);
        if (locator.getInt(0) != LOCATOR) {
            throw hostile("its end record asks for ZIP64 records that are not there.");
        }
        long recordOffset = locator.getLong(8);
        if (locator.getInt(4) != 0 || locator.getInt(16) != 1) {
            throw CaseFileException.hostile("The archive claims to span several disks.");
        }
        if (recordOffset != locatorOffset - END_SIZE) {
            throw hostile("its ZIP64 end record is not right before its locator.");
        }
        ByteBuffer record = ZipDirectory.readAt(channel, recordOffset, END_SIZE);
        if (record.getInt(0) != END || record.getLong(4) != END_SIZE - 12) {
            throw hostile("its ZIP64 end record is damaged or carries extensible data.");
        }
        if (record.getInt(16) != 0 || record.getInt(20) != 0 || record.getLong(24) != record.getLong(32)) {
            throw CaseFileException.hostile("The archive claims to span several disks.");
        }
        long count = record.getLong(32);
        long cdSize = record.getLong(40);
        long cdOffset = record.getLong(48);
        if (count < 0 || cdSize < 0 || cdOffset < 0 || cdOffset + cdSize != recordOffset) {
            throw CaseFileException.hostile("The central directory is not where the archive says it is.");
        }
        return new End(count, cdSize, cdOffset, recordOffset);
    }

    /**
     * The 64-bit values of an entry's ZIP64 extra field, in the specification's order: the size,
     * the compressed size and the local header's offset, each present only when its 32-bit field
     * is {@link #MAGIC} (the local header carries the first two only). Values given as they are
     * come back unchanged.
     *
     * @param limits whether ZIP64 may be read at all; a case file refuses the entry
     * @param extra  the entry's extra fields
     * @return size, compressed size and offset
     */
    static long[] values(ArchiveLimits limits, ByteBuffer extra, String name, long size, long compressed,
                         long offset) {
        if (!limits.zip64()) {
            throw CaseFileException.hostile("The entry \"" + name + "\" uses ZIP64 sizes, which a case file "
                    + "never needs.");
        }
        int need = (size == MAGIC ? 1 : 0) + (compressed == MAGIC ? 1 : 0) + (offset == MAGIC ? 1 : 0);
        ByteBuffer field = field(extra, name);
        if (field.limit() < 8 * need) {
            throw hostile("the ZIP64 field of entry \"" + name + "\" is shorter than its sizes.");
        }
        long[] out = {size, compressed, offset};
        int at = 0;
        for (int i = 0; i < 3; i++) {
            if (out[i] == MAGIC) {
                out[i] = field.getLong(at);
                at += 8;
                if (out[i] < 0) {
                    throw hostile("entry \"" + name + "\" has a negative ZIP64 size.");
                }
            }
        }
        return out;
    }

    private static ByteBuffer field(ByteBuffer extra, String name) {
        ByteBuffer b = extra.order(ByteOrder.LITTLE_ENDIAN);
        int p = 0;
        while (p + 4 <= b.limit()) {
            int id = b.getShort(p) & 0xFFFF;
            int length = b.getShort(p + 2) & 0xFFFF;
            if (p + 4 + length > b.limit()) {
                break;
            }
            if (id == EXTRA_ID) {
                return b.slice(p + 4, length).order(ByteOrder.LITTLE_ENDIAN);
            }
            p += 4 + length;
        }
        throw hostile("entry \"" + name + "\" gives ZIP64 sizes but no ZIP64 field to hold them.");
    }

    private static CaseFileException hostile(String why) {
        return CaseFileException.hostile("The archive is refused: " + why);
    }
}
