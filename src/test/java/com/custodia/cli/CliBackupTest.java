package com.custodia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodia.domain.LegalBasis;
import com.custodia.domain.RecipientKind;
import com.custodia.domain.Role;
import com.custodia.ledger.EntryDraft;
import com.custodia.service.Services;
import com.custodia.support.TestWorkspaces;
import com.custodia.support.WorkspaceSql;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code backup} and {@code restore} in-process against real encrypted workspaces, with their exit codes. */
class CliBackupTest {

    private static final String OFFICER_PASSWORD = "operator-password-1";
    private static final Pattern RESTORED = Pattern.compile(
            "Restored (.+): (\\d+) ledger entries, head ([0-9a-f]{64}), backup of (\\S+)\\R");

    @TempDir
    Path dir;

    private Path workspace() {
        return dir.resolve("ws");
    }

    @BeforeEach
    void workspaceWithAnOfficerAndLedgerEntries() {
        try (Services services = CliRunner.initAndOpen(workspace())) {
            TestWorkspaces.addOperator(services, "officer", Role.PRIVACY_OFFICER, OFFICER_PASSWORD);
            for (int i = 0; i < 120; i++) {
                services.ledger().append(new EntryDraft("officer", Set.of("PRIVACY_OFFICER"), RecipientKind.THIRD_PARTY,
                        "Recipient " + i, null, LegalBasis.CONSENT, "consent-" + i, Set.of(1L), List.of("contact"),
                        List.of("email"), "cli backup test", "file", "ab".repeat(32), null, null));
            }
        }
    }

    private CliRunner.Result as(String operator, Path folder, String... args) {
        List<String> all = new ArrayList<>(List.of("--workspace", folder.toString(), "--user", operator));
        all.addAll(List.of(args));
        String password = operator.equals(TestWorkspaces.ADMIN) ? TestWorkspaces.ADMIN_PASSWORD : OFFICER_PASSWORD;
        return CliRunner.withSecrets().env(Secrets.PASSWORD, password).run(all.toArray(String[]::new));
    }

    private Path backUp() {
        Path file = dir.resolve("ws.backup");
        CliRunner.Result backup = as("admin", workspace(), "backup", "--out", file.toString());
        assertThat(backup.exitCode()).as(backup.toString()).isEqualTo(ExitCodes.OK);
        return file;
    }

    @Test
    void backupThenRestorePrintsTheRestoredLedgerWithTheSameHead() {
        CliRunner.Result verified = as("admin", workspace(), "ledger", "verify");
        Path file = dir.resolve("ws.backup");

        CliRunner.Result backup = as("admin", workspace(), "backup", "--out", file.toString());

        assertThat(backup.exitCode()).as(backup.toString()).isEqualTo(ExitCodes.OK);
        assertThat(backup.out()).startsWith("Backed up to " + file.toAbsolutePath() + ": 120 ledger entries, ");
        assertThat(file).isRegularFile();

        Path restoredFolder = dir.resolve("restored");
        CliRunner.Result restored = as("admin", restoredFolder, "restore", "--from", file.toString());

        assertThat(restored.exitCode()).as(restored.toString()).isEqualTo(ExitCodes.OK);
        Matcher line = RESTORED.matcher(restored.out());
        assertThat(line.matches()).as(restored.out()).isTrue();
        assertThat(line.group(1)).isEqualTo(restoredFolder.toAbsolutePath().toString());
        assertThat(line.group(2)).isEqualTo("120");
        assertThat(verified.out()).isEqualTo("OK 120 entries, head " + line.group(3) + System.lineSeparator());
        assertThat(as("admin", restoredFolder, "ledger", "verify").exitCode()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void aPrivacyOfficerIsRefusedABackupWithFour() {
        Path file = dir.resolve("ws.backup");

        CliRunner.Result backup = as("officer", workspace(), "backup", "--out", file.toString());

        assertThat(backup.exitCode()).as(backup.toString()).isEqualTo(ExitCodes.REFUSED);
        assertThat(backup.err()).contains("Your roles do not allow you to back up the workspace.");
        assertThat(file).doesNotExist();
    }

    @Test
    void aServerIsRefusedWithTwoBeforeAnythingIsOpened() {
        CliRunner.Result backup = CliRunner.withSecrets().run("--db-url", "jdbc:postgresql://127.0.0.1:1/nothing",
                "--db-user", "nobody", "--user", "admin", "backup", "--out", dir.resolve("pg.backup").toString());

        assertThat(backup.exitCode()).as(backup.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(backup.err()).contains("pg_dump");
    }

    @Test
    void restoreRefusesAFolderThatIsNotEmptyWithTwo() throws Exception {
        Path file = backUp();

        CliRunner.Result restored = as("admin", workspace(), "restore", "--from", file.toString());

        assertThat(restored.exitCode()).as(restored.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(restored.err()).contains("is not empty");
        assertThat(as("admin", workspace(), "ledger", "verify").exitCode()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void aWrongPassphraseIsTwoAndLeavesNoFolder() {
        Path file = backUp();
        Path folder = dir.resolve("restored");

        CliRunner.Result restored = CliRunner.withSecrets().env(Secrets.PASSPHRASE, "a different passphrase")
                .run("--workspace", folder.toString(), "--user", "admin", "restore", "--from", file.toString());

        assertThat(restored.exitCode()).as(restored.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(restored.err()).contains("Wrong passphrase.");
        assertThat(folder).doesNotExist();
    }

    @Test
    void aChangedBackupFileIsThreeAndLeavesNoFolder() throws Exception {
        Path file = backUp();
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x40;
        Files.write(file, bytes);
        Path folder = dir.resolve("restored");

        CliRunner.Result restored = as("admin", folder, "restore", "--from", file.toString());

        assertThat(restored.exitCode()).as(restored.toString()).isEqualTo(ExitCodes.INTEGRITY);
        assertThat(restored.err()).contains("The backup file is refused");
        assertThat(folder).doesNotExist();
    }

    @Test
    void anOperatorWhoIsNotAnAdministratorIsFourAndLeavesNoFolder() {
        Path file = backUp();
        Path folder = dir.resolve("restored");

        CliRunner.Result restored = as("officer", folder, "restore", "--from", file.toString());

        assertThat(restored.exitCode()).as(restored.toString()).isEqualTo(ExitCodes.REFUSED);
        assertThat(restored.err()).contains("restore a workspace");
        assertThat(folder).doesNotExist();
    }

    @Test
    void aBackupOfATamperedLedgerRestoresToThreeWithTheBreakAndNoFolder() {
        WorkspaceSql.run(workspace(), "DROP TRIGGER ledger_record_append_only",
                "UPDATE ledger_record SET channel = 'x' WHERE seq = 7");
        Path file = backUp();
        Path folder = dir.resolve("restored");

        CliRunner.Result restored = as("admin", folder, "restore", "--from", file.toString());

        assertThat(restored.exitCode()).as(restored.toString()).isEqualTo(ExitCodes.INTEGRITY);
        assertThat(restored.out()).isEqualTo("TAMPERED at 7: modified" + System.lineSeparator());
        assertThat(restored.err()).contains("entry 7").contains("removed again");
        assertThat(folder).doesNotExist();
    }
}
