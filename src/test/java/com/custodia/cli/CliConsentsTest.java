package com.custodia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodia.domain.PersonKind;
import com.custodia.domain.Progress;
import com.custodia.domain.Role;
import com.custodia.service.Services;
import com.custodia.service.auth.Principal;
import com.custodia.service.consent.ConsentDraft;
import com.custodia.service.disclosure.DisclosureGate;
import com.custodia.service.people.NewPerson;
import com.custodia.support.TestWorkspaces;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code consents list}, {@code consents receipt} and {@code consents withdraw} through the whole command line. */
class CliConsentsTest {

    private static final String PASSWORD = "operator-password-1";

    @TempDir
    static Path dir;
    static long ada;
    static long bob;
    static long granted;
    static long withdrawn;

    private static Path workspace() {
        return dir.resolve("ws");
    }

    @BeforeAll
    static void workspaceWithConsents() {
        CliRunner.Result created = CliRunner.withSecrets().run("--workspace", workspace().toString(), "init",
                "--admin", "admin");
        assertThat(created.exitCode()).as(created.toString()).isZero();
        try (Services services = TestWorkspaces.workspaceService(Clock.systemUTC())
                .openWorkspace(workspace(), TestWorkspaces.PASSPHRASE.toCharArray(), Progress.NONE)) {
            Principal admin = services.auth().login(TestWorkspaces.ADMIN, TestWorkspaces.ADMIN_PASSWORD.toCharArray())
                    .principal();
            for (String[] op : new String[][] {{"officer", "PRIVACY_OFFICER"}, {"sales", "SALES_REPRESENTATIVE"},
                    {"partners", "PARTNER_MANAGER"}}) {
                services.operators().create(admin, op[0], op[0], Set.of(Role.valueOf(op[1])),
                        "temporary-password-1".toCharArray());
                Principal p = services.auth().login(op[0], "temporary-password-1".toCharArray()).principal();
                services.auth().changePassword(p, "temporary-password-1".toCharArray(), PASSWORD.toCharArray());
            }
            Principal officer = TestWorkspaces.principal(50, "officer", Role.PRIVACY_OFFICER);
            services.policyVersions().publish(officer, "2026-01", LocalDate.parse("2020-01-01"),
                    LocalDate.parse("2020-01-01"), null, "Policy text.");
            ada = services.people().create(officer, new NewPerson(PersonKind.CUSTOMER, "Ada", "Lovelace",
                    "Analytical Ltd", "ada@example.com", null, null, null, null, "GB", "en"));
            bob = services.people().create(officer, new NewPerson(PersonKind.CUSTOMER, "Bob", "Babbage",
                    null, "bob@example.com", null, null, null, null, "GB", "en"));
            granted = services.consents().record(officer, ConsentDraft.of(ada, "satisfaction studies",
                    Set.of("Acme Research"), Set.of("identity", "contact"), "signed paper form"));
            withdrawn = services.consents().record(officer, ConsentDraft.of(ada, "newsletter by partner",
                    Set.of("Globex"), Set.of("contact"), "web form"));
            services.consents().withdraw(officer, withdrawn, "unsubscribe link");
        }
    }

    private static CliRunner.Result as(String user, String... args) {
        List<String> all = new ArrayList<>(List.of("--workspace", workspace().toString(), "--user", user));
        all.addAll(List.of(args));
        return CliRunner.withSecrets().env(Secrets.PASSWORD, PASSWORD).run(all.toArray(String[]::new));
    }

    @Test
    void listShowsEveryConsentWithStatusAndPolicyVersion() {
        CliRunner.Result list = as("sales", "consents", "list", String.valueOf(ada));

        assertThat(list.exitCode()).as(list.toString()).isEqualTo(ExitCodes.OK);
        assertThat(list.out()).contains("Consent " + granted + ": satisfaction studies [GRANTED]")
                .contains("Recipients:    Acme Research").contains("Categories:    contact, identity")
                .contains("Policy:        2026-01").contains("by officer, signed paper form")
                .contains("Consent " + withdrawn + ": newsletter by partner [WITHDRAWN]")
                .contains("(unsubscribe link)");
    }

    @Test
    void listOfAPersonWithoutConsentsSaysSoAndAnUnknownPersonIsAnInputError() {
        assertThat(as("sales", "consents", "list", String.valueOf(bob)).out()).isEqualTo("No consents."
                + System.lineSeparator());
        assertThat(as("sales", "consents", "list", "999999").exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void partnerManagersMayNotListConsents() {
        assertThat(as("partners", "consents", "list", String.valueOf(ada)).exitCode()).isEqualTo(ExitCodes.REFUSED);
    }

    @Test
    void receiptIsWrittenAfterItsLedgerEntryAndOnlyForPrivacyOfficers() throws Exception {
        Path out = dir.resolve("receipt.json");
        assertThat(as("sales", "consents", "receipt", String.valueOf(granted), "--out", out.toString()).exitCode())
                .isEqualTo(ExitCodes.REFUSED);
        assertThat(out).doesNotExist();

        CliRunner.Result receipt = as("officer", "consents", "receipt", String.valueOf(granted), "--format", "json",
                "--out", out.toString());

        assertThat(receipt.exitCode()).as(receipt.toString()).isEqualTo(ExitCodes.OK);
        assertThat(receipt.out()).contains("SHA-256:      " + DisclosureGate.sha256(Files.readAllBytes(out)));
        assertThat(new ObjectMapper().readTree(out.toFile()).get("version").asText()).isEqualTo("KI-CR-v1.1.0");
        assertThat(as("officer", "consents", "receipt", String.valueOf(granted), "--format", "xml", "--out",
                out.toString()).exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void withdrawingTwiceIsAnInputError() {
        CliRunner.Result again = as("officer", "consents", "withdraw", String.valueOf(withdrawn), "--how", "email");
        assertThat(again.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(again.err()).contains("already withdrawn");
    }
}
