package com.custodia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodia.domain.ConnectionProfile;
import com.custodia.support.PostgresSchemas;
import com.custodia.support.TestWorkspaces;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * On the command line, as in the console, a command other than init leaves an empty server
 * database alone and says to initialise it, and init does not run twice (decision 0029).
 */
@Tag("postgres")
class CliServerInitTest {

    private ConnectionProfile.Server server;
    private CliRunner cli;

    @BeforeEach
    void freshSchema() {
        server = TestWorkspaces.freshPostgresSchema();
        cli = CliRunner.withSecrets().env(Secrets.DB_PASSWORD, new String(TestWorkspaces.pgPassword()));
    }

    @AfterEach
    void dropSchema() {
        PostgresSchemas.drop(server);
    }

    private CliRunner.Result run(String... command) {
        String[] args = new String[command.length + 4];
        args[0] = "--db-url";
        args[1] = server.jdbcUrl();
        args[2] = "--db-user";
        args[3] = server.user();
        System.arraycopy(command, 0, args, 4, command.length);
        return cli.run(args);
    }

    @Test
    void aCommandOnAnEmptyDatabaseSaysToInitialiseItAndWritesNothing() {
        CliRunner.Result result = run("--user", "admin", "ledger", "verify");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("holds no Custodia workspace yet").contains("run init");
        assertThat(PostgresSchemas.relations(server)).isEmpty();
    }

    @Test
    void initTwiceIsRefusedTheSecondTime() {
        CliRunner.Result first = run("init", "--admin", "admin");
        CliRunner.Result second = run("init", "--admin", "other");

        assertThat(first.exitCode()).as(first.toString()).isEqualTo(ExitCodes.OK);
        assertThat(second.exitCode()).as(second.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(second.err()).contains("already holds a Custodia workspace").contains("connect to it instead");
        assertThat(PostgresSchemas.count(server, "operator")).isEqualTo(1);
        assertThat(PostgresSchemas.count(server, "signing_key")).as("no second key made").isEqualTo(1);
    }
}
