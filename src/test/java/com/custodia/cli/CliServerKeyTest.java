package com.custodia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodia.domain.ConnectionProfile;
import com.custodia.support.TestWorkspaces;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * On a server, CUSTODIA_PASSPHRASE unlocks this workstation's signing key: without it the ledger
 * can be verified but nothing signed, and the command says what to set.
 */
@Tag("postgres")
class CliServerKeyTest {

    @Test
    void signingOnAServerNeedsTheKeyPassphraseAndVerifyingDoesNot() {
        ConnectionProfile.Server server = TestWorkspaces.freshPostgresSchema();
        String url = server.jdbcUrl();
        CliRunner withKey = CliRunner.withSecrets()
                .env(Secrets.DB_PASSWORD, new String(TestWorkspaces.pgPassword()))
                .env(Secrets.PASSPHRASE, "this workstation's key passphrase");
        CliRunner withoutKey = CliRunner.withSecrets()
                .env(Secrets.DB_PASSWORD, new String(TestWorkspaces.pgPassword()));
        withoutKey.environment.remove(Secrets.PASSPHRASE);

        CliRunner.Result init = withKey.run("--db-url", url, "--db-user", server.user(), "init", "--admin", "admin");
        CliRunner.Result locked = withoutKey.run("--db-url", url, "--db-user", server.user(), "--user", "admin",
                "ledger", "checkpoint");
        CliRunner.Result verified = withoutKey.run("--db-url", url, "--db-user", server.user(), "--user", "admin",
                "ledger", "verify");
        CliRunner.Result signed = withKey.run("--db-url", url, "--db-user", server.user(), "--user", "admin",
                "ledger", "checkpoint");

        assertThat(init.exitCode()).as(init.toString()).isEqualTo(ExitCodes.OK);
        assertThat(locked.exitCode()).as(locked.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(locked.err()).contains("signing key is locked").contains("CUSTODIA_PASSPHRASE");
        assertThat(verified.exitCode()).as(verified.toString()).isEqualTo(ExitCodes.OK);
        assertThat(verified.out()).startsWith("OK 0 entries");
        assertThat(signed.exitCode()).as(signed.toString()).isEqualTo(ExitCodes.OK);
        assertThat(signed.out()).contains("Checkpoint of 0 entries");
    }
}
