package com.custodia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodia.domain.PersonKind;
import com.custodia.domain.Progress;
import com.custodia.domain.Role;
import com.custodia.service.Services;
import com.custodia.service.auth.Principal;
import com.custodia.service.people.NewPerson;
import com.custodia.service.people.PersonExportService;
import com.custodia.support.TestWorkspaces;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code case export | verify | pin | review | import-review} in-process: exports as a disclosure,
 * verification with no workspace and no secrets, pinned and unknown keys, tampered, hostile and
 * encrypted files with their exit codes, and review notes brought back.
 */
class CliCaseTest {

    private static final String OPERATOR_PASSWORD = "operator-password-1";

    @TempDir
    Path dir;

    private long ada;

    private Path workspace() {
        return dir.resolve("ws");
    }

    private Path trust() {
        return dir.resolve("reviewer").resolve("trusted-keys.json");
    }

    @BeforeEach
    void workspaceWithOneDisclosureAboutAda() {
        CliRunner.Result created = CliRunner.withSecrets().run("--workspace", workspace().toString(), "init",
                "--admin", "admin");
        assertThat(created.exitCode()).as(created.toString()).isEqualTo(ExitCodes.OK);
        try (Services services = TestWorkspaces.workspaceService(Clock.systemUTC())
                .openWorkspace(workspace(), TestWorkspaces.PASSPHRASE.toCharArray(), Progress.NONE)) {
            Principal admin = services.auth().login(TestWorkspaces.ADMIN, TestWorkspaces.ADMIN_PASSWORD.toCharArray())
                    .principal();
            for (var op : List.of(List.of("officer", Role.PRIVACY_OFFICER), List.of("sales", Role.SALES_REPRESENTATIVE))) {
                String name = (String) op.get(0);
                services.operators().create(admin, name, name, Set.of((Role) op.get(1)), "temporary-password-1".toCharArray());
                Principal p = services.auth().login(name, "temporary-password-1".toCharArray()).principal();
                services.auth().changePassword(p, "temporary-password-1".toCharArray(), OPERATOR_PASSWORD.toCharArray());
            }
            Principal officer = TestWorkspaces.principal(50, "officer", Role.PRIVACY_OFFICER);
            ada = services.people().create(officer, new NewPerson(PersonKind.CUSTOMER, "Ada", "Lovelace",
                    "Analytical Ltd", "ada@example.com", null, null, "London", null, "GB", "en"));
            services.consents().record(officer, ada, "satisfaction studies", Set.of("Acme Research"),
                    Set.copyOf(PersonExportService.CATEGORIES), "signed form");
        }
        CliRunner.Result export = as("officer", "persons", "export", dir.resolve("acme.csv").toString(), "--recipient",
                "Acme Research", "--basis", "consent", "--purpose", "satisfaction study");
        assertThat(export.exitCode()).as(export.toString()).isEqualTo(ExitCodes.OK);
    }

    private CliRunner.Result as(String operator, String... args) {
        List<String> all = new ArrayList<>(List.of("--workspace", workspace().toString(), "--user", operator));
        all.addAll(List.of(args));
        return CliRunner.withSecrets().env(Secrets.PASSWORD, OPERATOR_PASSWORD)
                .env(Secrets.CASE_PASSPHRASE, "a case passphrase").run(all.toArray(String[]::new));
    }

    /** A reviewer's machine: no workspace, no secrets, no terminal; the trust store in a folder of the test. */
    private CliRunner.Result reviewer(String... args) {
        return new CliRunner().run(reorder(args));
    }

    private String[] reorder(String... args) {
        List<String> all = new ArrayList<>();
        all.add("case");
        all.add(args[0]);
        all.add("--trust-store");
        all.add(trust().toString());
        all.addAll(List.of(args).subList(1, args.length));
        return all.toArray(String[]::new);
    }

