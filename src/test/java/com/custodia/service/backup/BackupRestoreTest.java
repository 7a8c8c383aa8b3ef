package com.custodia.service.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.custodia.domain.ConnectionProfile;
import com.custodia.domain.DatabaseException;
import com.custodia.domain.Progress;
import com.custodia.domain.SecurityEventKind;
import com.custodia.ledger.VerificationReport;
import com.custodia.service.Services;
import com.custodia.service.security.AccessDeniedException;
import com.custodia.support.TestWorkspaces;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Backups and restores of real encrypted workspaces: the round trip, a backup under concurrent
 * appends, no plaintext in the file, the administrator-only rule, servers refused, and restores
 * that refuse what they must without leaving anything behind.
 */
class BackupRestoreTest {

    @TempDir
    Path dir;

    @Test
    void aRestoredBackupHoldsTheSamePersonsLedgerAndAnchors() throws Exception {
        Path archive = dir.resolve("ws.custodia-backup");
        VerificationReport original;
        long persons;
        try (Services services = BackupFixture.workspace(dir.resolve("ws"), 230)) {
            original = services.ledger().verify(BackupFixture.admin(services), Progress.NONE);
            persons = services.people().count(BackupFixture.OFFICER_PRINCIPAL);
            BackupService.Backup backup = BackupFixture.backUp(services, archive);
            assertThat(backup.ledgerSize()).isEqualTo(230);
            assertThat(backup.bytes()).isEqualTo(Files.size(archive));
            assertThat(services.securityLog().newestOf(Set.of(SecurityEventKind.BACKUP_CREATED))).get()
                    .satisfies(event -> assertThat(event.detail()).contains("230 ledger entries"));
        }
        assertThat(BackupFixture.entries(archive).keySet()).contains("manifest.json", "workspace.json",
                "custodia.mv.db", "anchors/tree-edge.json")
                .anyMatch(name -> name.startsWith("anchors/checkpoint-000000000200-"))
                .noneMatch(name -> name.contains("key"));

        RestoreService.Restored restored = BackupFixture.restore(archive, dir.resolve("restored"));

        assertThat(restored.ok()).as(restored.report().summary()).isTrue();
        assertThat(restored.report().entries()).isEqualTo(230);
        assertThat(restored.report().treeHead()).isEqualTo(original.treeHead());
        assertThat(restored.manifest().ledgerSize()).isEqualTo(230);
        try (Stream<Path> anchors = Files.list(dir.resolve("restored/anchors"))) {
            assertThat(anchors.map(p -> p.getFileName().toString()))
                    .anyMatch(name -> name.startsWith("checkpoint-000000000200-"));
        }
        try (Services services = BackupFixture.open(dir.resolve("restored"))) {
            assertThat(services.people().count(BackupFixture.OFFICER_PRINCIPAL)).isEqualTo(persons);
            assertThat(services.personSearch().search(BackupFixture.OFFICER_PRINCIPAL, BackupFixture.LAST_NAME,
                    com.custodia.service.people.PersonFilter.NONE, 10).hits()).hasSize(1);
            assertThat(services.securityLog().newestOf(Set.of(SecurityEventKind.WORKSPACE_RESTORED))).get()
                    .satisfies(event -> assertThat(event.detail()).contains(restored.manifest().createdAt().toString())
                            .contains("230 ledger entries"));
            assertThat(services.ledger().verify(BackupFixture.admin(services), Progress.NONE).ok()).isTrue();
        }
    }

    @Test
    void theBackupFileHoldsNoPlaintextOfAPerson() throws Exception {
        Path archive = backupOf(5);
        byte[] bytes = Files.readAllBytes(archive);
        for (String secret : List.of(BackupFixture.EMAIL, BackupFixture.LAST_NAME, "Analytical Engines",
                "Byron Street")) {
            assertThat(indexOf(bytes, secret.getBytes(StandardCharsets.UTF_8))).as(secret).isNegative();
            assertThat(indexOf(bytes, secret.getBytes(StandardCharsets.UTF_16BE))).as(secret).isNegative();
        }
        // the control: the same search finds a text the file does hold in the clear
        assertThat(indexOf(bytes, "workspace.json".getBytes(StandardCharsets.UTF_8))).isNotNegative();
    }

