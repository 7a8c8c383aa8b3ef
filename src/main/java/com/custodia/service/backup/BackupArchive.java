package com.custodia.service.backup;

import com.custodia.casefile.ArchiveLimits;
import com.custodia.persistence.WorkspaceFile;
import java.util.regex.Pattern;

/**
 * The names and limits of a backup file, shared by the writer and the reader: which entries a
 * backup may hold and where each goes in a workspace folder.
 */
final class BackupArchive {

    static final String MANIFEST = "manifest.json";
    static final String WORKSPACE = WorkspaceFile.FILE_NAME;
    static final String DATABASE = WorkspaceFile.DATABASE_NAME + ".mv.db";
    static final String ANCHORS = "anchors";

    /** What the ledger writes into {@code anchors/}: signed checkpoints and the tree's edge. */
    private static final Pattern ANCHOR = Pattern.compile(
            "anchors/(checkpoint-[0-9]{1,19}-[0-9]{1,19}\\.json|tree-edge\\.json)");

    /**
     * A backup is as large as its workspace, so ZIP64 is read (the JDK's writer uses it past 4 GB or
     * 65,535 entries). The limits are far above any workspace and still bound what an archive can
     * make the reader do: a terabyte, a million entries (a hundred million ledger entries'
     * anchors), and the case files' ratio.
     */
    static final long MAX_BYTES = 1L << 40;
    static final ArchiveLimits LIMITS = new ArchiveLimits(1_000_000, MAX_BYTES, 100, MAX_BYTES, true);
    static final int MAX_MANIFEST = 16 * 1024 * 1024;

    private BackupArchive() {
    }

    /** Whether a backup may hold an entry of this name. */
    static boolean expected(String name) {
        return name.equals(MANIFEST) || name.equals(WORKSPACE) || name.equals(DATABASE)
                || ANCHOR.matcher(name).matches();
    }

    /** Whether an anchor file of this name belongs in a backup. */
    static boolean anchorFile(String fileName) {
        return ANCHOR.matcher(ANCHORS + "/" + fileName).matches();
    }
}
