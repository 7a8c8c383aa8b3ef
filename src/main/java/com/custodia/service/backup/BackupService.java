package com.custodia.service.backup;

import com.custodia.domain.ConnectionProfile;
import com.custodia.domain.Progress;
import com.custodia.domain.SecurityEventKind;
import com.custodia.ledger.ChainVerifier;
import com.custodia.ledger.LedgerStore;
import com.custodia.persistence.Database;
import com.custodia.persistence.StoreSnapshot;
import com.custodia.policy.Permission;
import com.custodia.service.auth.Principal;
import com.custodia.service.security.AccessGuard;
import com.custodia.service.security.SecurityLog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Backs an embedded workspace up to one file while it stays open (decision 0031). Only an
 * administrator may. The database goes into the file as the encrypted bytes it is on disk; the
 * backup is recorded in the security log, not the ledger, before the file appears under its name.
 */
public final class BackupService {

    /** What a finished backup holds. */
    public record Backup(Path file, long bytes, long ledgerSize, String ledgerHead, Instant createdAt) {
    }

    private final Database database;
    private final String workspaceId;
    private final LedgerStore ledger;
    private final AccessGuard guard;
    private final SecurityLog log;
    private final Clock clock;

    public BackupService(Database database, String workspaceId, LedgerStore ledger, AccessGuard guard, SecurityLog log,
                         Clock clock) {
        this.database = database;
        this.workspaceId = workspaceId;
        this.ledger = ledger;
        this.guard = guard;
        this.log = log;
        this.clock = clock;
    }

    /** Whether this database can be backed up here: an embedded workspace can, a server cannot. */
    public boolean supported() {
        return database.profile() instanceof ConnectionProfile.Embedded;
    }

    /**
     * Refuses a server profile: a PostgreSQL database is backed up with the server's own tools.
     *
     * @throws IllegalArgumentException for anything but an embedded workspace
     */
    public static void checkSupported(ConnectionProfile profile) {
        if (!(profile instanceof ConnectionProfile.Embedded)) {
            throw new IllegalArgumentException("Custodia backs up embedded workspaces only. A PostgreSQL server is "
                    + "backed up with the server's own tools (pg_dump), by whoever runs the server.");
        }
    }

    /**
     * Writes a backup to {@code target}. It is written beside the target under a temporary name
     * and moved into place only after the security event is committed; a cancelled or failed
     * backup leaves no file.
     *
     * @param replace whether an existing file at {@code target} may be replaced (the operator agreed)
     */
    public Backup backUp(Principal actor, Path target, boolean replace, Progress progress) {
        guard.require(actor, Permission.BACKUP, "back up the workspace");
        checkSupported(database.profile());
        Path file = target.toAbsolutePath().normalize();
        Path folder = ((ConnectionProfile.Embedded) database.profile()).folder();
        checkTarget(file, folder, replace);
        Instant createdAt = clock.instant();
        ChainVerifier.Head head = ledger.head();
        String headHex = head.size() == 0 ? "" : HexFormat.of().formatHex(head.chainHash());
        Path partial = file.resolveSibling("." + file.getFileName() + "." + UUID.randomUUID() + ".part");
        try {
            BackupManifest manifest = BackupWriter.write(partial, folder, database,
                    new BackupWriter.Heading(workspaceId, createdAt, actor.username(), head.size(), headHex), progress);
            progress.checkCancelled();
            long bytes = Files.size(partial);
            log.record(SecurityEventKind.BACKUP_CREATED, actor.username(), "backup " + file.getFileName() + ": "
                    + head.size() + " ledger entries, head " + shortHex(headHex) + ", " + bytes + " bytes, "
                    + manifest.entries().size() + " entries");
            Moves.intoPlace(partial, file, replace);
            return new Backup(file, bytes, head.size(), headHex, createdAt);
        } catch (IOException e) {
            throw new UncheckedIOException("The backup could not be written: " + e.getMessage(), e);
        } finally {
            Moves.deleteQuietly(partial);
        }
    }

    private void checkTarget(Path file, Path folder, boolean replace) {
        if (file.startsWith(folder)) {
            throw new IllegalArgumentException("Choose a place outside the workspace folder for its backup.");
        }
        if (!Files.isDirectory(file.getParent())) {
            throw new IllegalArgumentException("The folder " + file.getParent() + " does not exist.");
        }
        if (Files.isDirectory(file) || (Files.exists(file) && !replace)) {
            throw new IllegalArgumentException(file + " already exists; choose a new file name for the backup.");
        }
        try {
            if (Files.size(StoreSnapshot.fileOf(database)) > BackupArchive.MAX_BYTES - (1 << 20)) {
                throw new IllegalArgumentException("The workspace's database file is larger than a terabyte, more "
                        + "than a backup file may hold. Copy the workspace folder while Custodia is closed instead.");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The database file cannot be read: " + e.getMessage(), e);
        }
    }

    private static String shortHex(String hex) {
        return hex.isEmpty() ? "none" : hex.substring(0, Math.min(16, hex.length()));
    }
}