    @Test
    void aBackupTakenWhileEntriesAreAppendedRestoresEveryAcknowledgedEntry() throws Exception {
        Path archive = dir.resolve("busy.backup");
        long acknowledgedBefore;
        try (Services services = BackupFixture.workspace(dir.resolve("ws"), 50)) {
            AtomicLong acknowledged = new AtomicLong(50);
            AtomicBoolean stop = new AtomicBoolean();
            AtomicReference<Throwable> failure = new AtomicReference<>();
            Thread appender = new Thread(() -> {
                try {
                    for (long i = 50; !stop.get(); i++) {
                        services.ledger().append(BackupFixture.draft(i));
                        acknowledged.incrementAndGet();
                    }
                } catch (Throwable e) {
                    failure.set(e);
                }
            }, "appender");
            appender.start();
            while (acknowledged.get() < 180 && failure.get() == null) {
                Thread.sleep(5);
            }
            acknowledgedBefore = acknowledged.get();
            BackupService.Backup backup = BackupFixture.backUp(services, archive);
            long acknowledgedAfter = acknowledged.get();
            stop.set(true);
            appender.join();
            assertThat(failure.get()).isNull();
            assertThat(backup.ledgerSize()).isGreaterThanOrEqualTo(acknowledgedBefore);
            assertThat(acknowledgedAfter).as("appends went on during the backup").isGreaterThan(acknowledgedBefore);
        }

        RestoreService.Restored restored = BackupFixture.restore(archive, dir.resolve("restored"));

        assertThat(restored.ok()).as(restored.report().summary() + " " + restored.report().detail()).isTrue();
        assertThat(restored.report().entries()).isGreaterThanOrEqualTo(acknowledgedBefore);
        try (Services services = BackupFixture.open(dir.resolve("restored"))) {
            assertThat(services.ledger().verify(BackupFixture.admin(services), Progress.NONE).ok()).isTrue();
        }
    }

