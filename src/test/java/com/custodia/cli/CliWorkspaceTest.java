package com.custodia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodia.domain.Progress;
import com.custodia.domain.Role;
import com.custodia.service.Services;
import com.custodia.service.auth.Principal;
import com.custodia.support.TestWorkspaces;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** init and demo in-process against real encrypted workspaces, through the whole command line. */
class CliWorkspaceTest {

    private static final String OPERATOR_PASSWORD = "operator-password-1";

    @TempDir
    Path dir;

    private Path workspace() {
        return dir.resolve("ws");
    }

    private CliRunner.Result init(CliRunner runner) {
        return runner.run("--workspace", workspace().toString(), "init", "--admin", "admin",
                "--display-name", "Ada Admin");
    }

    private long personsIn(Path folder) {
        try (Services services = TestWorkspaces.workspaceService(Clock.systemUTC())
                .openWorkspace(folder, TestWorkspaces.PASSPHRASE.toCharArray(), Progress.NONE)) {
            Principal admin = services.auth().login(TestWorkspaces.ADMIN, TestWorkspaces.ADMIN_PASSWORD.toCharArray())
                    .principal();
            return services.people().count(admin);
        }
    }

    @Test
    void initThenDemoFillsTheWorkspace() {
        CliRunner cli = CliRunner.withSecrets();

        CliRunner.Result created = init(cli);
        assertThat(created.exitCode()).as(created.toString()).isEqualTo(ExitCodes.OK);
        assertThat(created.out()).contains("Created an encrypted workspace in " + workspace().toAbsolutePath())
                .containsPattern("Workspace id: +[0-9a-f-]{36}")
                .contains("Administrator: admin");
        assertThat(workspace().resolve("workspace.json")).exists();

        CliRunner.Result demo = cli.run("--workspace", workspace().toString(), "demo", "--persons", "100",
                "--user", "admin");
        assertThat(demo.exitCode()).as(demo.toString()).isEqualTo(ExitCodes.OK);
        assertThat(demo.out()).startsWith("Generated 100 persons" + System.lineSeparator()).contains(" web visits, ");
        assertThat(demo.err()).as("progress goes to stderr").contains("100% 100 of 100 persons");

        assertThat(personsIn(workspace())).isEqualTo(100);
    }

