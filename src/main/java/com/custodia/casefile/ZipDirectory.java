package com.custodia.casefile;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The central directory of a ZIP archive that may have been made to do harm, read by hand for
 * {@link SafeZip}: every entry checked against the limits, the rules for names and its local
 * header, before one byte of data is inflated.
 */
final class ZipDirectory {

    private static final int LOCAL = 0x04034b50;
    private static final int CENTRAL = 0x02014b50;
    private static final int END = 0x06054b50;
    private static final int END_SIZE = 22;
    private static final int MAX_NAME = 512;
    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");
    private static final int S_IFMT = 0xF000;
    private static final int S_IFLNK = 0xA000;

    private ZipDirectory() {
    }

    /** One entry as the central directory declares it, checked against its local header. */
    record Declared(int index, String name, int flags, int method, long crc, long compressedSize, long size,
                    long localOffset, long dataOffset) {
    }

    /** The entries of the archive in the order of its central directory, after every structural check. */
    static List<Declared> read(FileChannel channel, long length, ArchiveLimits limits) throws IOException {
        if (length < END_SIZE) {
            throw CaseFileException.hostile("The file is too short to be a case file (no ZIP directory).");
        }
        int tail = (int) Math.min(length, END_SIZE + 65_535L);
        ByteBuffer end = readAt(channel, length - tail, tail);
        int at = -1;
        for (int i = tail - END_SIZE; i >= 0; i--) {
            if (end.getInt(i) == END) {
                at = i;
                break;
            }
        }
        if (at < 0) {
            throw CaseFileException.hostile("The file is not a ZIP archive (no end of central directory).");
        }
        if (u16(end, at + 20) != tail - at - END_SIZE) {
            throw CaseFileException.hostile("The archive's end record does not end the file (data or a second "
                    + "archive follows it).");
        }
        int disk = u16(end, at + 4);
        int cdDisk = u16(end, at + 6);
        int onDisk = u16(end, at + 8);
        long count = u16(end, at + 10);
        long cdSize = u32(end, at + 12);
        long cdOffset = u32(end, at + 16);
        if (disk != 0 || cdDisk != 0 || onDisk != count) {
            throw CaseFileException.hostile("The archive claims to span several disks.");
        }
        long endOffset = length - tail + at;
        long cdEnd = endOffset;
        if (count == Zip64.MAGIC_COUNT || cdSize == Zip64.MAGIC || cdOffset == Zip64.MAGIC) {
            if (!limits.zip64()) {
                throw CaseFileException.hostile("The archive uses ZIP64 records, which a case file never needs.");
            }
            Zip64.End zip64 = Zip64.end(channel, endOffset);
            count = zip64.count();
            cdSize = zip64.cdSize();
            cdOffset = zip64.cdOffset();
            cdEnd = zip64.recordOffset();
        }
        if (count > limits.maxEntries()) {
            throw CaseFileException.hostile("The archive has " + count + " entries, more than the "
                    + limits.maxEntries() + " a case file may have.");
        }
        if (cdOffset + cdSize != cdEnd) {
            throw CaseFileException.hostile("The central directory is not where the archive says it is.");
        }
        if (cdSize > Integer.MAX_VALUE - 8) {
            throw CaseFileException.hostile("The archive's central directory is larger than any it may have.");
        }
        ByteBuffer cd = readAt(channel, cdOffset, (int) cdSize);
        List<Declared> entries = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        long declaredTotal = 0;
        int p = 0;
        for (int index = 0; index < (int) count; index++) {
            if (p + 46 > cd.limit() || cd.getInt(p) != CENTRAL) {
                throw CaseFileException.hostile("The central directory is damaged at entry " + (index + 1) + ".");
            }
            int madeBy = u16(cd, p + 4);
            int flags = u16(cd, p + 8);
            int method = u16(cd, p + 10);
            long crc = u32(cd, p + 16);
            long compressed = u32(cd, p + 20);
            long size = u32(cd, p + 24);
            int nameLength = u16(cd, p + 28);
            int extraLength = u16(cd, p + 30);
            int commentLength = u16(cd, p + 32);
            long external = u32(cd, p + 38);
            long localOffset = u32(cd, p + 42);
            if (p + 46 + nameLength + extraLength + commentLength > cd.limit() || nameLength > MAX_NAME) {
                throw CaseFileException.hostile("The central directory is damaged at entry " + (index + 1) + ".");
            }
            byte[] rawName = bytes(cd, p + 46, nameLength);
            String name = checkName(rawName, index);
            ByteBuffer extra = cd.slice(p + 46 + nameLength, extraLength);
            p += 46 + nameLength + extraLength + commentLength;

            String folded = name.toLowerCase(Locale.ROOT);
            if (seen.containsKey(folded)) {
                throw CaseFileException.hostile("The entry \"" + name + "\" appears twice"
                        + (seen.get(folded).equals(name) ? "." : " (as \"" + seen.get(folded) + "\").")
                        + " A duplicate name could show one content and verify another.");
            }
            seen.put(folded, name);
            int unixMode = (int) (external >>> 16) & S_IFMT;
            if (unixMode == S_IFLNK) {
                throw CaseFileException.hostile("The entry \"" + name + "\" is a symbolic link; a case file holds "
                        + "only plain files.");
            }
            if ((flags & 0x1) != 0) {
                throw CaseFileException.hostile("The entry \"" + name + "\" uses ZIP encryption; a case file "
                        + "encrypts its payload itself.");
            }
            if (method != 0 && method != 8) {
                throw CaseFileException.hostile("The entry \"" + name + "\" uses compression method " + method
                        + "; only stored and deflated entries are read.");
            }
            if (compressed == Zip64.MAGIC || size == Zip64.MAGIC || localOffset == Zip64.MAGIC) {
                long[] wide = Zip64.values(limits, extra, name, size, compressed, localOffset);
                size = wide[0];
                compressed = wide[1];
                localOffset = wide[2];
            }
            if (method == 0 && compressed != size) {
                throw CaseFileException.hostile("The stored entry \"" + name + "\" declares " + size + " bytes but "
                        + "occupies " + compressed + ".");
            }
            if (size > compressed * limits.maxRatio() && size > 0) {
                throw CaseFileException.hostile("The entry \"" + name + "\" would unpack " + compressed + " bytes "
                        + "into " + size + ", a compression ratio above " + limits.maxRatio() + ":1.");
            }
            if (size > limits.maxUnpackedTotal() - declaredTotal) {
                throw CaseFileException.hostile("The archive would unpack to more than "
                        + limits.maxUnpackedTotal() / (1024 * 1024) + " MB.");
            }
            declaredTotal += size;
            entries.add(local(channel, new Declared(index + 1, name, flags, method, crc, compressed, size,
                    localOffset, -1), rawName, cdOffset, limits));
        }
        if (p != cd.limit()) {
            throw CaseFileException.hostile("The central directory holds more than its entries.");
        }
        checkNoOverlap(entries, cdOffset);
        return entries;
    }

