package com.custodia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodia.domain.PersonKind;
import com.custodia.domain.Progress;
import com.custodia.domain.Role;
import com.custodia.service.Services;
import com.custodia.service.auth.Principal;
import com.custodia.service.people.NewPerson;
import com.custodia.support.TestWorkspaces;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code persons search} in-process against a real encrypted workspace: the table, masking, no hits, refusal. */
class CliPersonsSearchTest {

    private static final String OPERATOR_PASSWORD = "operator-password-1";

    @TempDir
    Path dir;

    private long ada;

    private Path workspace() {
        return dir.resolve("ws");
    }

    @BeforeEach
    void workspaceWithThreePersonsAndOperatorsOfThreeRoles() {
        CliRunner.Result created = CliRunner.withSecrets().run("--workspace", workspace().toString(), "init",
                "--admin", "admin");
        assertThat(created.exitCode()).as(created.toString()).isEqualTo(ExitCodes.OK);
        try (Services services = TestWorkspaces.workspaceService(Clock.systemUTC())
                .openWorkspace(workspace(), TestWorkspaces.PASSPHRASE.toCharArray(), Progress.NONE)) {
            Principal admin = services.auth().login(TestWorkspaces.ADMIN, TestWorkspaces.ADMIN_PASSWORD.toCharArray())
                    .principal();
            addOperator(services, admin, "sales", Role.SALES_REPRESENTATIVE);
            addOperator(services, admin, "reviewer", Role.OFFLINE_REVIEWER);
            Principal officer = TestWorkspaces.principal(50, "officer", Role.PRIVACY_OFFICER);
            ada = services.people().create(officer, new NewPerson(PersonKind.CUSTOMER, "Ada", "Lovelace",
                    "Analytical Engines Ltd", "ada@analytical.example", "+44 20 7946 0000", null, "London", null, "GB",
                    "en"));
            services.people().create(officer, new NewPerson(PersonKind.CUSTOMER, "Charles", "Babbage",
                    "Analytical Engines Ltd", "charles@analytical.example", null, null, null, null, "GB", "en"));
            services.people().create(officer, new NewPerson(PersonKind.TRIAL_USER, "Grace", "Hopper", "Navy",
                    "grace@navy.example", null, null, null, null, "US", "en"));
        }
    }

    private static void addOperator(Services services, Principal admin, String name, Role role) {
        String temporary = "temporary-password-1";
        services.operators().create(admin, name, name, Set.of(role), temporary.toCharArray());
        Principal operator = services.auth().login(name, temporary.toCharArray()).principal();
        services.auth().changePassword(operator, temporary.toCharArray(), OPERATOR_PASSWORD.toCharArray());
    }

    private CliRunner.Result as(String operator, String... args) {
        List<String> all = new ArrayList<>(List.of("--workspace", workspace().toString(), "--user", operator));
        all.addAll(List.of(args));
        String password = operator.equals(TestWorkspaces.ADMIN) ? TestWorkspaces.ADMIN_PASSWORD : OPERATOR_PASSWORD;
        return CliRunner.withSecrets().env(Secrets.PASSWORD, password).run(all.toArray(String[]::new));
    }

    @Test
    void salesRepresentativesGetATableWithCompanyAndEmail() {
        CliRunner.Result search = as("sales", "persons", "search", "analytical", "eng");

        assertThat(search.exitCode()).as(search.toString()).isEqualTo(ExitCodes.OK);
        List<String> lines = search.out().lines().toList();
        assertThat(lines.get(0)).startsWith("ID").contains("NAME").contains("COMPANY").contains("EMAIL");
        assertThat(lines.get(1)).contains("Babbage, Charles").contains("charles@analytical.example");
        assertThat(lines.get(2)).startsWith(Long.toString(ada)).contains("Lovelace, Ada")
                .contains("Analytical Engines Ltd").contains("ada@analytical.example");
        assertThat(lines.get(3)).isEqualTo("2 persons.");
    }

    @Test
    void administratorsSeeNamesWithContactDataRestricted() {
        CliRunner.Result search = as("admin", "persons", "search", "lovelace");

        assertThat(search.exitCode()).as(search.toString()).isEqualTo(ExitCodes.OK);
        assertThat(search.out()).contains("Lovelace, Ada").contains("(restricted)").doesNotContain("analytical");
    }

    @Test
    void noMatchIsSaidPlainlyAndIsNotAnError() {
        CliRunner.Result search = as("sales", "persons", "search", "zzyzx");

        assertThat(search.exitCode()).as(search.toString()).isEqualTo(ExitCodes.OK);
        assertThat(search.out()).isEqualTo("No persons match." + System.lineSeparator());
    }

    @Test
    void theLimitCutsTheTableAndSaysMoreMatch() {
        CliRunner.Result search = as("sales", "persons", "search", "analytical", "--limit", "1");

        assertThat(search.exitCode()).as(search.toString()).isEqualTo(ExitCodes.OK);
        assertThat(search.out().lines()).hasSize(3);
        assertThat(search.out()).contains("1 shown; more persons match");
        assertThat(as("sales", "persons", "search", "x", "--limit", "0").exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void aRoleWithoutAccessToPersonsIsRefused() {
        CliRunner.Result search = as("reviewer", "persons", "search", "lovelace");

        assertThat(search.exitCode()).as(search.toString()).isEqualTo(ExitCodes.REFUSED);
        assertThat(search.err()).contains("Your roles do not allow you to search persons.");
        assertThat(search.out()).isEmpty();
    }
}
