package com.custodia.service.backup;

import com.custodia.casefile.CaseFileException;
import com.custodia.casefile.SafeZip;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a backup file that may have been changed or made to do harm. {@link #check} reads only the
 * archive's directory and its manifest, and refuses anything unexpected before one byte is written
 * to disk; {@link #unpack} then unpacks into a folder the caller owns and compares every entry
 * with the manifest.
 */
final class BackupReader {

    private BackupReader() {
    }

    /**
     * Checks the archive's structure (as a case file's: no paths out of the folder, no absolute
     * names, no links, no duplicates, limits on sizes and ratios), that it holds only the entries
     * a backup holds, and that their names and sizes are those of its manifest.
     */
    static BackupManifest check(Path archive) throws IOException {
        try {
            List<SafeZip.Listed> listed = SafeZip.list(archive, BackupArchive.LIMITS);
            for (SafeZip.Listed entry : listed) {
                if (!BackupArchive.expected(entry.name())) {
                    throw BackupFileException.refused("it holds an entry \"" + entry.name() + "\" that no backup "
                            + "holds.");
                }
            }
            Set<String> names = new HashSet<>();
            listed.forEach(entry -> names.add(entry.name()));
            for (String required : List.of(BackupArchive.MANIFEST, BackupArchive.WORKSPACE, BackupArchive.DATABASE)) {
                if (!names.contains(required)) {
                    throw BackupFileException.refused("it holds no " + required + ".");
                }
            }
            BackupManifest manifest = BackupManifest.parse(SafeZip.read(archive, BackupArchive.MANIFEST,
                    BackupArchive.LIMITS, BackupArchive.MAX_MANIFEST));
            Map<String, BackupManifest.Entry> declared = manifest.byName();
            for (SafeZip.Listed entry : listed) {
                if (entry.name().equals(BackupArchive.MANIFEST)) {
                    continue;
                }
                BackupManifest.Entry expected = declared.get(entry.name());
                if (expected == null) {
                    throw BackupFileException.refused("its entry \"" + entry.name() + "\" is not in its manifest.");
                }
                if (expected.size() != entry.size()) {
                    throw BackupFileException.refused("its entry \"" + entry.name() + "\" is " + entry.size()
                            + " bytes, but its manifest says " + expected.size() + ".");
                }
            }
            if (declared.size() != listed.size() - 1) {
                throw BackupFileException.refused("its manifest names entries the archive does not hold.");
            }
            return manifest;
        } catch (CaseFileException e) {
            throw BackupFileException.refused(e.getMessage());
        }
    }

    /**
     * Unpacks the checked archive into {@code stage}: the archive's entries under numbered names in
     * {@code stage/entries}, compared with the manifest's SHA-256, then moved to their places in
     * {@code stage/workspace}, which is returned.
     */
    static Path unpack(Path archive, BackupManifest manifest, Path stage) throws IOException {
        Path entries = Files.createDirectories(stage.resolve("entries"));
        Map<String, SafeZip.Unpacked> unpacked;
        try {
            unpacked = SafeZip.unpack(archive, entries, BackupArchive.LIMITS);
        } catch (CaseFileException e) {
            throw BackupFileException.refused(e.getMessage());
        }
        Map<String, BackupManifest.Entry> declared = manifest.byName();
        for (SafeZip.Unpacked entry : unpacked.values()) {
            BackupManifest.Entry expected = declared.get(entry.name());
            if (expected != null && !expected.sha256().equalsIgnoreCase(entry.sha256())) {
                throw BackupFileException.refused("the SHA-256 of \"" + entry.name() + "\" differs from the one in its "
                        + "manifest: the file was changed or damaged.");
            }
        }
        Path workspace = Files.createDirectories(stage.resolve("workspace"));
        Files.createDirectories(workspace.resolve(BackupArchive.ANCHORS));
        for (SafeZip.Unpacked entry : unpacked.values()) {
            if (!entry.name().equals(BackupArchive.MANIFEST)) {
                // the name passed BackupArchive.expected: a fixed name, or anchors/ and a checked file name
                Files.move(entry.file(), workspace.resolve(entry.name()));
            }
        }
        return workspace;
    }
}
