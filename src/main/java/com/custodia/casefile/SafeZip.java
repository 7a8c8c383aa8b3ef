package com.custodia.casefile;

import com.custodia.casefile.ZipDirectory.Declared;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Reads a ZIP archive that may have been made to do harm. The central directory is read by hand
 * (not through {@code java.util.zip.ZipFile}, which trusts what it is told), every entry is checked
 * against the limits and against its local header before one byte of data is inflated, and data
 * is then inflated in 64 KiB steps, counting what comes out instead of believing the declared
 * sizes. Entries are unpacked into a work folder the caller owns, under names made from their
 * position ({@code entry-00001.bin}): a name inside the archive never becomes a path on disk.
 * The directory and its checks are {@link ZipDirectory}'s; this class reads the data.
 */
public final class SafeZip {

    private static final int STEP = 64 * 1024;

    private SafeZip() {
    }

    /** An unpacked entry: the file it was written to, its actual size and SHA-256. */
    public record Unpacked(String name, Path file, long size, String sha256) {
    }

    /**
     * Checks the archive's structure, then unpacks every entry into {@code workFolder}.
     *
     * @return the entries by name, in the order of the central directory
     * @throws CaseFileException {@link CaseFileException.Problem#HOSTILE} naming what was wrong; what was
     *                           unpacked so far stays in {@code workFolder} for the caller to delete
     */
    public static Map<String, Unpacked> unpack(Path archive, Path workFolder, ArchiveLimits limits) throws IOException {
        try (FileChannel channel = FileChannel.open(archive, StandardOpenOption.READ)) {
            long length = channel.size();
            checkLength(length, limits);
            List<Declared> entries = ZipDirectory.read(channel, length, limits);
            Map<String, Unpacked> out = new LinkedHashMap<>();
            long total = 0;
            for (Declared entry : entries) {
                Path target = workFolder.resolve(String.format(Locale.ROOT, "entry-%05d.bin", entry.index()));
                Unpacked unpacked = inflate(channel, entry, target, limits.maxUnpackedTotal() - total);
                total += unpacked.size();
                out.put(entry.name(), unpacked);
            }
            return out;
        }
    }

    /** An entry as the archive's directory declares it, after every structural check. */
    public record Listed(String name, long size) {
    }

    /**
     * Checks the archive's structure as {@link #unpack} does, without unpacking anything, and lists
     * its entries in the order of the central directory.
     */
    public static List<Listed> list(Path archive, ArchiveLimits limits) throws IOException {
        try (FileChannel channel = FileChannel.open(archive, StandardOpenOption.READ)) {
            checkLength(channel.size(), limits);
            return ZipDirectory.read(channel, channel.size(), limits).stream()
                    .map(d -> new Listed(d.name(), d.size())).toList();
        }
    }

    /**
     * Inflates one small entry into memory with the same checks as {@link #unpack}, for reading a
     * manifest before anything is written to disk.
     */
    public static byte[] read(Path archive, String name, ArchiveLimits limits, int maxSize) throws IOException {
        try (FileChannel channel = FileChannel.open(archive, StandardOpenOption.READ)) {
            checkLength(channel.size(), limits);
            for (Declared entry : ZipDirectory.read(channel, channel.size(), limits)) {
                if (entry.name().equals(name)) {
                    if (entry.size() > maxSize) {
                        throw CaseFileException.hostile("The entry \"" + name + "\" is " + entry.size()
                                + " bytes, more than the " + maxSize + " it may have.");
                    }
                    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream((int) entry.size());
                    inflate(channel, entry, bytes, maxSize);
                    return bytes.toByteArray();
                }
            }
            throw CaseFileException.hostile("The archive holds no \"" + name + "\".");
        }
    }

    private static void checkLength(long length, ArchiveLimits limits) {
        if (length > limits.maxArchiveSize()) {
            throw CaseFileException.hostile("The file is " + length + " bytes, more than a case file may be ("
                    + limits.maxArchiveSize() + ").");
        }
    }

    // ---------------------------------------------------------------- the data

    private static Unpacked inflate(FileChannel channel, Declared d, Path target, long budget) throws IOException {
        try (OutputStream file = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE)) {
            return new Unpacked(d.name(), target, d.size(), inflate(channel, d, file, budget));
        }
    }

    /** Inflates the entry into {@code sink} and returns its SHA-256 in hexadecimal. */
    private static String inflate(FileChannel channel, Declared d, OutputStream file, long budget) throws IOException {
        MessageDigest sha = CaseCrypto.sha256();
        CRC32 crc = new CRC32();
        long produced = 0;
        long position = d.dataOffset();
        long remaining = d.compressedSize();
        ByteBuffer in = ByteBuffer.allocate(STEP);
        byte[] out = new byte[STEP];
        Inflater inflater = d.method() == 8 ? new Inflater(true) : null;
        try {
            if (inflater == null) {
                while (remaining > 0) {
                    int n = readStep(channel, in, position, remaining, d);
                    position += n;
                    remaining -= n;
                    produced = count(d, produced, n, budget);
                    sha.update(in.array(), 0, n);
                    crc.update(in.array(), 0, n);
                    file.write(in.array(), 0, n);
                }
            } else {
                while (!inflater.finished()) {
                    if (inflater.needsInput()) {
                        if (remaining == 0) {
                            throw CaseFileException.hostile("The data of entry \"" + d.name() + "\" ends before its "
                                    + "deflate stream does.");
                        }
                        int n = readStep(channel, in, position, remaining, d);
                        position += n;
                        remaining -= n;
                        inflater.setInput(in.array(), 0, n);
                    }
                    int n = inflater.inflate(out);
                    if (n == 0 && inflater.needsDictionary()) {
                        throw CaseFileException.hostile("The data of entry \"" + d.name() + "\" is not valid "
                                + "deflate data.");
                    }
                    produced = count(d, produced, n, budget);
                    sha.update(out, 0, n);
                    crc.update(out, 0, n);
                    file.write(out, 0, n);
                }
            }
        } catch (DataFormatException e) {
            throw CaseFileException.hostile("The data of entry \"" + d.name() + "\" is not valid deflate data.");
        } finally {
            if (inflater != null) {
                inflater.end();
            }
        }
        if (produced != d.size()) {
            throw CaseFileException.hostile("The entry \"" + d.name() + "\" unpacks to " + produced + " bytes, not "
                    + "the " + d.size() + " its headers declare.");
        }
        if (crc.getValue() != d.crc()) {
            throw CaseFileException.hostile("The entry \"" + d.name() + "\" fails its CRC-32 check: its data was "
                    + "changed or damaged.");
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static int readStep(FileChannel channel, ByteBuffer in, long position, long remaining, Declared d)
            throws IOException {
        in.clear();
        in.limit((int) Math.min(STEP, remaining));
        int n = channel.read(in, position);
        if (n <= 0) {
            throw CaseFileException.hostile("The data of entry \"" + d.name() + "\" is cut short.");
        }
        return n;
    }

    /** Counts what came out, stopping the moment it passes the declared size or the archive's budget. */
    private static long count(Declared d, long produced, int more, long budget) {
        long now = produced + more;
        if (now > d.size()) {
            throw CaseFileException.hostile("The entry \"" + d.name() + "\" unpacks to more than the " + d.size()
                    + " bytes its headers declare (a compression bomb); stopped reading it.");
        }
        if (now > budget) {
            throw CaseFileException.hostile("The archive unpacks to more than the total a case file may hold.");
        }
        return now;
    }
}
