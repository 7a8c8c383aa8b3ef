package com.custodia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodia.domain.ChangeContext;
import com.custodia.domain.GrantPurpose;
import com.custodia.domain.GrantScope;
import com.custodia.domain.License;
import com.custodia.domain.LicenseField;
import com.custodia.domain.LicenseStatus;
import com.custodia.domain.PartnerRegistrationStatus;
import com.custodia.domain.PartnerTier;
import com.custodia.domain.PersonKind;
import com.custodia.domain.Progress;
import com.custodia.domain.Role;
import com.custodia.service.Services;
import com.custodia.service.auth.Principal;
import com.custodia.service.disclosure.DisclosureGate;
import com.custodia.service.partners.GrantDraft;
import com.custodia.service.partners.PartnerDraft;
import com.custodia.service.people.NewPerson;
import com.custodia.support.TestWorkspaces;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code partners list}, {@code grants list|export|renew|revoke} and {@code license lookup}
 * in-process against a real encrypted workspace: answers with the ledger entry printed, refusals as
 * exit 4 with the reason, and the role checks.
 */
class CliPartnersTest {

    private static final String PASSWORD = "operator-password-1";
    private static final String KEY = "DSK-ADA01-00001";
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @TempDir
    Path dir;

    private long grantId;

    private Path workspace() {
        return dir.resolve("ws");
    }

    private Services open() {
        return TestWorkspaces.workspaceService(Clock.systemUTC())
                .openWorkspace(workspace(), TestWorkspaces.PASSPHRASE.toCharArray(), Progress.NONE);
    }

    @BeforeEach
    void aWorkspaceWithAPartnerManagerTwoPartnersAndAGrant() {
        CliRunner.Result created = CliRunner.withSecrets().run("--workspace", workspace().toString(), "init",
                "--admin", "admin");
        assertThat(created.exitCode()).as(created.toString()).isEqualTo(ExitCodes.OK);
        try (Services services = open()) {
            Principal admin = services.auth().login(TestWorkspaces.ADMIN, TestWorkspaces.ADMIN_PASSWORD.toCharArray())
                    .principal();
            addOperator(services, admin, "partners", Role.PARTNER_MANAGER);
            addOperator(services, admin, "sales", Role.SALES_REPRESENTATIVE);
            Principal officer = TestWorkspaces.principal(50, "officer", Role.PRIVACY_OFFICER);
            Principal pat = TestWorkspaces.principal(51, "partners", Role.PARTNER_MANAGER);
            long ada = services.people().create(officer, new NewPerson(PersonKind.CUSTOMER, "Ada", "Lovelace",
                    "Analytical Ltd", "ada@example.com", null, null, "London", null, "GB", "en"));
            services.database().inTransaction(new ChangeContext("officer", "test", Instant.now()), s -> s.persist(
                    new License(ada, KEY, "Custodia Desk", "Professional", 5, TODAY.minusYears(1), TODAY.plusYears(1),
                            LicenseStatus.ACTIVE, null)));
            long northwind = services.partners().create(pat, partner("Northwind Resellers", TODAY.plusYears(1))).id();
            services.partners().create(pat, partner("Lapsed Ltd", TODAY.minusDays(3)));
            grantId = services.grants().grant(pat, new GrantDraft(northwind, GrantScope.CUSTOMERS, Set.of(ada), Set.of(),
                    EnumSet.of(LicenseField.LICENSE_KEY, LicenseField.STATUS, LicenseField.EXPIRY),
                    GrantPurpose.VERIFICATION, null, Instant.now().plus(Duration.ofDays(20)), "verifies its customers"))
                    .id();
        }
    }

    private static PartnerDraft partner(String name, LocalDate until) {
        return new PartnerDraft(name, "PA-1", 1, PartnerRegistrationStatus.REGISTERED, TODAY.minusYears(1), until,
                PartnerTier.SILVER, List.of());
    }

    private static void addOperator(Services services, Principal admin, String name, Role role) {
        String temporary = "temporary-password-1";
        services.operators().create(admin, name, name, Set.of(role), temporary.toCharArray());
        Principal operator = services.auth().login(name, temporary.toCharArray()).principal();
        services.auth().changePassword(operator, temporary.toCharArray(), PASSWORD.toCharArray());
    }

    private CliRunner.Result as(String operator, String... args) {
        List<String> all = new ArrayList<>(List.of("--workspace", workspace().toString(), "--user", operator));
        all.addAll(List.of(args));
        return CliRunner.withSecrets().env(Secrets.PASSWORD, PASSWORD).run(all.toArray(String[]::new));
    }

    @Test
    void partnersListShowsEachPartnersStateAndWhyItReceivesNothing() {
        CliRunner.Result r = as("partners", "partners", "list");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("ID", "PARTNER", "STATE").contains("Northwind Resellers").contains("registered")
                .contains("Lapsed Ltd").contains("lapsed")
                .contains("! Lapsed Ltd's registration lapsed on " + TODAY.minusDays(3))
                .contains("2 partners.");
    }

