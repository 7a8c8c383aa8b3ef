package com.custodia.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Archives built to do harm are refused before anything is parsed, each with what was wrong, without
 * writing anything outside the temporary folder (which is emptied) and in bounded memory.
 */
class HostileArchiveTest {

    private static final byte[] HELLO = "hello".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    private Path cases;
    private Path temp;

    @BeforeEach
    void folders() throws Exception {
        // the archive sits two folders down, so "../" and "../../" would land in folders the test watches
        cases = Files.createDirectories(dir.resolve("a").resolve("b"));
        temp = Files.createDirectory(dir.resolve("tmp"));
    }

    private String refusal(byte[] archive) throws Exception {
        Path file = Files.write(cases.resolve("hostile.custodia"), archive);
        try (OpenedCase opened = new CaseFileReader(null, temp, ArchiveLimits.DEFAULT).open(file, null)) {
            throw new AssertionError("a hostile archive opened: " + opened.seal());
        } catch (CaseFileException e) {
            assertThat(e.problem()).isEqualTo(CaseFileException.Problem.HOSTILE);
            assertThat(temp).as("the temporary folder is emptied").isEmptyDirectory();
            try (Stream<Path> all = Files.walk(dir)) {
                assertThat(all.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/')))
                        .as("nothing written outside the temporary folder").containsExactly("a/b/hostile.custodia");
            }
            return e.getMessage();
        }
    }

    private static byte[] one(RawZip.Entry e) {
        return new RawZip().add(e).bytes();
    }

    @Test
    void pathsThatLeaveTheFolderAreRefused() throws Exception {
        assertThat(refusal(one(RawZip.Entry.stored("../evil.txt", HELLO)))).contains("\"../evil.txt\" leads out of its folder");
        assertThat(refusal(one(RawZip.Entry.stored("payload/../../evil.txt", HELLO)))).contains("leads out of its folder");
        assertThat(refusal(one(RawZip.Entry.stored("/tmp/evil.txt", HELLO)))).contains("\"/tmp/evil.txt\" has an absolute path");
        assertThat(refusal(one(RawZip.Entry.stored("\\evil.txt", HELLO)))).contains("has an absolute path");
        assertThat(refusal(one(RawZip.Entry.stored("C:/evil.txt", HELLO)))).contains("\"C:/evil.txt\" names a drive letter");
        assertThat(refusal(one(RawZip.Entry.stored("payload\\..\\evil.txt", HELLO)))).contains("backslash");
    }

    @Test
    void linksAreRefused() throws Exception {
        RawZip.Entry link = RawZip.Entry.stored("payload/report.pdf", "/etc/passwd".getBytes(StandardCharsets.UTF_8));
        link.externalAttributes = 0120777L << 16;

        assertThat(refusal(one(link))).contains("\"payload/report.pdf\" is a symbolic link");
    }

    @Test
    void duplicateNamesAreRefused() throws Exception {
        byte[] zip = new RawZip().add(RawZip.Entry.stored("manifest.json", HELLO))
                .add(RawZip.Entry.stored("MANIFEST.json", HELLO)).bytes();

        assertThat(refusal(zip)).contains("\"MANIFEST.json\" appears twice");
    }

    @Test
    void tenThousandAndOneEntriesAreRefusedBeforeAnyIsRead() throws Exception {
        RawZip zip = new RawZip();
        for (int i = 0; i < 10_001; i++) {
            zip.add(RawZip.Entry.stored("payload/attachment-" + i + ".bin", HELLO));
        }

        assertThat(refusal(zip.bytes())).contains("10001 entries, more than the 10000");
    }

    @Test
    void aHighlyCompressedBombIsRefusedByItsRatio() throws Exception {
        byte[] zeros = new byte[50 * 1024 * 1024];

        assertThat(refusal(one(RawZip.Entry.deflated("payload/attachment-1.bin", zeros))))
                .contains("a compression ratio above 100:1");
    }

    @Test
    void aBombThatLiesAboutItsSizeIsStoppedAtTheDeclaredSizeInBoundedMemory() throws Exception {
        byte[] zeros = new byte[150 * 1024 * 1024];
        RawZip.Entry bomb = RawZip.Entry.deflated("payload/attachment-1.bin", zeros);
        bomb.size = (long) bomb.data.length * 50;   // a believable ratio, far below what it inflates to
        bomb.crc = 0;
        byte[] archive = one(bomb);
        zeros = null;

        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        String message = refusal(archive);
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;

        assertThat(message).contains("unpacks to more than the " + bomb.size + " bytes its headers declare");
        assertThat(allocated).as("bytes allocated while refusing a 150 MB bomb").isLessThan(32L * 1024 * 1024);
    }

    @Test
    void moreThanTwoHundredMegabytesInTotalAreRefused() throws Exception {
        RawZip zip = new RawZip();
        byte[] chunk = new byte[1024 * 1024];
        new java.util.Random(1).nextBytes(chunk);
        RawZip.Entry big = RawZip.Entry.deflated("payload/attachment-1.bin", chunk);
        for (int i = 0; i < 201; i++) {
            RawZip.Entry e = new RawZip.Entry();
            e.name = "payload/attachment-" + i + ".bin";
            e.data = big.data;
            e.method = 8;
            e.size = big.size;
            e.crc = big.crc;
            zip.add(e);
        }

        assertThat(refusal(zip.bytes())).contains("would unpack to more than 200 MB");
    }

    @Test
    void localHeadersThatDisagreeWithTheCentralDirectoryAreRefused() throws Exception {
        RawZip.Entry renamed = RawZip.Entry.stored("payload/case.json", HELLO);
        renamed.localName = "payload/evil.json";
        assertThat(refusal(one(renamed))).contains("local header of entry \"payload/case.json\" disagrees")
                .contains("the name \"payload/evil.json\"");

        RawZip.Entry resized = RawZip.Entry.deflated("payload/case.json", "hello hello hello".getBytes(StandardCharsets.UTF_8));
        resized.localSize = 5;
        assertThat(refusal(one(resized))).contains("disagrees with the central directory").contains("5 bytes instead of 17");
    }

    @Test
    void somethingThatIsNoZipIsRefused() throws Exception {
        assertThat(refusal("just some text, long enough to look for a directory".getBytes(StandardCharsets.UTF_8)))
                .contains("not a ZIP archive");
    }
}
