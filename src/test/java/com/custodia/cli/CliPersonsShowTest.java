package com.custodia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodia.domain.ChangeContext;
import com.custodia.domain.CustomerOrder;
import com.custodia.domain.License;
import com.custodia.domain.LicenseStatus;
import com.custodia.domain.PaymentCard;
import com.custodia.domain.Person;
import com.custodia.domain.PersonKind;
import com.custodia.domain.Progress;
import com.custodia.domain.Role;
import com.custodia.service.Services;
import com.custodia.service.auth.Principal;
import com.custodia.support.TestWorkspaces;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** persons show through the whole command line, masked per role. */
class CliPersonsShowTest {

    private static final String PASSWORD = "operator-password-1";

    @TempDir
    static Path dir;
    static long personId;
    /** A customer nobody owns. */
    static long unownedId;

    private static Path workspace() {
        return dir.resolve("ws");
    }

    @BeforeAll
    static void workspaceWithAPerson() {
        CliRunner.Result created = CliRunner.withSecrets().run("--workspace", workspace().toString(), "init",
                "--admin", "admin");
        assertThat(created.exitCode()).as(created.toString()).isZero();
        try (Services services = TestWorkspaces.workspaceService(Clock.systemUTC())
                .openWorkspace(workspace(), TestWorkspaces.PASSPHRASE.toCharArray(), Progress.NONE)) {
            Principal admin = services.auth().login(TestWorkspaces.ADMIN, TestWorkspaces.ADMIN_PASSWORD.toCharArray())
                    .principal();
            Principal sales = operator(services, admin, "sales", Role.SALES_REPRESENTATIVE);
            operator(services, admin, "partners", Role.PARTNER_MANAGER);
            Instant at = Instant.parse("2024-05-01T10:00:00Z");
            personId = services.database().fromTransaction(new ChangeContext("admin", "test", at), s -> {
                Person p = new Person(PersonKind.CUSTOMER, "Ada", "Lovelace", at).withEmail("ada@example.com")
                        .withCompany("Analytical Engines").withNotes("line one\nline two \u001b[31mred");
                s.persist(p);
                s.flush();
                s.persist(new License(p.getId(), "ABCD-EFGH-IJKL-AB12", "Custodia Desk", "Pro", 5,
                        LocalDate.of(2024, 3, 1), null, LicenseStatus.ACTIVE, null));
                s.persist(new CustomerOrder(p.getId(), "Custodia Desk Pro", at, new BigDecimal("499.00"), "EUR",
                        PaymentCard.fromTyped("4111 1111 1111 1111", null, "09/27", "tok_secret")));
                return p.getId();
            });
            // a sales representative takes the customer, as the People screen lets them
            services.accountOwners().assign(sales, personId, null, sales.operatorId());
            unownedId = services.database().fromTransaction(new ChangeContext("admin", "test", at), s -> {
                Person p = new Person(PersonKind.CUSTOMER, "Grace", "Hopper", at);
                s.persist(p);
                s.flush();
                return p.getId();
            });
        }
    }

    /** An operator who has replaced the temporary password, as the command line requires. */
    private static Principal operator(Services services, Principal admin, String name, Role role) {
        String temporary = "temporary-password-1";
        services.operators().create(admin, name, "Operator " + name, Set.of(role), temporary.toCharArray());
        Principal operator = services.auth().login(name, temporary.toCharArray()).principal();
        services.auth().changePassword(operator, temporary.toCharArray(), PASSWORD.toCharArray());
        return operator;
    }

    private static CliRunner.Result show(String user, String id) {
        return CliRunner.withSecrets().env(Secrets.PASSWORD, user.equals("admin") ? TestWorkspaces.ADMIN_PASSWORD : PASSWORD)
                .run("--workspace", workspace().toString(), "--user", user, "persons", "show", id);
    }

    @Test
    void salesSeeTheProfileAndEveryCategoryWithTheKeyMasked() {
        CliRunner.Result r = show("sales", String.valueOf(personId));

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("Person " + personId + ": Ada Lovelace")
                .contains("Owner:       Operator sales (sales)")
                .contains("Email:       ada@example.com")
                .contains("Licenses (1)").contains("XXXX-XXXX-XXXX-AB12  Custodia Desk Pro, 5 seats, active")
                .contains("Orders and payment cards (1)").contains("499.00 EUR  Visa …1111 exp 2027-09")
                .contains("Web analytics (0)")
                .contains("Notes:       line one line two  [31mred")
                .contains("Communication preferences (0 recorded)").contains("feature news: subscribed (no choice recorded)")
                .doesNotContain("ABCD-EFGH").doesNotContain("4111 1111").doesNotContain("tok_secret")
                .doesNotContain("\u001b");
    }

    @Test
    void partnerManagersSeeNamesAndLicensesWithTheKey() {
        CliRunner.Result r = show("partners", String.valueOf(personId));

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("(your roles show names only)").contains("ABCD-EFGH-IJKL-AB12")
                .contains("Owner:       Operator sales (sales)")
                .contains("Orders and payment cards: not shown to your roles")
                .doesNotContain("ada@example.com").doesNotContain("Analytical");
    }

    @Test
    void administratorsSeeNamesOnly() {
        CliRunner.Result r = show("admin", String.valueOf(personId));

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("Ada Lovelace").contains("Licenses: not shown to your roles")
                .doesNotContain("XXXX").doesNotContain("ada@example.com");
    }

    @Test
    void aCustomerNobodyOwnsSaysSo() {
        CliRunner.Result r = show("sales", String.valueOf(unownedId));

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("Person " + unownedId + ": Grace Hopper").contains("Owner:       nobody");
    }

    @Test
    void anUnknownPersonIsAnInputError() {
        CliRunner.Result r = show("sales", "999999");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("There is no person with id 999999.");
    }

    @Test
    void anIdThatIsNotANumberIsAUsageError() {
        CliRunner.Result r = show("sales", "ada");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("PERSON_ID");
    }
}
