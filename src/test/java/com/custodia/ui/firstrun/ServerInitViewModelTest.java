package com.custodia.ui.firstrun;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodia.domain.ConnectionProfile;
import com.custodia.domain.Progress;
import com.custodia.service.Services;
import com.custodia.service.settings.AppDirs;
import com.custodia.service.settings.ProfileStore;
import com.custodia.service.workspace.WorkspaceService;
import com.custodia.support.PostgresSchemas;
import com.custodia.support.TestWorkspaces;
import com.custodia.ui.common.OpenServices;
import com.custodia.ui.common.SyncTaskExecutor;
import com.custodia.ui.support.MutableClock;
import com.custodia.ui.support.RecordingDialogs;
import com.custodia.ui.support.UiTesting;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first-run screen's server form without a window, against a fresh PostgreSQL schema: an
 * empty database is offered for initialisation, and initialising goes on like creating a workspace.
 */
@Tag("postgres")
class ServerInitViewModelTest {

    private static final String KEY = "this workstation's key passphrase";

    @TempDir Path home;
    private final MutableClock clock = MutableClock.atFixedStart();
    private final SyncTaskExecutor executor = new SyncTaskExecutor();
    private final RecordingListener listener = new RecordingListener();
    private final List<String> signIns = listener.signIns;
    private ConnectionProfile.Server server;
    private AppDirs dirs;
    private ProfileStore profiles;
    private OpenServices open;
    private FirstRunViewModel model;

    @BeforeEach
    void setUp() {
        server = TestWorkspaces.freshPostgresSchema();
        dirs = UiTesting.dirs(home);
        profiles = new ProfileStore(dirs);
        open = new OpenServices(executor);
        model = new FirstRunViewModel(this::workspaces, profiles, dirs, open, executor, new RecordingDialogs(), clock,
                UiTesting.bundle("firstrun"), false, listener);
        model.choiceProperty().set(FirstRunViewModel.Choice.SERVER);
        ServerForm form = model.server();
        form.hostProperty().set(server.host());
        form.portProperty().set(String.valueOf(server.port()));
        form.databaseProperty().set(server.database());
        form.schemaProperty().set(server.schema());
        form.userProperty().set(server.user());
        form.tlsProperty().set(server.tls());
        form.passwordProperty().set(new String(TestWorkspaces.pgPassword()));
    }

    @AfterEach
    void tearDown() {
        open.closeNow();
        PostgresSchemas.drop(server);
    }

    private WorkspaceService workspaces() {
        return new WorkspaceService(clock, TestWorkspaces.FAST_HASHER, "test-workstation", dirs);
    }

    private void fillInitialisation() {
        model.server().keyPassphraseProperty().set(KEY);
        ServerInitForm init = model.serverInit();
        init.keyPassphraseRepeatProperty().set(KEY);
        init.usernameProperty().set("alice");
        init.displayNameProperty().set("Alice Admin");
        init.passwordProperty().set("alice-password-1");
        init.passwordRepeatProperty().set("alice-password-1");
    }

    @Test
    void connectingToAnEmptyDatabaseOffersToInitialiseItAndWritesNothing() {
        model.submit();

        assertThat(model.serverInit().offeredProperty().get()).isTrue();
        assertThat(model.initialisingProperty().get()).isTrue();
        assertThat(model.errorProperty().get()).as("an empty database is not an error").isEmpty();
        assertThat(model.invalidFieldProperty().get()).as("the key passphrase is asked for first")
                .isEqualTo("server-key-passphrase");
        assertThat(signIns).isEmpty();
        assertThat(profiles.load()).isEmpty();
        assertThat(open.current()).isEmpty();
        assertThat(PostgresSchemas.relations(server)).isEmpty();
        assertThat(model.server().passwordProperty().get()).as("kept for the initialisation").isNotEmpty();
    }

    @Test
    void initialisingNeedsAKeyPassphraseTypedTwice() {
        model.submit();

        model.submit();
        assertThat(model.errorProperty().get()).isEqualTo("Signing key passphrase: a new signing key needs a passphrase.");
        assertThat(model.invalidFieldProperty().get()).isEqualTo("server-key-passphrase");

        fillInitialisation();
        model.serverInit().keyPassphraseRepeatProperty().set(KEY + "!");
        model.submit();
        assertThat(model.errorProperty().get()).isEqualTo("Repeat key passphrase: the two passphrases differ.");
        assertThat(model.invalidFieldProperty().get()).isEqualTo("server-init-key-repeat");

        assertThat(PostgresSchemas.relations(server)).isEmpty();
        assertThat(signIns).isEmpty();
    }

    @Test
    void theAdministratorFollowsTheRulesOfANewWorkspace() {
        model.submit();
        fillInitialisation();
        model.serverInit().passwordRepeatProperty().set("something-else-1");

        model.submit();
        assertThat(model.errorProperty().get()).isEqualTo("Repeat password: the two passwords differ.");
        assertThat(model.invalidFieldProperty().get()).isEqualTo("server-init-password-repeat");

        model.serverInit().passwordRepeatProperty().set("alice-password-1");
        model.serverInit().passwordProperty().set("alice");
        model.submit();
        assertThat(model.errorProperty().get()).startsWith("Password: ").contains("at least 10 characters");

        assertThat(PostgresSchemas.relations(server)).isEmpty();
    }

