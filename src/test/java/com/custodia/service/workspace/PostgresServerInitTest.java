package com.custodia.service.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.custodia.domain.ConnectionProfile;
import com.custodia.domain.DatabaseException;
import com.custodia.domain.Progress;
import com.custodia.persistence.Workspaces;
import com.custodia.service.Services;
import com.custodia.service.settings.AppDirs;
import com.custodia.support.MutableClock;
import com.custodia.support.PostgresSchemas;
import com.custodia.support.TestWorkspaces;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What connecting and initialising do with what a PostgreSQL schema holds: each is refused before
 * anything is written unless the schema is what it expects (decision 0029).
 */
@Tag("postgres")
class PostgresServerInitTest {

    private static final char[] KEY = "this workstation's key passphrase".toCharArray();

    @TempDir Path home;
    private final MutableClock clock = new MutableClock();
    private ConnectionProfile.Server server;
    private WorkspaceService workspaces;

    @BeforeEach
    void freshSchema() {
        server = TestWorkspaces.freshPostgresSchema();
        workspaces = new WorkspaceService(clock, TestWorkspaces.FAST_HASHER, "test-workstation",
                new AppDirs(home.resolve("config"), home.resolve("data")));
    }

    @AfterEach
    void dropSchema() {
        PostgresSchemas.drop(server);
    }

    @Test
    void connectingToAnEmptySchemaIsRefusedAsNotInitialisedAndCreatesNothing() {
        assertThatThrownBy(() -> workspaces.connect(server, TestWorkspaces.pgPassword(), KEY, Progress.NONE))
                .isInstanceOfSatisfying(DatabaseException.class,
                        e -> assertThat(e.reason()).isEqualTo(DatabaseException.Reason.NOT_INITIALISED))
                .hasMessageContaining("holds no Custodia workspace yet");

        assertThat(PostgresSchemas.relations(server)).isEmpty();
        assertThat(home.resolve("data")).doesNotExist();
    }

    @Test
    void initialisingAnEmptySchemaMakesTheAdministratorAndRegistersThisWorkstationsKey() throws IOException {
        try (Services services = workspaces.initServer(server, TestWorkspaces.pgPassword(), KEY,
                TestWorkspaces.admin(), Progress.NONE)) {
            assertThat(services.auth().login(TestWorkspaces.ADMIN, TestWorkspaces.ADMIN_PASSWORD.toCharArray())
                    .principal().username()).isEqualTo(TestWorkspaces.ADMIN);
            assertThat(services.ledger().canSign()).isTrue();
            assertThat(keyFiles()).containsExactly(
                    home.resolve("data/servers").resolve(services.info().id()).resolve("signing-key.json"));
        }
        assertThat(PostgresSchemas.count(server, "signing_key")).isEqualTo(1);

        try (Services again = workspaces.connect(server, TestWorkspaces.pgPassword(), KEY, Progress.NONE)) {
            assertThat(again.ledger().canSign()).as("the same key opens again").isTrue();
        }
        assertThat(PostgresSchemas.count(server, "signing_key")).as("and is not registered twice").isEqualTo(1);
    }

    @Test
    void initialisingAnInitialisedSchemaIsRefusedWithoutANewKeyOrOperator() throws IOException {
        workspaces.initServer(server, TestWorkspaces.pgPassword(), KEY, TestWorkspaces.admin(), Progress.NONE).close();
        List<Path> keysBefore = keyFiles();
        var second = new WorkspaceService.FirstAdministrator("mallory", "Mallory", "mallory-password-1".toCharArray());

        assertThatThrownBy(() -> workspaces.initServer(server, TestWorkspaces.pgPassword(),
                "another key passphrase".toCharArray(), second, Progress.NONE))
                .isInstanceOfSatisfying(DatabaseException.class,
                        e -> assertThat(e.reason()).isEqualTo(DatabaseException.Reason.WORKSPACE_EXISTS))
                .hasMessageContaining("connect to it instead");

        assertThat(PostgresSchemas.count(server, "operator")).isEqualTo(1);
        assertThat(PostgresSchemas.count(server, "signing_key")).isEqualTo(1);
        assertThat(keyFiles()).isEqualTo(keysBefore);
    }

