package com.custodia.service.backup;

import com.custodia.domain.Progress;
import com.custodia.domain.SecurityEventKind;
import com.custodia.ledger.VerificationReport;
import com.custodia.persistence.WorkspaceFile;
import com.custodia.policy.Permission;
import com.custodia.service.Services;
import com.custodia.service.auth.Principal;
import com.custodia.service.workspace.WorkspaceService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * Restores a backup file into a new workspace folder (decision 0031). The archive is checked
 * before anything is unpacked, unpacked beside the target and compared with its manifest, moved
 * into place, opened with the passphrase, and kept only when an administrator of the restored
 * workspace signs in and its ledger verifies. Otherwise the folder is removed again, so a failed
 * restore leaves nothing that looks like a workspace. An existing workspace is never overwritten.
 */
public final class RestoreService {

    /**
     * The outcome: the ledger's verification of the restored workspace. When it is not intact the
     * folder has been removed again.
     */
    public record Restored(Path folder, BackupManifest manifest, VerificationReport report) {
        public boolean ok() {
            return report.ok();
        }
    }

    /**
     * How the operator signs in to the opened workspace. The caller decides, so the command line
     * applies its own rules (an account on a temporary password is refused there).
     */
    @FunctionalInterface
    public interface SignIn {
        Principal signIn(Services services);
    }

    private final WorkspaceService workspaces;

    public RestoreService(WorkspaceService workspaces) {
        this.workspaces = workspaces;
    }

    /**
     * Checks that {@code folder} can take the restore (absent or empty) and that the archive is
     * there; asked before any secret is, so a wrong call fails at once.
     */
    public void checkTarget(Path archive, Path folder) {
        if (!workspaces.canCreateIn(folder)) {
            throw new IllegalArgumentException("The folder " + folder + " is not empty. A restore never writes over "
                    + "a workspace: name a new or empty folder.");
        }
        if (!Files.isRegularFile(archive)) {
            throw new IllegalArgumentException("There is no backup file at " + archive + ".");
        }
    }

    /**
     * Restores {@code archive} into {@code folder} and verifies it.
     *
     * @throws BackupFileException when the file is not a backup, is hostile, or differs from its manifest
     * @throws IllegalArgumentException when the folder is not empty or the file is missing
     */
    public Restored restore(Path archive, Path folder, char[] passphrase, SignIn signIn, Progress progress) {
        Path target = folder.toAbsolutePath().normalize();
        checkTarget(archive, target);
        boolean existedEmpty = Files.isDirectory(target);
        Path stage = target.resolveSibling("." + target.getFileName() + ".restoring-" + UUID.randomUUID());
        BackupManifest manifest;
        try {
            progress.update(0.02, "Checking the backup file");
            manifest = BackupReader.check(archive);
            progress.update(0.05, "Unpacking the backup file");
            Path unpacked = BackupReader.unpack(archive, manifest, stage);
            checkWorkspaceId(unpacked, manifest);
            if (existedEmpty) {
                Files.delete(target);
            }
            Moves.intoPlace(unpacked, target, false);
        } catch (IOException e) {
            throw new UncheckedIOException("The backup could not be unpacked: " + e.getMessage(), e);
        } finally {
            Moves.deleteQuietly(stage);
        }
        Restored restored;
        try {
            restored = openAndVerify(target, manifest, passphrase, signIn, progress);
        } catch (RuntimeException | Error e) {
            removeAgain(target, existedEmpty);
            throw e;
        }
        if (!restored.ok()) {
            // a ledger that does not verify is not left behind as a workspace; the backup file stays as the evidence
            removeAgain(target, existedEmpty);
        }
        return restored;
    }

    private Restored openAndVerify(Path target, BackupManifest manifest, char[] passphrase, SignIn signIn,
                                   Progress progress) {
        try (Services services = workspaces.openWorkspace(target, passphrase, progress.within(0.3, 0.6))) {
            Principal admin = signIn.signIn(services);
            try {
                services.guard().require(admin, Permission.BACKUP, "restore a workspace");
                VerificationReport report = services.ledger().verify(admin, progress.within(0.6, 1.0));
                if (report.ok()) {
                    services.securityLog().record(SecurityEventKind.WORKSPACE_RESTORED, admin.username(),
                            "from the backup of " + manifest.createdAt() + " by " + manifest.operator() + " ("
                                    + manifest.ledgerSize() + " ledger entries then, " + report.entries() + " now)");
                }
                return new Restored(target, manifest, report);
            } finally {
                services.auth().recordLogout(admin);
            }
        }
    }

    private static void checkWorkspaceId(Path workspace, BackupManifest manifest) throws IOException {
        String id;
        try {
            id = WorkspaceFile.read(workspace).id();
        } catch (IOException e) {
            throw BackupFileException.refused("its workspace.json cannot be read (" + e.getMessage() + ").");
        }
        if (!manifest.workspaceId().equals(id)) {
            throw BackupFileException.refused("its manifest is of workspace " + manifest.workspaceId()
                    + " but its workspace.json of " + id + ".");
        }
    }

    private static void removeAgain(Path target, boolean existedEmpty) {
        Moves.deleteQuietly(target);
        if (existedEmpty) {
            try {
                Files.createDirectories(target);
            } catch (IOException e) {
                // the folder was empty; not having it back loses nothing
            }
        }
    }
}
