package com.custodia.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ZIP64 records are read only where the limits allow them (a workspace backup past 4 GB), as
 * strictly as the rest of an archive; a case file still refuses them.
 */
class Zip64ArchiveTest {

    private static final ArchiveLimits ZIP64 = new ArchiveLimits(100_000, 1L << 40, 100, 1L << 40, true);
    private static final byte[] HELLO = "hello, wide world".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    private Path write(byte[] bytes) throws Exception {
        return Files.write(dir.resolve("archive.zip"), bytes);
    }

    private static String refusal(Path archive, ArchiveLimits limits) {
        try {
            SafeZip.list(archive, limits);
        } catch (CaseFileException e) {
            assertThat(e.problem()).isEqualTo(CaseFileException.Problem.HOSTILE);
            return e.getMessage();
        } catch (Exception e) {
            throw new AssertionError("not a refusal: " + e, e);
        }
        throw new AssertionError("the archive was accepted");
    }

    @Test
    void zip64FieldsAndEndRecordAreReadWhereAllowed() throws Exception {
        Path archive = write(new RawZip().zip64().add(RawZip.Entry.stored("a.txt", HELLO))
                .add(RawZip.Entry.deflated("b/c.txt", HELLO)).bytes());

        assertThat(SafeZip.list(archive, ZIP64)).containsExactly(new SafeZip.Listed("a.txt", HELLO.length),
                new SafeZip.Listed("b/c.txt", HELLO.length));
        Map<String, SafeZip.Unpacked> unpacked = SafeZip.unpack(archive, Files.createDirectory(dir.resolve("out")), ZIP64);
        assertThat(Files.readAllBytes(unpacked.get("b/c.txt").file())).isEqualTo(HELLO);
        assertThat(SafeZip.read(archive, "a.txt", ZIP64, 100)).isEqualTo(HELLO);
    }

    @Test
    void aCaseFileStillRefusesZip64() throws Exception {
        Path archive = write(new RawZip().zip64().add(RawZip.Entry.stored("a.txt", HELLO)).bytes());

        assertThat(refusal(archive, ArchiveLimits.DEFAULT)).contains("ZIP64");
    }

    @Test
    void sizesSaidToBeInAZip64FieldThatIsMissingAreRefused() throws Exception {
        RawZip.Entry entry = RawZip.Entry.stored("a.txt", HELLO);
        entry.noZip64Field = true;

        assertThat(refusal(write(new RawZip().zip64().add(entry).bytes()), ZIP64))
                .contains("gives ZIP64 sizes but no ZIP64 field");
    }

    @Test
    void zip64SizesBeyondTheLimitsOrNegativeAreRefusedWithoutOverflowing() throws Exception {
        RawZip.Entry huge = RawZip.Entry.stored("a.txt", HELLO);
        huge.zip64Size = Long.MAX_VALUE - 10;
        RawZip.Entry negative = RawZip.Entry.stored("a.txt", HELLO);
        negative.zip64Size = -5L;

        assertThat(refusal(write(new RawZip().zip64().add(RawZip.Entry.stored("first.txt", HELLO)).add(huge).bytes()),
                ZIP64)).contains("\"a.txt\" declares 9223372036854775797 bytes");
        assertThat(refusal(write(new RawZip().zip64().add(negative).bytes()), ZIP64)).contains("negative ZIP64 size");
    }

    @Test
    void theJdksZip64EndRecordPastSixtyFiveThousandEntriesIsRead() throws Exception {
        Path archive = dir.resolve("many.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(archive))) {
            for (int i = 0; i < 70_000; i++) {
                zip.putNextEntry(new ZipEntry("e/" + i));
                zip.write(i % 251);
                zip.closeEntry();
            }
        }

        List<SafeZip.Listed> listed = SafeZip.list(archive, ZIP64);
        assertThat(listed).hasSize(70_000);
        assertThat(listed.get(69_999)).isEqualTo(new SafeZip.Listed("e/69999", 1));
        assertThat(SafeZip.read(archive, "e/69999", ZIP64, 1)).containsExactly(69_999 % 251);
        assertThat(refusal(archive, ArchiveLimits.DEFAULT)).contains("ZIP64");
    }

    /**
     * An entry past 4 GB and one after it, as the JDK writes them for a large backup: ZIP64 sizes,
     * offsets and end record. About 9 GB of disk and a minute; run with
     * {@code -Dcustodia.test.zip64.large=true}.
     */
    @Test
    void anEntryPastFourGigabytesAsTheJdkWritesIt() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("custodia.test.zip64.large"),
                "writes 4.3 GB: run with -Dcustodia.test.zip64.large=true");
        Path archive = dir.resolve("large.zip");
        long size = (1L << 32) + 12_345;
        byte[] block = new byte[1 << 20];
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(archive))) {
            zip.setLevel(Deflater.NO_COMPRESSION);
            zip.putNextEntry(new ZipEntry("large.bin"));
            for (long left = size; left > 0; left -= block.length) {
                zip.write(block, 0, (int) Math.min(block.length, left));
            }
            zip.closeEntry();
            zip.setLevel(Deflater.DEFAULT_COMPRESSION);
            zip.putNextEntry(new ZipEntry("after.txt"));
            zip.write(HELLO);
            zip.closeEntry();
        }

        assertThat(SafeZip.list(archive, ZIP64)).containsExactly(new SafeZip.Listed("large.bin", size),
                new SafeZip.Listed("after.txt", HELLO.length));
        assertThat(SafeZip.read(archive, "after.txt", ZIP64, 100)).isEqualTo(HELLO);
        Map<String, SafeZip.Unpacked> unpacked = SafeZip.unpack(archive, Files.createDirectory(dir.resolve("out")), ZIP64);
        assertThat(Files.size(unpacked.get("large.bin").file())).isEqualTo(size);
        assertThat(unpacked.get("after.txt").sha256()).isEqualTo(HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(HELLO)));
        assertThat(refusal(archive, ArchiveLimits.DEFAULT)).contains("more than a case file may be");
    }
}