    @Test
    void aSchemaHoldingOtherTablesIsRefusedByBothAndLeftAsItWas() {
        PostgresSchemas.execute(server, "CREATE TABLE invoices (id INT PRIMARY KEY)",
                "INSERT INTO invoices VALUES (1)", "CREATE TABLE orders (id INT)");

        assertThatThrownBy(() -> workspaces.initServer(server, TestWorkspaces.pgPassword(), KEY,
                TestWorkspaces.admin(), Progress.NONE))
                .isInstanceOfSatisfying(DatabaseException.class,
                        e -> assertThat(e.reason()).isEqualTo(DatabaseException.Reason.NOT_A_WORKSPACE))
                .hasMessageContaining("tables that are not Custodia's")
                .hasMessageContaining("invoices, orders")
                .hasMessageContaining("leaves it untouched");
        assertThatThrownBy(() -> workspaces.connect(server, TestWorkspaces.pgPassword(), KEY, Progress.NONE))
                .isInstanceOfSatisfying(DatabaseException.class,
                        e -> assertThat(e.reason()).isEqualTo(DatabaseException.Reason.NOT_A_WORKSPACE));

        assertThat(PostgresSchemas.relations(server)).containsExactly("invoices", "orders");
        assertThat(PostgresSchemas.count(server, "invoices")).isEqualTo(1);
        assertThat(home.resolve("data")).doesNotExist();
    }

    @Test
    void anInitialisationThatStoppedBeforeItsAdministratorIsFinishedNotConnectedTo() {
        // the schema migrated, then nothing more: what an interrupted init leaves
        Workspaces.openServer(server, TestWorkspaces.pgPassword(), clock.instant(), Progress.NONE).close();

        assertThatThrownBy(() -> workspaces.connect(server, TestWorkspaces.pgPassword(), KEY, Progress.NONE))
                .isInstanceOfSatisfying(DatabaseException.class,
                        e -> assertThat(e.reason()).isEqualTo(DatabaseException.Reason.NOT_INITIALISED))
                .hasMessageContaining("no administrator");
        try (Services services = workspaces.initServer(server, TestWorkspaces.pgPassword(), KEY,
                TestWorkspaces.admin(), Progress.NONE)) {
            assertThat(services.auth().login(TestWorkspaces.ADMIN, TestWorkspaces.ADMIN_PASSWORD.toCharArray())
                    .mustChangePassword()).isFalse();
        }
    }

    @Test
    void aWeakKeyPassphraseIsRefusedBeforeAnythingIsWritten() {
        assertThatThrownBy(() -> workspaces.initServer(server, TestWorkspaces.pgPassword(), "short".toCharArray(),
                TestWorkspaces.admin(), Progress.NONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Signing key passphrase: the passphrase needs at least 12 characters");

        assertThat(PostgresSchemas.relations(server)).isEmpty();
    }

    @Test
    void aWrongKeyPassphraseChangesNothing() throws IOException {
        workspaces.initServer(server, TestWorkspaces.pgPassword(), KEY, TestWorkspaces.admin(), Progress.NONE).close();
        Path keyFile = keyFiles().get(0);
        byte[] before = Files.readAllBytes(keyFile);

        assertThatThrownBy(() -> workspaces.connect(server, TestWorkspaces.pgPassword(),
                "not the key passphrase".toCharArray(), Progress.NONE))
                .isInstanceOf(WrongKeyPassphraseException.class)
                .hasMessageContaining("Wrong passphrase for this workstation's signing key")
                .hasMessageContaining("nothing was changed");

        assertThat(Files.readAllBytes(keyFile)).isEqualTo(before);
        assertThat(PostgresSchemas.count(server, "signing_key")).isEqualTo(1);
    }

    @Test
    void aRoleTheServerDoesNotKnowIsARefusedLogin() {
        var stranger = new ConnectionProfile.Server(server.host(), server.port(), server.database(),
                "custodia_no_such_role", server.tls(), server.caFile(), server.schema());

        assertThatThrownBy(() -> workspaces.initServer(stranger, TestWorkspaces.pgPassword(), KEY,
                TestWorkspaces.admin(), Progress.NONE))
                .isInstanceOfSatisfying(DatabaseException.class,
                        e -> assertThat(e.reason()).isEqualTo(DatabaseException.Reason.CONNECTION_FAILED))
                .hasMessage("The server refused the user name or password.");
        assertThat(PostgresSchemas.relations(server)).isEmpty();
    }

    private List<Path> keyFiles() throws IOException {
        Path servers = home.resolve("data/servers");
        if (!Files.exists(servers)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(servers)) {
            return files.filter(p -> p.getFileName().toString().equals("signing-key.json")).sorted().toList();
        }
    }
}
