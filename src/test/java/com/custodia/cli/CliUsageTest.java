package com.custodia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Help, version and usage errors: everything decided before a database is touched. */
class CliUsageTest {

    private final CliRunner cli = CliRunner.withSecrets();

    @Test
    void helpListsExactlyTheCommandsThatExist() {
        CliRunner.Result help = cli.run("--help");

        assertThat(help.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(commandsListed(help.out())).containsExactly("init", "demo", "persons", "consents", "ledger", "bench",
                "partners", "grants", "license", "requests", "case", "backup", "restore");
        assertThat(help.out()).contains("--workspace=DIR", "--db-url=URL", "--db-user=NAME", "--user=OPERATOR",
                "CUSTODIA_PASSPHRASE", "CUSTODIA_PASSWORD", "CUSTODIA_DB_PASSWORD");
        assertThat(help.err()).isEmpty();
    }

    @Test
    void eachCommandHasItsOwnHelp() {
        CliRunner.Result help = cli.run("demo", "--help");

        assertThat(help.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(help.out()).contains("Usage: custodia demo", "--persons=N", "--seed=S", "(default: 1)");
    }

    @Test
    void nestedCommandsHaveTheirOwnHelpAndAGroupAloneIsAUsageError() {
        CliRunner.Result export = cli.run("persons", "export", "--help");
        CliRunner.Result ledger = cli.run("ledger");

        assertThat(export.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(export.out()).contains("Usage: custodia persons export", "--recipient=NAME", "--basis=BASIS",
                "--purpose=TEXT", "--reference=ID", "--recipient-kind=KIND", "--recipient-address=TEXT", "--person=ID");
        assertThat(ledger.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(ledger.err()).contains("Missing command: choose one of verify, checkpoint, accounting.");
    }

    @Test
    void versionComesFromTheFilteredResource() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/custodia-version.properties")) {
            properties.load(in);
        }
        String version = properties.getProperty("custodia.version");
        assertThat(version).as("Maven filtered the resource").matches("\\d+\\.\\d+\\.\\d+.*");

        CliRunner.Result result = cli.run("--version");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(result.out().strip()).isEqualTo("Custodia " + version);
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        CliRunner.Result result = cli.run("--frobnicate", "init", "--admin", "admin");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("Unknown option: '--frobnicate'", "custodia --help");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void anUnknownOptionOfACommandIsAUsageError() {
        CliRunner.Result result = cli.run("--workspace", "ignored", "demo", "--persons", "1", "--colour", "red");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("--colour", "custodia demo --help");
    }

    @Test
    void aWorkspaceGivenAfterTheCommandIsRefusedWithAHint() {
        CliRunner.Result result = cli.run("demo", "--persons", "1", "--workspace", "somewhere");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("go before the command");
    }

    @Test
    void aDatabaseUrlNeedsADatabaseUser() {
        CliRunner.Result result = cli.run("--db-url", "jdbc:postgresql://localhost/custodia", "init", "--admin", "admin");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("--db-user");
    }

    @Test
    void aWorkspaceAndAServerAreMutuallyExclusive() {
        CliRunner.Result result = cli.run("--workspace", "somewhere", "--db-url", "jdbc:postgresql://localhost/custodia",
                "--db-user", "custodia", "init", "--admin", "admin");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("mutually exclusive");
    }

    @Test
    void aMalformedDatabaseUrlIsAnInputError() {
        CliRunner.Result result = cli.run("--db-url", "http://localhost/custodia", "--db-user", "custodia",
                "init", "--admin", "admin");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("jdbc:postgresql://");
    }

    @Test
    void globalOptionsWithoutACommandAreAUsageError() {
        CliRunner.Result result = cli.run("--workspace", "somewhere");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("Missing command", "init", "demo");
    }

    @Test
    void demoWithoutAnOperatorIsAUsageError() {
        CliRunner.Result result = cli.run("--workspace", "somewhere", "demo", "--persons", "1");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("--user OPERATOR");
    }

    @Test
    void aMissingPassphraseWithNoTerminalNamesTheVariable() {
        CliRunner bare = new CliRunner().env(Secrets.PASSWORD, "admin-password-1");

        CliRunner.Result result = bare.run("--workspace", "somewhere", "init", "--admin", "admin");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("CUSTODIA_PASSPHRASE");
    }

    @Test
    void aMissingPasswordWithNoTerminalNamesTheVariable() {
        CliRunner bare = new CliRunner().env(Secrets.PASSPHRASE, "a passphrase long enough");

        CliRunner.Result result = bare.run("--workspace", "somewhere", "demo", "--persons", "1", "--user", "admin");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("CUSTODIA_PASSWORD");
    }

    /** The names under "Commands:" in the usage text, up to the next blank line. */
    private static List<String> commandsListed(String usage) {
        List<String> names = new ArrayList<>();
        boolean inCommands = false;
        for (String line : usage.split("\\R")) {
            if (line.equals("Commands:")) {
                inCommands = true;
            } else if (inCommands && line.isBlank()) {
                break;
            } else if (inCommands && line.matches("  \\S.*")) {
                names.add(line.strip().split("\\s+")[0]);
            }
        }
        return names;
    }
}
