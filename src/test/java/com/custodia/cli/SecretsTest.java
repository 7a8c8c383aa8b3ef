package com.custodia.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where secrets come from: the environment first, then the terminal, never a guess. */
class SecretsTest {

    @Test
    void theEnvironmentWinsOverTheTerminal() {
        var terminal = new CliRunner.ScriptedPrompt("typed");
        Secrets secrets = new Secrets(Map.of(Secrets.PASSPHRASE, "from the environment"), terminal);

        assertThat(secrets.passphrase()).isEqualTo("from the environment".toCharArray());
        assertThat(terminal.questions).isEmpty();
    }

    @Test
    void aNewSecretIsAskedTwice() {
        var terminal = new CliRunner.ScriptedPrompt("s3cret-password", "s3cret-password");
        Secrets secrets = new Secrets(Map.of(), terminal);

        assertThat(secrets.newPassword("admin")).isEqualTo("s3cret-password".toCharArray());
        assertThat(terminal.questions).hasSize(2).allMatch(q -> q.toLowerCase().contains("password"));
    }

    @Test
    void inputEndingBeforeTheRepetitionIsAMissingSecret() {
        Secrets secrets = new Secrets(Map.of(), new CliRunner.ScriptedPrompt("only once"));

        assertThatThrownBy(secrets::newPassphrase).isInstanceOf(CommandFailure.class)
                .hasMessageContaining(Secrets.PASSPHRASE);
    }

    @Test
    void noDatabasePasswordAndNoTerminalMeansTrustAuthentication() {
        Secrets secrets = new Secrets(Map.of(), SecretPrompt.NONE);

        assertThat(secrets.databasePassword("server")).isEmpty();
    }

    @Test
    void anEmptyDatabasePasswordIsNotAskedFor() {
        var terminal = new CliRunner.ScriptedPrompt("typed");
        Secrets secrets = new Secrets(Map.of(Secrets.DB_PASSWORD, ""), terminal);

        assertThat(secrets.databasePassword("server")).isEmpty();
        assertThat(terminal.questions).isEmpty();
    }

    @Test
    void aDatabasePasswordIsAskedAtATerminal() {
        Secrets secrets = new Secrets(Map.of(), new CliRunner.ScriptedPrompt("db-secret"));

        assertThat(secrets.databasePassword("server")).isEqualTo("db-secret".toCharArray());
    }

    @Test
    void aMissingPasswordNamesItsVariable() {
        Secrets secrets = new Secrets(Map.of(), SecretPrompt.NONE);

        assertThatThrownBy(() -> secrets.password("admin")).isInstanceOf(CommandFailure.class)
                .hasMessageContaining(Secrets.PASSWORD)
                .satisfies(e -> assertThat(((CommandFailure) e).exitCode()).isEqualTo(ExitCodes.USAGE));
    }
}
