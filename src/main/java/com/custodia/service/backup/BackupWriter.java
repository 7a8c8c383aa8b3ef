package com.custodia.service.backup;

import com.custodia.domain.Progress;
import com.custodia.persistence.Database;
import com.custodia.persistence.StoreSnapshot;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a backup archive to a new file: {@code workspace.json}, the anchor files, the database
 * file's encrypted bytes and, last, the manifest with every entry's size and SHA-256.
 *
 * <p>The anchors are copied before the database: the ledger writes an anchor only after its
 * checkpoint is in the database, so a database copied later holds every entry the copied anchors
 * sign. The other order could restore an anchor beyond the database, which reads as truncation.
 */
final class BackupWriter {

    /** What the manifest says besides its entries. */
    record Heading(String workspaceId, java.time.Instant createdAt, String operator, long ledgerSize,
                   String ledgerHead) {
    }

    private final List<BackupManifest.Entry> entries = new ArrayList<>();

    private BackupWriter() {
    }

    /** Writes the archive into {@code file}, which must not exist yet, and returns its manifest. */
    static BackupManifest write(Path file, Path folder, Database database, Heading heading, Progress progress)
            throws IOException {
        BackupWriter writer = new BackupWriter();
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE))) {
            progress.update(0.02, "Copying workspace.json");
            writer.add(zip, BackupArchive.WORKSPACE, out -> out.write(Files.readAllBytes(folder.resolve(
                    BackupArchive.WORKSPACE))));
            progress.update(0.05, "Copying the anchor files");
            for (Path anchor : anchors(folder.resolve(BackupArchive.ANCHORS))) {
                progress.checkCancelled();
                byte[] bytes;
                try {
                    bytes = Files.readAllBytes(anchor);
                } catch (NoSuchFileException gone) {
                    continue; // replaced meanwhile; the newer one is not needed for this copy
                }
                writer.add(zip, BackupArchive.ANCHORS + "/" + anchor.getFileName(), out -> out.write(bytes));
            }
            progress.update(0.1, "Copying the encrypted database file");
            // its bytes are encrypted and do not compress: stored as they are, without spending time on it
            zip.setLevel(Deflater.NO_COMPRESSION);
            writer.add(zip, BackupArchive.DATABASE, out -> StoreSnapshot.copy(database, out,
                    progress.within(0.1, 0.95)));
            zip.setLevel(Deflater.DEFAULT_COMPRESSION);
            BackupManifest manifest = new BackupManifest(BackupManifest.FORMAT, heading.workspaceId(),
                    heading.createdAt(), heading.operator(), heading.ledgerSize(), heading.ledgerHead(),
                    writer.entries);
            zip.putNextEntry(new ZipEntry(BackupArchive.MANIFEST));
            zip.write(manifest.toJson());
            zip.closeEntry();
            progress.update(1.0, "Backup written");
            return manifest;
        }
    }

    private static List<Path> anchors(Path folder) throws IOException {
        TreeSet<Path> files = new TreeSet<>();
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(folder)) {
            for (Path file : listing) {
                if (Files.isRegularFile(file) && BackupArchive.anchorFile(file.getFileName().toString())) {
                    files.add(file);
                }
            }
        }
        return List.copyOf(files);
    }

    @FunctionalInterface
    private interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private void add(ZipOutputStream zip, String name, Content content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        Hashing out = new Hashing(zip);
        content.writeTo(out);
        zip.closeEntry();
        entries.add(new BackupManifest.Entry(name, out.count, HexFormat.of().formatHex(out.digest.digest())));
    }

    /** Counts and hashes what passes through, without closing the archive beneath. */
    private static final class Hashing extends FilterOutputStream {
        private final MessageDigest digest;
        private long count;

        Hashing(OutputStream out) {
            super(out);
            try {
                digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            digest.update((byte) b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            digest.update(b, off, len);
            count += len;
        }

        @Override
        public void close() {
            // the entry is closed by the writer, the archive by its owner
        }
    }
}
