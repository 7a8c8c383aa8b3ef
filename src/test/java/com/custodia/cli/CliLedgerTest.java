package com.custodia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodia.domain.PersonKind;
import com.custodia.domain.Progress;
import com.custodia.domain.Role;
import com.custodia.service.Services;
import com.custodia.service.auth.Principal;
import com.custodia.service.disclosure.DisclosureGate;
import com.custodia.service.people.NewPerson;
import com.custodia.service.people.PersonExportService;
import com.custodia.support.TestWorkspaces;
import com.custodia.support.WorkspaceSql;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code persons export}, {@code ledger verify} and {@code ledger checkpoint} in-process against a
 * real encrypted workspace: the gate's refusals as exit 4, the ledger entry and file hash printed,
 * and tampering behind the services' back found as exit 3.
 */
class CliLedgerTest {

    private static final String OPERATOR_PASSWORD = "operator-password-1";
    private static final String ACME = "Acme Research";

    @TempDir
    Path dir;

    private long ada;
    private long bob;

    private Path workspace() {
        return dir.resolve("ws");
    }

    /** init through the command line; operators, persons and consents through the services, as test setup. */
    @BeforeEach
    void workspaceWithTwoPersonsAndAnOfficerAndASalesRepresentative() {
        CliRunner.Result created = CliRunner.withSecrets().run("--workspace", workspace().toString(), "init",
                "--admin", "admin");
        assertThat(created.exitCode()).as(created.toString()).isEqualTo(ExitCodes.OK);
        try (Services services = open()) {
            Principal admin = services.auth().login(TestWorkspaces.ADMIN, TestWorkspaces.ADMIN_PASSWORD.toCharArray())
                    .principal();
            addOperator(services, admin, "officer", Role.PRIVACY_OFFICER);
            addOperator(services, admin, "sales", Role.SALES_REPRESENTATIVE);
            Principal officer = TestWorkspaces.principal(50, "officer", Role.PRIVACY_OFFICER);
            ada = services.people().create(officer, new NewPerson(PersonKind.CUSTOMER, "Ada", "Lovelace",
                    "Analytical Ltd", "ada@example.com", "=1+2", "1 Byron St", "London", "N1", "GB", "en"));
            bob = services.people().create(officer, new NewPerson(PersonKind.CUSTOMER, "Bob", "Babbage", "@Engines",
                    "bob@example.com", null, null, "Cambridge", null, "GB", "en"));
        }
    }

    private Services open() {
        return TestWorkspaces.workspaceService(Clock.systemUTC())
                .openWorkspace(workspace(), TestWorkspaces.PASSPHRASE.toCharArray(), Progress.NONE);
    }

    private static void addOperator(Services services, Principal admin, String name, Role role) {
        String temporary = "temporary-password-1";
        services.operators().create(admin, name, name, Set.of(role), temporary.toCharArray());
        Principal operator = services.auth().login(name, temporary.toCharArray()).principal();
        services.auth().changePassword(operator, temporary.toCharArray(), OPERATOR_PASSWORD.toCharArray());
    }

    private void consentToAcme(long... persons) {
        try (Services services = open()) {
            Principal officer = TestWorkspaces.principal(50, "officer", Role.PRIVACY_OFFICER);
            for (long person : persons) {
                services.consents().record(officer, person, "satisfaction studies", Set.of(ACME),
                        Set.copyOf(PersonExportService.CATEGORIES), "signed form");
            }
        }
    }

    private CliRunner.Result as(String operator, String... args) {
        List<String> all = new java.util.ArrayList<>(List.of("--workspace", workspace().toString(), "--user", operator));
        all.addAll(List.of(args));
        String password = operator.equals(TestWorkspaces.ADMIN) ? TestWorkspaces.ADMIN_PASSWORD : OPERATOR_PASSWORD;
        return CliRunner.withSecrets().env(Secrets.PASSWORD, password).run(all.toArray(String[]::new));
    }

