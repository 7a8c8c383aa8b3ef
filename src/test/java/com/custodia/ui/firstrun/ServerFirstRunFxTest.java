package com.custodia.ui.firstrun;

import static com.custodia.ui.support.WindowSteps.shown;
import static com.custodia.ui.support.WindowSteps.text;
import static com.custodia.ui.support.WindowSteps.type;
import static com.custodia.ui.support.WindowSteps.waitFor;
import static com.custodia.ui.support.WindowSteps.waitForSignInError;
import static org.assertj.core.api.Assertions.assertThat;

import com.custodia.app.AppContext;
import com.custodia.app.WindowFlow;
import com.custodia.domain.ConnectionProfile;
import com.custodia.service.auth.Principal;
import com.custodia.service.settings.AppDirs;
import com.custodia.support.PostgresSchemas;
import com.custodia.support.TestWorkspaces;
import com.custodia.ui.admin.AdministrationScreen;
import com.custodia.ui.dashboard.DashboardScreen;
import com.custodia.ui.support.MutableClock;
import com.custodia.ui.support.RecordingDialogs;
import com.custodia.ui.support.UiTesting;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The console, headless, on a fresh PostgreSQL schema with nothing remembered: the first-run
 * screen initialises the empty database; later this workstation's key passphrase decides whether
 * connecting again signs in, and a wrong one changes nothing.
 */
@Tag("postgres")
@ExtendWith(ApplicationExtension.class)
class ServerFirstRunFxTest {

    private static final String KEY = "this workstation's key passphrase";
    private static final String PASSWORD = "alice-password-1";

    private static ConnectionProfile.Server server;

    /** Stands in for CUSTODIA_HOME: profiles, preferences and this workstation's key file. */
    @TempDir Path home;
    private AppContext context;
    private WindowFlow flow;

    @BeforeAll
    static void freshSchema() {
        server = TestWorkspaces.freshPostgresSchema();
    }

    @AfterAll
    static void dropSchema() {
        PostgresSchemas.drop(server);
    }

    @Start
    void start(Stage stage) {
        AppDirs dirs = UiTesting.dirs(home);
        context = AppContext.builder().dirs(dirs).clock(MutableClock.atFixedStart()).hasher(TestWorkspaces.FAST_HASHER)
                .workstation("test-workstation").dialogs(new RecordingDialogs()).locale(Locale.ENGLISH)
                .screens(List.of(new DashboardScreen(), new AdministrationScreen())).build();
        flow = new WindowFlow(context, () -> { });
        flow.start(stage);
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        robot.interact(flow::shutdown);
        context.close();
    }

    @Test
    void anEmptyDatabaseIsInitialisedHereAndOnlyTheRightKeyPassphraseSignsInAgain(FxRobot robot) throws Exception {
        initialiseFromTheFirstRunScreen(robot);

        waitFor(robot, "#signin-username");
        assertThat(text(robot, "#signin-username")).as("sign-in follows, as after creating a workspace").isEqualTo("alice");
        assertThat(shown(robot, "#signin-db-password")).as("the new database is open").isFalse();
        type(robot, "#signin-password", PASSWORD);
        robot.clickOn("#signin-submit");
        waitFor(robot, "#nav-administration");
        assertThat(text(robot, "#status-operator")).contains("Alice Admin");
        assertThat(context.profiles().load()).containsExactly(server);
        Path keyFile = onlyKeyFile();
        assertThat(PostgresSchemas.count(server, "signing_key")).isEqualTo(1);

        signOut(robot);
        byte[] key = Files.readAllBytes(keyFile);
        long events = PostgresSchemas.count(server, "security_event");

        connect(robot, "not the key passphrase");
        waitForSignInError(robot);
        assertThat(text(robot, "#signin-error")).startsWith("Wrong passphrase for this workstation's signing key")
                .contains("nothing was changed");
        assertThat(robot.lookup("#main-window").tryQuery()).isEmpty();
        assertThat(flow.principal()).isEmpty();
        assertThat(Files.readAllBytes(keyFile)).as("the key file is as it was").isEqualTo(key);
        assertThat(onlyKeyFile()).isEqualTo(keyFile);
        assertThat(PostgresSchemas.count(server, "signing_key")).as("no other key registered").isEqualTo(1);
        assertThat(PostgresSchemas.count(server, "security_event")).as("no sign-in attempted").isEqualTo(events);
        assertThat(context.profiles().load()).containsExactly(server);

        connect(robot, KEY);
        waitFor(robot, "#nav-administration");
        assertThat(flow.principal()).map(Principal::username).contains("alice");
        assertThat(PostgresSchemas.count(server, "signing_key")).as("the same key, unlocked").isEqualTo(1);
        assertThat(Files.readAllBytes(keyFile)).isEqualTo(key);
    }

    // ---------------------------------------------------------------- Steps

    private void initialiseFromTheFirstRunScreen(FxRobot robot) throws TimeoutException {
        waitFor(robot, "#choice-server");
        robot.clickOn("#choice-server");
        waitFor(robot, "#server-host");
        type(robot, "#server-host", server.host());
        type(robot, "#server-port", String.valueOf(server.port()));
        type(robot, "#server-database", server.database());
        type(robot, "#server-schema", server.schema());
        type(robot, "#server-user", server.user());
        ComboBox<?> tls = robot.lookup("#server-tls").queryAs(ComboBox.class);
        robot.interact(() -> tls.getSelectionModel().select(server.tls().ordinal()));
        type(robot, "#server-password", new String(TestWorkspaces.pgPassword()));
        type(robot, "#server-key-passphrase", KEY);
        assertThat(shown(robot, "#server-init")).as("nothing is offered before the database was looked at").isFalse();
        robot.clickOn("#first-run-submit");

        waitFor(robot, "#server-init-username");
        assertThat(text(robot, "#first-run-submit")).isEqualTo("Initialise database");
        assertThat(text(robot, "#first-run-error")).isEmpty();
        assertThat(PostgresSchemas.relations(server)).as("looking wrote nothing").isEmpty();
        type(robot, "#server-init-key-repeat", KEY);
        type(robot, "#server-init-username", "alice");
        type(robot, "#server-init-display-name", "Alice Admin");
        type(robot, "#server-init-password", PASSWORD);
        type(robot, "#server-init-password-repeat", PASSWORD);
        robot.clickOn("#first-run-submit");
    }

    private void signOut(FxRobot robot) throws TimeoutException {
        robot.clickOn(robot.lookup(".menu-bar .menu").nth(0).queryAs(Node.class));
        robot.clickOn(robot.lookup("#menu-signout").queryAs(Node.class));
        waitFor(robot, "#signin-db-password");
    }

    /** Sign-in with the database closed: its password, this workstation's key passphrase, then the operator. */
    private void connect(FxRobot robot, String keyPassphrase) {
        type(robot, "#signin-db-password", new String(TestWorkspaces.pgPassword()));
        type(robot, "#signin-key-passphrase", keyPassphrase);
        type(robot, "#signin-username", "alice");
        type(robot, "#signin-password", PASSWORD);
        robot.clickOn("#signin-submit");
    }

    private Path onlyKeyFile() throws IOException {
        try (Stream<Path> files = Files.walk(home.resolve("data"))) {
            List<Path> keys = files.filter(p -> p.endsWith("signing-key.json")).toList();
            assertThat(keys).hasSize(1);
            return keys.get(0);
        }
    }
}
