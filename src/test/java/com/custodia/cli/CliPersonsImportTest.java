package com.custodia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodia.domain.Progress;
import com.custodia.domain.Role;
import com.custodia.service.Services;
import com.custodia.service.auth.Principal;
import com.custodia.support.TestWorkspaces;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** persons import through the whole command line: summary, report, and the exit codes 0, 2 and 4. */
class CliPersonsImportTest {

    private static final String SALES_PASSWORD = "operator-password-1";

    @TempDir
    Path dir;

    private Path workspace() {
        return dir.resolve("ws");
    }

    @BeforeEach
    void workspaceWithASalesRepresentative() {
        try (Services services = TestWorkspaces.embedded(workspace(), Clock.systemUTC())) {
            Principal admin = services.auth().login(TestWorkspaces.ADMIN, TestWorkspaces.ADMIN_PASSWORD.toCharArray())
                    .principal();
            services.operators().create(admin, "sam", "Sam Sales", Set.of(Role.SALES_REPRESENTATIVE),
                    "temporary-password-1".toCharArray());
            Principal sam = services.auth().login("sam", "temporary-password-1".toCharArray()).principal();
            services.auth().changePassword(sam, "temporary-password-1".toCharArray(), SALES_PASSWORD.toCharArray());
        }
    }

    private CliRunner.Result importAs(CliRunner cli, String user, String... args) {
        String[] all = new String[5 + args.length];
        all[0] = "--workspace";
        all[1] = workspace().toString();
        all[2] = "persons";
        all[3] = "import";
        all[4] = "--user=" + user;
        System.arraycopy(args, 0, all, 5, args.length);
        return cli.run(all);
    }

    private long persons() {
        try (Services services = TestWorkspaces.workspaceService(Clock.systemUTC())
                .openWorkspace(workspace(), TestWorkspaces.PASSPHRASE.toCharArray(), Progress.NONE)) {
            return services.people().count(TestWorkspaces.principal(1, "check", Role.ADMINISTRATOR));
        }
    }

    @Test
    void aCleanFileGoesInWithExitZeroAndASummary() throws IOException {
        Path file = Files.writeString(dir.resolve("people.csv"),
                "external_id,last_name,email,shoe_size\np-1,Lovelace,ada@example.com,38\np-2,Babbage,,44\n");

        CliRunner.Result result = importAs(CliRunner.withSecrets(), TestWorkspaces.ADMIN, file.toString());

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.OK);
        assertThat(result.out()).startsWith("Imported people.csv: 2 rows read, 2 new, 0 updated, 0 unchanged, "
                + "0 rejected").contains("Report: " + dir.resolve("people.report.csv").toAbsolutePath());
        assertThat(result.err()).contains("100%").contains("Ignored columns that are not person columns: shoe_size.");
        assertThat(persons()).isEqualTo(2);
    }

    @Test
    void rejectedRowsEndWithExitTwoAndTheReportWhereItWasAsked() throws IOException {
        Path file = Files.writeString(dir.resolve("people.csv"),
                "external_id,last_name,email\np-1,Lovelace,ada@example.com\np-2,,nobody\n");
        Path report = dir.resolve("reports").resolve("why.csv");

        CliRunner.Result result = importAs(CliRunner.withSecrets(), TestWorkspaces.ADMIN, file.toString(),
                "--report", report.toString());

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.out()).contains("2 rows read, 1 new, 0 updated, 0 unchanged, 1 rejected");
        assertThat(Files.readString(report)).contains("3,p-2,last_name,last_name is required")
                .contains("3,p-2,email,email is not an address: it has no @");
        assertThat(persons()).isEqualTo(1);
    }

    @Test
    void anUnusableFileOrAMissingOneIsAnInputErrorAndImportsNothing() throws IOException {
        Path file = Files.writeString(dir.resolve("people.csv"), "name,email\nAda,ada@example.com\n");

        CliRunner.Result unusable = importAs(CliRunner.withSecrets(), TestWorkspaces.ADMIN, file.toString());
        CliRunner.Result missing = importAs(CliRunner.withSecrets(), TestWorkspaces.ADMIN,
                dir.resolve("nothing.csv").toString());

        assertThat(unusable.exitCode()).as(unusable.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(unusable.err()).contains("has no last_name column").doesNotContain("Exception");
        assertThat(unusable.out()).isEmpty();
        assertThat(missing.exitCode()).as(missing.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).contains("There is no file");
        assertThat(persons()).isZero();
    }

    @Test
    void aSalesRepresentativeIsRefusedWithExitFour() throws IOException {
        Path file = Files.writeString(dir.resolve("people.csv"), "last_name\nLovelace\n");

        CliRunner.Result result = importAs(CliRunner.withSecrets().env(Secrets.PASSWORD, SALES_PASSWORD), "sam",
                file.toString());

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.REFUSED);
        assertThat(result.err()).contains("Your roles do not allow you to import persons.");
        assertThat(dir.resolve("people.report.csv")).doesNotExist();
        assertThat(persons()).isZero();
    }
}