    @Test
    void aPrivacyOfficerMayNotBackUp() throws Exception {
        Path archive = dir.resolve("refused.backup");
        try (Services services = BackupFixture.workspace(dir.resolve("ws"), 1)) {
            assertThatThrownBy(() -> services.backups().backUp(BackupFixture.OFFICER_PRINCIPAL, archive, false,
                    Progress.NONE)).isInstanceOf(AccessDeniedException.class)
                    .hasMessageContaining("back up the workspace");
            assertThat(services.securityLog().newestOf(Set.of(SecurityEventKind.REFUSED))).isPresent();
        }
        assertThat(archive).doesNotExist();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aServerProfileIsRefusedWithPgDump() {
        ConnectionProfile server = ConnectionProfile.Server.fromJdbcUrl("jdbc:postgresql://db.example/custodia",
                "custodia");

        assertThatThrownBy(() -> BackupService.checkSupported(server)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pg_dump");
        BackupService.checkSupported(new ConnectionProfile.Embedded(dir));
    }

    @Test
    void aCancelledBackupLeavesNoFile() throws Exception {
        Path archive = dir.resolve("cancelled.backup");
        try (Services services = BackupFixture.workspace(dir.resolve("ws"), 1)) {
            Progress cancelling = new Progress() {
                @Override
                public void update(double fraction, String message) {
                }

                @Override
                public void checkCancelled() {
                    throw new CancellationException("cancelled");
                }
            };
            assertThatThrownBy(() -> services.backups().backUp(BackupFixture.admin(services), archive, false,
                    cancelling)).isInstanceOf(CancellationException.class);
            assertThat(services.securityLog().newestOf(Set.of(SecurityEventKind.BACKUP_CREATED))).isEmpty();
        }
        assertThat(archive).doesNotExist();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void restoreRefusesAFolderThatIsNotEmpty() throws Exception {
        Path archive = backupOf(1);
        Path taken = Files.createDirectories(dir.resolve("taken"));
        Files.writeString(taken.resolve("notes.txt"), "mine");

        assertThatThrownBy(() -> BackupFixture.restore(archive, taken)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not empty");
        try (Stream<Path> files = Files.list(taken)) {
            assertThat(files).containsExactly(taken.resolve("notes.txt"));
        }
        assertThat(Files.readString(taken.resolve("notes.txt"))).isEqualTo("mine");
    }

    @Test
    void aTamperedBackupIsRefusedAndLeavesNothing() throws Exception {
        Path archive = backupOf(3);
        byte[] bytes = Files.readAllBytes(archive);
        int at = indexOf(bytes, "custodia.mv.db".getBytes(StandardCharsets.UTF_8)) + 20_000;
        bytes[at] ^= 0x01;
        Path tampered = Files.write(dir.resolve("tampered.backup"), bytes);

        assertThatThrownBy(() -> BackupFixture.restore(tampered, dir.resolve("restored")))
                .isInstanceOf(BackupFileException.class).hasMessageContaining("Nothing was restored");
        assertThat(dir.resolve("restored")).doesNotExist();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aChangedEntryWhoseSizeStillMatchesFailsItsSha256() throws Exception {
        Path archive = backupOf(3);
        Map<String, byte[]> entries = BackupFixture.entries(archive);
        byte[] workspace = entries.get("workspace.json");
        workspace[workspace.length - 2] = (byte) (workspace[workspace.length - 2] == ' ' ? '\t' : ' ');
        Path changed = BackupFixture.zip(dir.resolve("changed.backup"), entries);

        assertThatThrownBy(() -> BackupFixture.restore(changed, dir.resolve("restored")))
                .isInstanceOf(BackupFileException.class).hasMessageContaining("SHA-256 of \"workspace.json\"");
        assertThat(dir.resolve("restored")).doesNotExist();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void hostileArchivesAreRefusedBeforeAnythingIsUnpacked() throws Exception {
        Path archive = backupOf(1);
        Map<String, byte[]> genuine = BackupFixture.entries(archive);

        Map<String, byte[]> traversal = new java.util.LinkedHashMap<>(genuine);
        traversal.put("../x", new byte[] {1});
        Map<String, byte[]> unexpected = new java.util.LinkedHashMap<>(genuine);
        unexpected.put("notes.txt", new byte[] {1});
        Map<String, byte[]> larger = new java.util.LinkedHashMap<>(genuine);
        larger.put("workspace.json", (new String(genuine.get("workspace.json"), StandardCharsets.UTF_8) + "\n\n\n")
                .getBytes(StandardCharsets.UTF_8));

        assertRefusedUnopened(BackupFixture.zip(dir.resolve("traversal.backup"), traversal), "\"..\"");
        assertRefusedUnopened(BackupFixture.zip(dir.resolve("unexpected.backup"), unexpected), "\"notes.txt\"");
        assertRefusedUnopened(BackupFixture.zip(dir.resolve("larger.backup"), larger), "but its manifest says");
    }

    private void assertRefusedUnopened(Path archive, String why) throws Exception {
        // the check reads only the directory and the manifest: it has nowhere to unpack to
        assertThatThrownBy(() -> BackupReader.check(archive)).isInstanceOf(BackupFileException.class)
                .hasMessageContaining(why);
        assertThatThrownBy(() -> BackupFixture.restore(archive, dir.resolve("restored")))
                .isInstanceOf(BackupFileException.class).hasMessageContaining(why);
        assertThat(dir.resolve("restored")).doesNotExist();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aWrongPassphraseIsRefusedAndTheFolderRemoved() throws Exception {
        Path archive = backupOf(1);

        assertThatThrownBy(() -> BackupFixture.restore(archive, dir.resolve("restored"), "not the passphrase at all",
                TestWorkspaces.ADMIN, TestWorkspaces.ADMIN_PASSWORD))
                .isInstanceOf(DatabaseException.class).hasMessage("Wrong passphrase.");
        assertThat(dir.resolve("restored")).doesNotExist();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void onlyAnAdministratorOfTheBackupMayRestoreIt() throws Exception {
        Path archive = backupOf(1);
        Path empty = Files.createDirectories(dir.resolve("restored"));

        assertThatThrownBy(() -> BackupFixture.restore(archive, empty, TestWorkspaces.PASSPHRASE,
                BackupFixture.OFFICER, BackupFixture.OFFICER_PASSWORD))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("restore a workspace");
        assertThat(empty).isEmptyDirectory();
        assertThat(leftovers()).isEmpty();
    }

    /** A backup of a new workspace with {@code entries} ledger entries, made and closed. */
    private Path backupOf(int entries) {
        Path archive = dir.resolve("ws.backup");
        try (Services services = BackupFixture.workspace(dir.resolve("ws"), entries)) {
            BackupFixture.backUp(services, archive);
        }
        return archive;
    }

    /** Temporary files and folders a backup or restore made beside its target and left behind. */
    private List<String> leftovers() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith(".part") || name.contains(".restoring-")).toList();
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