    @Test
    void initTwiceIntoTheSameFolderIsAnInputError() {
        CliRunner cli = CliRunner.withSecrets();
        assertThat(init(cli).exitCode()).isEqualTo(ExitCodes.OK);

        CliRunner.Result again = init(cli);

        assertThat(again.exitCode()).as(again.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(again.err()).contains("is not empty").doesNotContain("Exception");
        assertThat(again.out()).isEmpty();
    }

    @Test
    void demoWithAWrongPassphraseIsAnInputError() {
        assertThat(init(CliRunner.withSecrets()).exitCode()).isEqualTo(ExitCodes.OK);

        CliRunner.Result demo = CliRunner.withSecrets().env(Secrets.PASSPHRASE, "not the passphrase at all")
                .run("--workspace", workspace().toString(), "demo", "--persons", "5", "--user", "admin");

        assertThat(demo.exitCode()).as(demo.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(demo.err()).contains("Wrong passphrase.");
    }

    @Test
    void demoByAnOperatorWithoutTheAdministratorRoleIsRefused() {
        assertThat(init(CliRunner.withSecrets()).exitCode()).isEqualTo(ExitCodes.OK);
        addOperator("sales", Role.SALES_REPRESENTATIVE, true);

        CliRunner.Result demo = CliRunner.withSecrets().env(Secrets.PASSWORD, OPERATOR_PASSWORD)
                .run("--workspace", workspace().toString(), "--user", "sales", "demo", "--persons", "5");

        assertThat(demo.exitCode()).as(demo.toString()).isEqualTo(ExitCodes.REFUSED);
        assertThat(demo.err()).contains("Your roles do not allow you to generate demo data.");
        assertThat(personsIn(workspace())).isZero();
    }

    @Test
    void anOperatorStillOnATemporaryPasswordIsRefused() {
        assertThat(init(CliRunner.withSecrets()).exitCode()).isEqualTo(ExitCodes.OK);
        addOperator("second-admin", Role.ADMINISTRATOR, false);

        CliRunner.Result demo = CliRunner.withSecrets().env(Secrets.PASSWORD, OPERATOR_PASSWORD)
                .run("--workspace", workspace().toString(), "demo", "--persons", "5", "--user", "second-admin");

        assertThat(demo.exitCode()).as(demo.toString()).isEqualTo(ExitCodes.REFUSED);
        assertThat(demo.err()).contains("temporary");
        assertThat(personsIn(workspace())).isZero();
    }

    @Test
    void aWrongPasswordIsRefused() {
        assertThat(init(CliRunner.withSecrets()).exitCode()).isEqualTo(ExitCodes.OK);

        CliRunner.Result demo = CliRunner.withSecrets().env(Secrets.PASSWORD, "not-the-password")
                .run("--workspace", workspace().toString(), "demo", "--persons", "5", "--user", "admin");

        assertThat(demo.exitCode()).as(demo.toString()).isEqualTo(ExitCodes.REFUSED);
        assertThat(demo.err()).contains("Wrong user name or password.");
    }

    @Test
    void aPassphraseTooShortIsAnInputErrorAndCreatesNothing() {
        CliRunner.Result created = init(CliRunner.withSecrets().env(Secrets.PASSPHRASE, "short"));

        assertThat(created.exitCode()).as(created.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(created.err()).contains("The passphrase needs at least 12 characters.");
        assertThat(workspace()).doesNotExist();
    }

    @Test
    void secretsMissingFromTheEnvironmentAreAskedTwiceAtTheTerminal() {
        CliRunner cli = new CliRunner();
        var terminal = new CliRunner.ScriptedPrompt(TestWorkspaces.PASSPHRASE, TestWorkspaces.PASSPHRASE,
                TestWorkspaces.ADMIN_PASSWORD, TestWorkspaces.ADMIN_PASSWORD);
        cli.prompt = terminal;

        CliRunner.Result created = init(cli);

        assertThat(created.exitCode()).as(created.toString()).isEqualTo(ExitCodes.OK);
        assertThat(terminal.questions).hasSize(4);
        assertThat(terminal.questions.get(1)).startsWith("Repeat");
        assertThat(personsIn(workspace())).as("the prompted secrets open the workspace").isZero();
    }

    @Test
    void differingAnswersAtTheTerminalCreateNothing() {
        CliRunner cli = new CliRunner();
        cli.prompt = new CliRunner.ScriptedPrompt(TestWorkspaces.PASSPHRASE, TestWorkspaces.PASSPHRASE + "x");

        CliRunner.Result created = init(cli);

        assertThat(created.exitCode()).as(created.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(created.err()).contains("The two passphrases differ");
        assertThat(workspace()).doesNotExist();
    }

    @Test
    void theDefaultWorkspaceIsUsedWhenNoneIsNamed() {
        CliRunner cli = CliRunner.withSecrets();
        cli.defaultWorkspace = dir.resolve("default");

        CliRunner.Result created = cli.run("init", "--admin", "admin");

        assertThat(created.exitCode()).as(created.toString()).isEqualTo(ExitCodes.OK);
        assertThat(dir.resolve("default").resolve("workspace.json")).exists();
    }

    @Test
    void anUnexpectedFailureIsOneLineWithExitOneAndATraceOnlyWhenVerbose() {
        CliRunner cli = CliRunner.withSecrets();
        cli.clock = new BrokenClock();

        CliRunner.Result quiet = init(cli);
        assertThat(quiet.exitCode()).as(quiet.toString()).isEqualTo(ExitCodes.INTERNAL_ERROR);
        assertThat(quiet.err().strip()).doesNotContain("\n")
                .contains("Unexpected error: IllegalStateException: the clock broke")
                .contains("--verbose");

        CliRunner.Result verbose = cli.run("--workspace", dir.resolve("other").toString(), "-v",
                "init", "--admin", "admin");
        assertThat(verbose.exitCode()).isEqualTo(ExitCodes.INTERNAL_ERROR);
        assertThat(verbose.err()).contains("the clock broke").contains("\tat ");
    }

    /** Creates an operator directly through the services, as an administrator would in the console. */
    private void addOperator(String name, Role role, boolean choosesOwnPassword) {
        try (Services services = TestWorkspaces.workspaceService(Clock.systemUTC())
                .openWorkspace(workspace(), TestWorkspaces.PASSPHRASE.toCharArray(), Progress.NONE)) {
            Principal admin = services.auth().login(TestWorkspaces.ADMIN, TestWorkspaces.ADMIN_PASSWORD.toCharArray())
                    .principal();
            String temporary = "temporary-password-1";
            services.operators().create(admin, name, name, Set.of(role),
                    choosesOwnPassword ? temporary.toCharArray() : OPERATOR_PASSWORD.toCharArray());
            if (choosesOwnPassword) {
                Principal operator = services.auth().login(name, temporary.toCharArray()).principal();
                services.auth().changePassword(operator, temporary.toCharArray(), OPERATOR_PASSWORD.toCharArray());
            }
        }
        assertThat(Files.exists(workspace())).isTrue();
    }

    /** A clock whose failure no service anticipates, standing in for any internal bug. */
    private static final class BrokenClock extends Clock {
        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public java.time.Instant instant() {
            throw new IllegalStateException("the clock broke");
        }
    }
}