    /** Reads the entry's local header and refuses it when it tells a different story. */
    private static Declared local(FileChannel channel, Declared d, byte[] rawName, long cdOffset, ArchiveLimits limits)
            throws IOException {
        if (d.localOffset() + 30 > cdOffset) {
            throw CaseFileException.hostile("The entry \"" + d.name() + "\" points outside the archive's data.");
        }
        ByteBuffer h = readAt(channel, d.localOffset(), 30);
        if (h.getInt(0) != LOCAL) {
            throw CaseFileException.hostile("The entry \"" + d.name() + "\" has no local header where the central "
                    + "directory says it starts.");
        }
        int flags = u16(h, 6);
        int method = u16(h, 8);
        long crc = u32(h, 14);
        long compressed = u32(h, 18);
        long size = u32(h, 22);
        int nameLength = u16(h, 26);
        int extraLength = u16(h, 28);
        long dataOffset = d.localOffset() + 30 + nameLength + extraLength;
        if (dataOffset > cdOffset) {
            throw CaseFileException.hostile("The entry \"" + d.name() + "\" points outside the archive's data.");
        }
        byte[] localName = bytes(readAt(channel, d.localOffset() + 30, nameLength), 0, nameLength);
        if (compressed == Zip64.MAGIC || size == Zip64.MAGIC) {
            long[] wide = Zip64.values(limits, readAt(channel, d.localOffset() + 30 + nameLength, extraLength),
                    d.name(), size, compressed, 0);
            size = wide[0];
            compressed = wide[1];
        }
        String disagree = null;
        if (!java.util.Arrays.equals(localName, rawName)) {
            disagree = "the name \"" + new String(localName, StandardCharsets.UTF_8) + "\"";
        } else if (method != d.method()) {
            disagree = "compression method " + method + " instead of " + d.method();
        } else if ((flags & 0x9) != (d.flags() & 0x9)) {
            disagree = "different flags";
        } else if ((flags & 0x8) == 0) {
            if (crc != d.crc()) {
                disagree = "another CRC-32";
            } else if (compressed != d.compressedSize()) {
                disagree = compressed + " compressed bytes instead of " + d.compressedSize();
            } else if (size != d.size()) {
                disagree = size + " bytes instead of " + d.size();
            }
        } else if ((crc != 0 && crc != d.crc()) || (compressed != 0 && compressed != d.compressedSize())
                || (size != 0 && size != d.size())) {
            disagree = "other sizes than the central directory";
        }
        if (disagree != null) {
            throw CaseFileException.hostile("The local header of entry \"" + d.name() + "\" disagrees with the "
                    + "central directory: it gives " + disagree + ".");
        }
        if (dataOffset + d.compressedSize() > cdOffset) {
            throw CaseFileException.hostile("The data of entry \"" + d.name() + "\" runs past the archive's data.");
        }
        return new Declared(d.index(), d.name(), d.flags(), d.method(), d.crc(), d.compressedSize(), d.size(),
                d.localOffset(), dataOffset);
    }