    private CliRunner.Result exportToAcme(String operator, Path out, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("persons", "export", out.toString(), "--recipient", ACME,
                "--basis", "consent", "--purpose", "satisfaction study"));
        args.addAll(List.of(more));
        return as(operator, args.toArray(String[]::new));
    }

    @Test
    void exportWithConsentThenVerifyThenTamperingIsFound() throws Exception {
        consentToAcme(ada, bob);
        Path out = dir.resolve("acme.csv");

        CliRunner.Result export = exportToAcme("officer", out);

        assertThat(export.exitCode()).as(export.toString()).isEqualTo(ExitCodes.OK);
        byte[] file = Files.readAllBytes(out);
        assertThat(export.out()).contains("Exported 2 persons to " + out.toAbsolutePath())
                .contains("Ledger entry: 0")
                .contains("SHA-256:      " + DisclosureGate.sha256(file));
        String csv = new String(file, StandardCharsets.UTF_8);
        assertThat(csv).as("formula cells neutralised").contains("'=1+2").contains("'@Engines")
                .doesNotContain(",=1+2").doesNotContain(",@Engines");

        CliRunner.Result verified = as("officer", "ledger", "verify");
        assertThat(verified.exitCode()).as(verified.toString()).isEqualTo(ExitCodes.OK);
        assertThat(verified.out()).matches("OK 1 entries, head [0-9a-f]{64}\\R");

        WorkspaceSql.run(workspace(), "DROP TRIGGER ledger_record_append_only",
                "UPDATE ledger_record SET channel = 'x' WHERE seq = 0");

        CliRunner.Result tampered = as("officer", "ledger", "verify");
        assertThat(tampered.exitCode()).as(tampered.toString()).isEqualTo(ExitCodes.INTEGRITY);
        assertThat(tampered.out()).isEqualTo("TAMPERED at 0: modified" + System.lineSeparator());
        assertThat(tampered.err()).contains("the content of entry 0 no longer matches its hash");
    }

    @Test
    void exportWithoutConsentIsRefusedWithTheReasonAndWritesNothing() {
        consentToAcme(ada);
        Path out = dir.resolve("acme.csv");

        CliRunner.Result export = exportToAcme("officer", out);

        assertThat(export.exitCode()).as(export.toString()).isEqualTo(ExitCodes.REFUSED);
        assertThat(export.err()).contains("No active consent covers recipient 'Acme Research'")
                .contains("person " + bob);
        assertThat(export.out()).isEmpty();
        assertThat(out).doesNotExist();
        CliRunner.Result verified = as("officer", "ledger", "verify");
        assertThat(verified.out()).as("nothing recorded").startsWith("OK 0 entries");
    }

    @Test
    void exportOfTheNamedPersonsOnlyNeedsTheirConsent() throws Exception {
        consentToAcme(ada);
        Path out = dir.resolve("ada.csv");

        CliRunner.Result export = exportToAcme("officer", out, "--person", Long.toString(ada));

        assertThat(export.exitCode()).as(export.toString()).isEqualTo(ExitCodes.OK);
        assertThat(export.out()).contains("Exported 1 persons");
        assertThat(Files.readString(out)).contains("Lovelace").doesNotContain("Babbage");
    }

    @Test
    void aSalesRepresentativeCannotExport() {
        consentToAcme(ada, bob);
        Path out = dir.resolve("acme.csv");

        CliRunner.Result export = exportToAcme("sales", out);

        assertThat(export.exitCode()).as(export.toString()).isEqualTo(ExitCodes.REFUSED);
        assertThat(export.err()).contains("Your roles do not allow you to export persons.");
        assertThat(out).doesNotExist();
    }

    @Test
    void anUnknownBasisIsAUsageErrorThatListsTheChoices() {
        CliRunner.Result export = as("officer", "persons", "export", dir.resolve("x.csv").toString(),
                "--recipient", ACME, "--basis", "friendship", "--purpose", "p");

        assertThat(export.exitCode()).as(export.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(export.err()).contains("Unknown basis 'friendship'").contains("partner-agreement");
    }

    @Test
    void internalUseTakesItsRecipientKindFromTheBasisAndIsRefusedToSales() {
        Path out = dir.resolve("internal.csv");
        String[] args = {"persons", "export", out.toString(), "--recipient", "Audit team", "--basis", "internal-use",
            "--purpose", "quality review"};

        assertThat(as("sales", args).exitCode()).isEqualTo(ExitCodes.REFUSED);
        CliRunner.Result export = as("officer", args);

        assertThat(export.exitCode()).as(export.toString()).isEqualTo(ExitCodes.OK);
        assertThat(export.out()).contains("Exported 2 persons");
    }

    @Test
    void aCheckpointIsSignedForOperatorsWhoMayVerifyOnly() {
        consentToAcme(ada, bob);
        assertThat(exportToAcme("officer", dir.resolve("acme.csv")).exitCode()).isEqualTo(ExitCodes.OK);

        CliRunner.Result checkpoint = as("admin", "ledger", "checkpoint");
        CliRunner.Result refused = as("sales", "ledger", "checkpoint");

        assertThat(checkpoint.exitCode()).as(checkpoint.toString()).isEqualTo(ExitCodes.OK);
        assertThat(checkpoint.out()).containsPattern("Checkpoint of 1 entries\\R")
                .containsPattern("Root: [0-9a-f]{64}\\R").containsPattern("Key: +[0-9a-f]{64}\\R");
        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(ExitCodes.REFUSED);
        assertThat(refused.err()).contains("Your roles do not allow you to sign a checkpoint.");
    }

    @Test
    void anAccountingIsWrittenAfterItsOwnLedgerEntryAndRefusedToSales() throws Exception {
        consentToAcme(ada, bob);
        assertThat(exportToAcme("officer", dir.resolve("acme.csv")).exitCode()).isEqualTo(ExitCodes.OK);
        Path pdf = dir.resolve("ada.pdf");
        Path json = dir.resolve("ada.json");

        CliRunner.Result asPdf = as("officer", "ledger", "accounting", Long.toString(ada), "--out", pdf.toString());
        CliRunner.Result asJson = as("officer", "ledger", "accounting", Long.toString(ada), "--out", json.toString());
        CliRunner.Result sales = as("sales", "ledger", "accounting", Long.toString(ada), "--out",
                dir.resolve("sales.json").toString());
        CliRunner.Result wrongFormat = as("officer", "ledger", "accounting", Long.toString(ada), "--out",
                dir.resolve("ada.txt").toString());

        assertThat(asPdf.exitCode()).as(asPdf.toString()).isEqualTo(ExitCodes.OK);
        assertThat(asPdf.out()).contains("Ledger entry: 1")
                .contains("SHA-256:      " + DisclosureGate.sha256(Files.readAllBytes(pdf)));
        assertThat(Files.readString(pdf, StandardCharsets.ISO_8859_1)).startsWith("%PDF-");
        assertThat(asJson.exitCode()).as(asJson.toString()).isEqualTo(ExitCodes.OK);
        assertThat(Files.readString(json)).contains(ACME);
        assertThat(sales.exitCode()).as(sales.toString()).isEqualTo(ExitCodes.REFUSED);
        assertThat(dir.resolve("sales.json")).doesNotExist();
        assertThat(wrongFormat.exitCode()).as(wrongFormat.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(as("officer", "ledger", "verify").exitCode()).isEqualTo(ExitCodes.OK);
    }
}