    private Path exportAccounting(String... more) {
        Path out = dir.resolve("accounting.custodia");
        List<String> args = new ArrayList<>(List.of("case", "export", "--kind", "accounting", "--id", String.valueOf(ada),
                "--recipient", "Internal audit", "--out", out.toString()));
        args.addAll(List.of(more));
        CliRunner.Result r = as("officer", args.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("Case accounting " + ada + " sealed to " + out.toAbsolutePath())
                .contains("Ledger entries: 1").contains("Ledger entry: 1");
        return out;
    }

    @Test
    void exportThenVerifyOfflineThenPinThenTamper() throws Exception {
        Path file = exportAccounting();

        CliRunner.Result unknown = reviewer("verify", file.toString());
        assertThat(unknown.exitCode()).as(unknown.toString()).isEqualTo(ExitCodes.OK);
        assertThat(unknown.out()).startsWith("SEALED accounting " + ada).contains("WARNING")
                .contains("Ledger entry 0: proven in the signed ledger").contains("Entry payload/report.pdf");

        CliRunner.Result pinned = reviewer("pin", file.toString(), "--label", "Vendor privacy office");
        assertThat(pinned.exitCode()).as(pinned.toString()).isEqualTo(ExitCodes.OK);
        assertThat(reviewer("keys").out()).contains("Vendor privacy office");
        assertThat(reviewer("verify", file.toString()).out()).contains("pinned as \"Vendor privacy office\"")
                .doesNotContain("WARNING");

        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 3] ^= 0x10;
        Path tampered = Files.write(dir.resolve("tampered.custodia"), bytes);
        CliRunner.Result broken = reviewer("verify", tampered.toString());
        assertThat(broken.exitCode()).as(broken.toString()).isEqualTo(ExitCodes.INTEGRITY);
        assertThat(broken.out()).startsWith("BROKEN: ").doesNotContain("SEALED");
    }

    @Test
    void aHostileArchiveIsBrokenWithItsReason() throws Exception {
        Path hostile = dir.resolve("hostile.custodia");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(hostile))) {
            zip.putNextEntry(new ZipEntry("../../escape.txt"));
            zip.write("x".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }

        CliRunner.Result r = reviewer("verify", hostile.toString());

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.INTEGRITY);
        assertThat(r.out()).contains("BROKEN: The entry \"../../escape.txt\" leads out of its folder");
        assertThat(dir.getParent().resolve("escape.txt")).doesNotExist();
    }

    @Test
    void anEncryptedCaseNeedsItsPassphrase() throws Exception {
        Path file = exportAccounting("--encrypt");

        CliRunner.Result right = new CliRunner().env(Secrets.CASE_PASSPHRASE, "a case passphrase")
                .run("case", "verify", file.toString());
        CliRunner.Result wrong = new CliRunner().env(Secrets.CASE_PASSPHRASE, "another passphrase")
                .run("case", "verify", file.toString());
        CliRunner.Result none = new CliRunner().run("case", "verify", file.toString());

        assertThat(right.exitCode()).as(right.toString()).isEqualTo(ExitCodes.OK);
        assertThat(right.out()).contains("Payload decrypted.");
        assertThat(wrong.exitCode()).as(wrong.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(wrong.err()).contains("Wrong passphrase");
        assertThat(none.exitCode()).as(none.toString()).isEqualTo(ExitCodes.OK);
        assertThat(none.out()).contains("Payload encrypted: not opened");
    }

    @Test
    void reviewNotesGoBesideTheFileAndComeBackIntoTheWorkspace() throws Exception {
        Path file = exportAccounting();
        byte[] before = Files.readAllBytes(file);

        CliRunner.Result note = reviewer("review", file.toString(), "--item", "ledger:0", "--decision", "accepted",
                "--note", "consent on file", "--reviewer", "rita");
        CliRunner.Result badItem = reviewer("review", file.toString(), "--item", "ledger:99", "--decision", "accepted",
                "--reviewer", "rita");
        CliRunner.Result imported = as("officer", "case", "import-review", file.toString());
        CliRunner.Result refused = as("sales", "case", "import-review", file.toString());

        assertThat(note.exitCode()).as(note.toString()).isEqualTo(ExitCodes.OK);
        assertThat(dir.resolve("accounting.custodia.review.json")).exists();
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(badItem.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(imported.exitCode()).as(imported.toString()).isEqualTo(ExitCodes.OK);
        assertThat(imported.out()).contains("1 review notes attached");
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.REFUSED);
    }

    @Test
    void aSalesRepresentativeCannotExportACase() {
        CliRunner.Result r = as("sales", "case", "export", "--kind", "accounting", "--id", String.valueOf(ada),
                "--recipient", "Internal audit", "--out", dir.resolve("x.custodia").toString());

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.REFUSED);
        assertThat(dir.resolve("x.custodia")).doesNotExist();
    }
}