    /** Entries sharing bytes are how some bombs multiply a small file; a real archive never does it. */
    private static void checkNoOverlap(List<Declared> entries, long cdOffset) {
        List<Declared> byOffset = new ArrayList<>(entries);
        byOffset.sort(Comparator.comparingLong(Declared::localOffset));
        long end = 0;
        String previous = null;
        for (Declared d : byOffset) {
            if (d.localOffset() < end) {
                throw CaseFileException.hostile("The entries \"" + previous + "\" and \"" + d.name() + "\" overlap "
                        + "in the archive.");
            }
            end = d.dataOffset() + d.compressedSize();
            previous = d.name();
        }
    }

    /** The rules for a name, each refusal saying which rule it broke. */
    static String checkName(byte[] raw, int index) {
        String name;
        try {
            name = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(raw)).toString();
        } catch (CharacterCodingException e) {
            throw CaseFileException.hostile("The name of entry " + (index + 1) + " is not valid UTF-8.");
        }
        String shown = "\"" + name.replaceAll("\\p{Cntrl}", "?") + "\"";
        if (name.isEmpty()) {
            throw CaseFileException.hostile("Entry " + (index + 1) + " has no name.");
        }
        if (name.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw CaseFileException.hostile("The entry " + shown + " has control characters in its name.");
        }
        if (name.startsWith("/") || name.startsWith("\\")) {
            throw CaseFileException.hostile("The entry " + shown + " has an absolute path.");
        }
        if (DRIVE.matcher(name).matches()) {
            throw CaseFileException.hostile("The entry " + shown + " names a drive letter.");
        }
        if (name.contains("\\")) {
            throw CaseFileException.hostile("The entry " + shown + " has a backslash in its name, which Windows "
                    + "reads as a folder separator.");
        }
        for (String part : name.split("/", -1)) {
            if (part.equals("..")) {
                throw CaseFileException.hostile("The entry " + shown + " leads out of its folder (\"..\").");
            }
        }
        if (name.endsWith("/")) {
            throw CaseFileException.hostile("The entry " + shown + " is a folder; a case file holds only files.");
        }
        for (String part : name.split("/", -1)) {
            if (part.isEmpty() || part.equals(".")) {
                throw CaseFileException.hostile("The entry " + shown + " has an empty or \".\" path segment.");
            }
        }
        return name;
    }

    // ---------------------------------------------------------------- bytes

    /** {@code length} bytes from {@code position}, little-endian; an archive that ends first is refused. */
    static ByteBuffer readAt(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, position + buffer.position());
            if (n < 0) {
                throw CaseFileException.hostile("The archive ends before its headers do.");
            }
        }
        return buffer.flip();
    }

    private static byte[] bytes(ByteBuffer buffer, int at, int length) {
        byte[] b = new byte[length];
        buffer.get(at, b, 0, length);
        return b;
    }

    private static int u16(ByteBuffer b, int at) {
        return b.order(ByteOrder.LITTLE_ENDIAN).getShort(at) & 0xFFFF;
    }

    private static long u32(ByteBuffer b, int at) {
        return b.order(ByteOrder.LITTLE_ENDIAN).getInt(at) & 0xFFFFFFFFL;
    }
}