    @Test
    void aLookupPrintsTheGrantedFieldsAndTheLedgerEntry() {
        CliRunner.Result r = as("partners", "license", "lookup", "--partner", "Northwind Resellers", KEY);

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.OK);
        assertThat(r.out().lines().toList()).startsWith("license_key: " + KEY, "status: active",
                "expiry: " + TODAY.plusYears(1));
        assertThat(r.out()).contains("Grant:        " + grantId).contains("Ledger entry: 0")
                .doesNotContain("Custodia Desk").doesNotContain("Lovelace");
    }

    @Test
    void aPartnersHistoryCountsItsDisclosuresPerMonth() {
        assertThat(as("partners", "partners", "history", "Northwind Resellers").out())
                .contains("Northwind Resellers has received nothing.");
        as("partners", "license", "lookup", "--partner", "Northwind Resellers", KEY);
        as("partners", "license", "lookup", "--partner", "Northwind Resellers", "--field", "status", KEY);

        CliRunner.Result r = as("partners", "partners", "history", "northwind resellers");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains(java.time.YearMonth.now(ZoneOffset.UTC) + "  2").contains("lookup")
                .contains("expiry,license_key,status").contains("2 disclosures to Northwind Resellers.");
        assertThat(as("partners", "partners", "history", "Nobody").exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void refusalsExitWithFourAndTheReasonAndRecordNothing() {
        CliRunner.Result field = as("partners", "license", "lookup", "--partner", "Northwind Resellers", "--field",
                "status,seats", KEY);
        assertThat(field.exitCode()).as(field.toString()).isEqualTo(ExitCodes.REFUSED);
        assertThat(field.err()).contains("Refused (field not allowed)").contains("seats");
        assertThat(field.out()).isEmpty();

        CliRunner.Result lapsed = as("partners", "license", "lookup", "--partner", "Lapsed Ltd", KEY);
        assertThat(lapsed.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(lapsed.err()).contains("Refused (not registered)").contains("lapsed on");

        CliRunner.Result badField = as("partners", "license", "lookup", "--partner", "Lapsed Ltd", "--field", "email", KEY);
        assertThat(badField.exitCode()).isEqualTo(ExitCodes.USAGE);

        CliRunner.Result verified = CliRunner.withSecrets().run("--workspace", workspace().toString(), "--user",
                "admin", "ledger", "verify");
        assertThat(verified.out()).as(verified.toString()).startsWith("OK 0 entries");
    }

    @Test
    void grantsAreListedExportedRenewedAndRevoked() throws Exception {
        CliRunner.Result list = as("partners", "grants", "list");
        assertThat(list.exitCode()).as(list.toString()).isEqualTo(ExitCodes.OK);
        assertThat(list.out()).contains(String.valueOf(grantId)).contains("Northwind Resellers")
                .contains("license_key,status,expiry").contains("expiring soon").contains("! grant " + grantId + ": Ends on");

        Path csv = dir.resolve("northwind.csv");
        CliRunner.Result export = as("partners", "grants", "export", String.valueOf(grantId), "--format", "csv", "--out",
                csv.toString());
        assertThat(export.exitCode()).as(export.toString()).isEqualTo(ExitCodes.OK);
        assertThat(export.out()).contains("Wrote 1 license of 1 person for Northwind Resellers")
                .contains("SHA-256:      " + DisclosureGate.sha256(Files.readAllBytes(csv)));

        CliRunner.Result renew = as("partners", "grants", "renew", String.valueOf(grantId), "--until",
                TODAY.plusYears(1).toString(), "--reason", "contract extended");
        assertThat(renew.exitCode()).as(renew.toString()).isEqualTo(ExitCodes.OK);
        assertThat(as("partners", "grants", "list", "--partner", "northwind resellers").out()).contains("active")
                .doesNotContain("expiring soon");

        CliRunner.Result revoke = as("partners", "grants", "revoke", String.valueOf(grantId), "--reason", "left");
        assertThat(revoke.exitCode()).as(revoke.toString()).isEqualTo(ExitCodes.OK);
        CliRunner.Result show = as("partners", "grants", "show", String.valueOf(grantId));
        assertThat(show.exitCode()).as(show.toString()).isEqualTo(ExitCodes.OK);
        assertThat(show.out()).contains("Grant " + grantId + " to Northwind Resellers").contains("revoked")
                .contains("answers nothing now").contains("verifies its customers").contains("contract extended")
                .contains("left");
        CliRunner.Result after = as("partners", "license", "lookup", "--partner", "Northwind Resellers", KEY);
        assertThat(after.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(after.err()).contains("Refused (grant revoked)").contains("left");
        Path json = dir.resolve("never.json");
        CliRunner.Result refusedExport = as("partners", "grants", "export", String.valueOf(grantId), "--format", "json",
                "--out", json.toString());
        assertThat(refusedExport.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(json).doesNotExist();
    }

    @Test
    void aSalesRepresentativeCanNeitherListNorRevokeNorLookUp() {
        assertThat(as("sales", "grants", "list").exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(as("sales", "partners", "list").exitCode()).isEqualTo(ExitCodes.REFUSED);
        CliRunner.Result revoke = as("sales", "grants", "revoke", String.valueOf(grantId), "--reason", "x");
        assertThat(revoke.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(revoke.err()).contains("Your roles do not allow you to revoke grants.");
        assertThat(as("sales", "license", "lookup", "--partner", "Northwind Resellers", KEY).exitCode())
                .isEqualTo(ExitCodes.REFUSED);
    }
}