    @Test
    void initialisingRemembersTheProfileAndGoesToSignInAsTheNewAdministrator() {
        model.submit();
        fillInitialisation();

        model.submit();

        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(signIns).containsExactly("alice");
        assertThat(profiles.load()).containsExactly(server);
        Services services = open.current().orElseThrow();
        assertThat(services.profile()).isEqualTo(server);
        assertThat(services.ledger().canSign()).as("this workstation's key is unlocked").isTrue();
        assertThat(services.auth().login("alice", "alice-password-1".toCharArray()).principal().displayName())
                .isEqualTo("Alice Admin");
        assertThat(dirs.data().resolve("servers").resolve(services.info().id()).resolve("signing-key.json")).exists();
        assertThat(PostgresSchemas.count(server, "signing_key")).isEqualTo(1);
        assertThat(model.serverInit().offeredProperty().get()).isFalse();
        assertThat(model.server().keyPassphraseProperty().get()).as("secrets are cleared").isEmpty();
        assertThat(model.serverInit().passwordProperty().get()).isEmpty();
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void anInitialisedDatabaseIsConnectedToWithoutAnOffer() {
        workspaces().initServer(server, TestWorkspaces.pgPassword(), KEY.toCharArray(), TestWorkspaces.admin(),
                Progress.NONE).close();
        model.server().keyPassphraseProperty().set(KEY);

        model.submit();

        assertThat(model.serverInit().offeredProperty().get()).isFalse();
        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(signIns).containsExactly("null");
        assertThat(open.current().map(Services::profile)).contains(server);
    }

    @Test
    void namingAnotherDatabaseWithdrawsTheOffer() {
        model.submit();
        assertThat(model.serverInit().offeredProperty().get()).isTrue();

        model.server().databaseProperty().set(server.database() + "_other");

        assertThat(model.serverInit().offeredProperty().get()).isFalse();
        assertThat(model.initialisingProperty().get()).isFalse();

        model.server().databaseProperty().set(server.database());
        assertThat(model.serverInit().offeredProperty().get()).as("it was about the database looked at").isFalse();
        model.submit();
        assertThat(model.serverInit().offeredProperty().get()).isTrue();
        model.server().tlsProperty().set(ConnectionProfile.TlsMode.REQUIRE);
        assertThat(model.serverInit().offeredProperty().get()).isFalse();
        model.server().tlsProperty().set(server.tls());
        model.submit();
        assertThat(model.serverInit().offeredProperty().get()).isTrue();
        model.server().schemaProperty().set("");
        assertThat(model.serverInit().offeredProperty().get()).isFalse();
    }

    @Test
    void aDatabaseHoldingOtherTablesIsRefusedWithoutAnOffer() {
        PostgresSchemas.execute(server, "CREATE TABLE invoices (id INT PRIMARY KEY)");

        model.submit();

        assertThat(model.serverInit().offeredProperty().get()).isFalse();
        assertThat(model.errorProperty().get()).contains("tables that are not Custodia's").contains("invoices");
        assertThat(PostgresSchemas.relations(server)).containsExactly("invoices");
        assertThat(profiles.load()).isEmpty();
    }

    @Test
    void aRefusedLoginIsSaidUnderTheForm() {
        model.server().userProperty().set("custodia_no_such_role");

        model.submit();

        assertThat(model.errorProperty().get()).isEqualTo("The server refused the user name or password.");
        assertThat(model.serverInit().offeredProperty().get()).isFalse();
    }

    @Test
    void anUnreachableServerIsSaidUnderTheForm() throws Exception {
        model.server().portProperty().set(String.valueOf(unusedPort()));

        model.submit();

        assertThat(model.errorProperty().get()).startsWith("Could not connect to the server");
        assertThat(model.serverInit().offeredProperty().get()).isFalse();
    }

    @Test
    void aWrongKeyPassphrasePointsAtItsField() throws Exception {
        workspaces().initServer(server, TestWorkspaces.pgPassword(), KEY.toCharArray(), TestWorkspaces.admin(),
                Progress.NONE).close();
        Path keyFile;
        try (var files = Files.walk(dirs.data())) {
            keyFile = files.filter(p -> p.endsWith("signing-key.json")).findFirst().orElseThrow();
        }
        byte[] before = Files.readAllBytes(keyFile);
        model.server().keyPassphraseProperty().set("not the key passphrase");

        model.submit();

        assertThat(model.errorProperty().get()).startsWith("Wrong passphrase for this workstation's signing key");
        assertThat(model.invalidFieldProperty().get()).isEqualTo("server-key-passphrase");
        assertThat(open.current()).isEmpty();
        assertThat(profiles.load()).isEmpty();
        assertThat(Files.readAllBytes(keyFile)).isEqualTo(before);
    }

    /** A port nothing listens on: one the system just gave out and took back. */
    private static int unusedPort() throws java.io.IOException {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
