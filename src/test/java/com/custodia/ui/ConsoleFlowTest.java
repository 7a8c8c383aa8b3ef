package com.custodia.ui;

import static com.custodia.ui.support.WindowSteps.shown;
import static com.custodia.ui.support.WindowSteps.text;
import static com.custodia.ui.support.WindowSteps.type;
import static com.custodia.ui.support.WindowSteps.waitFor;
import static com.custodia.ui.support.WindowSteps.waitForSignInError;
import static org.assertj.core.api.Assertions.assertThat;

import com.custodia.app.AppContext;
import com.custodia.app.WindowFlow;
import com.custodia.domain.ConnectionProfile;
import com.custodia.domain.SecurityEventKind;
import com.custodia.service.security.SecurityEventView;
import com.custodia.service.auth.AuthService;
import com.custodia.service.settings.AppDirs;
import com.custodia.service.settings.ProfileStore;
import com.custodia.support.TestWorkspaces;
import com.custodia.ui.admin.AdministrationScreen;
import com.custodia.ui.dashboard.DashboardScreen;
import com.custodia.ui.support.MutableClock;
import com.custodia.ui.support.RecordingDialogs;
import com.custodia.ui.support.RecordingScreen;
import com.custodia.ui.support.UiTesting;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The console as an operator meets it, headless: first run, sign-in, the main window, lockout
 * and the idle lock. Each test starts from a remembered but closed workspace.
 */
@ExtendWith(ApplicationExtension.class)
class ConsoleFlowTest {

        /** One workspace made for the class and copied for each test: creating one costs a second or more. */
    private static Path template;

    private final MutableClock clock = MutableClock.atFixedStart();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final RecordingScreen records = new RecordingScreen();
    private Path home;
    private Path seeded;
    private AppContext context;
    private WindowFlow flow;

    @BeforeAll
    static void makeTemplate() throws IOException {
        template = Files.createTempDirectory("custodia-console-template").resolve("ws");
        TestWorkspaces.embedded(template, MutableClock.atFixedStart()).close();
    }

    @AfterAll
    static void dropTemplate() throws IOException {
        deleteTree(template.getParent());
    }

    @Start
    void start(Stage stage) throws IOException {
        home = Files.createTempDirectory("custodia-console-test");
        AppDirs dirs = UiTesting.dirs(home);
        seeded = home.resolve("seeded");
        copyTree(template, seeded);
        new ProfileStore(dirs).remember(new ConnectionProfile.Embedded(seeded));
        context = AppContext.builder().dirs(dirs).clock(clock).hasher(TestWorkspaces.FAST_HASHER)
                .workstation("test-workstation").dialogs(dialogs).locale(Locale.ENGLISH)
                .screens(List.of(new DashboardScreen(), new AdministrationScreen(), records)).build();
        flow = new WindowFlow(context, () -> { });
        flow.start(stage);
    }

    @AfterEach
    void tearDown(FxRobot robot) throws IOException {
        robot.interact(flow::shutdown);
        context.close();
        deleteTree(home);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Files.copy(source, to.resolve(from.relativize(source).toString()));
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    // ---------------------------------------------------------------- Tests

    @Test
    void aWorkspaceCreatedOnTheFirstRunScreenLeadsToTheAdministratorsMainWindow(FxRobot robot) throws Exception {
        waitFor(robot, "#signin-other");
        robot.clickOn("#signin-other");
        waitFor(robot, "#choice-create");
        type(robot, "#create-passphrase", TestWorkspaces.PASSPHRASE);
        type(robot, "#create-passphrase-repeat", TestWorkspaces.PASSPHRASE);
        type(robot, "#create-username", "alice");
        type(robot, "#create-display-name", "Alice Admin");
        type(robot, "#create-password", "alice-password-1");
        type(robot, "#create-password-repeat", "alice-password-1");
        robot.clickOn("#first-run-submit");

        waitFor(robot, "#signin-username");
        assertThat(text(robot, "#signin-username")).isEqualTo("alice");
        assertThat(shown(robot, "#signin-passphrase")).as("the new database is open").isFalse();
        type(robot, "#signin-password", "alice-password-1");
        robot.clickOn("#signin-submit");

        waitFor(robot, "#nav-administration");
        assertThat(robot.lookup("#nav-dashboard").tryQuery()).isPresent();
        assertThat(robot.lookup("#nav-records").tryQuery()).isPresent();
        assertThat(text(robot, "#status-operator")).contains("Alice Admin");
        assertThat(text(robot, "#status-roles")).isEqualTo("Administrator");
        assertThat(robot.window(0)).extracting(w -> ((Stage) w).getTitle()).isEqualTo("Custodia \u2014 default");
        waitFor(robot, "#status-ledger");
        assertThat(text(robot, "#status-ledger")).as("an administrator may verify the ledger, so sees its state")
                .isEqualTo("Ledger: no entries \u00b7 no checkpoint yet \u00b7 not verified yet");
        assertThat(robot.lookup("#global-search").query().isVisible()).as("no screen here takes searches").isFalse();
    }

    @Test
    void aWrongPasswordIsShownUnderTheForm(FxRobot robot) throws Exception {
        signIn(robot, "wrong-password-1");

        waitForSignInError(robot);
        assertThat(text(robot, "#signin-error")).isEqualTo(AuthService.WRONG_CREDENTIALS);
        assertThat(robot.lookup("#main-window").tryQuery()).isEmpty();
    }

    @Test
    void fiveFailuresLockTheAccountEvenAgainstTheRightPassword(FxRobot robot) throws Exception {
        signIn(robot, "wrong-password-0");
        waitForSignInError(robot);
        for (int i = 1; i < 5; i++) {
            assertThat(text(robot, "#signin-error")).isEqualTo(AuthService.WRONG_CREDENTIALS);
            type(robot, "#signin-password", "wrong-password-" + i);
            robot.clickOn("#signin-submit");
            waitForSignInError(robot);
        }
        assertThat(text(robot, "#signin-error")).isEqualTo(AuthService.LOCKED);

        type(robot, "#signin-password", TestWorkspaces.ADMIN_PASSWORD);
        robot.clickOn("#signin-submit");
        waitForSignInError(robot);

        assertThat(text(robot, "#signin-error")).isEqualTo(AuthService.LOCKED);
        assertThat(robot.lookup("#main-window").tryQuery()).isEmpty();
    }

    @Test
    void anIdleSessionLocksWithoutTheScreenAndUnlocksWithThePassword(FxRobot robot) throws Exception {
        signIn(robot, TestWorkspaces.ADMIN_PASSWORD);
        waitFor(robot, "#nav-records");
        robot.clickOn("#nav-records");
        waitFor(robot, "#" + RecordingScreen.CONTENT_ID);

        clock.advance(Duration.ofMinutes(16));
        robot.interact(flow::checkIdleNow);

        waitFor(robot, "#lock-screen");
        assertThat(flow.isLocked()).isTrue();
        assertThat(robot.lookup("#" + RecordingScreen.CONTENT_ID).tryQuery()).as("no personal data left").isEmpty();
        assertThat(robot.lookup("#main-window").tryQuery()).isEmpty();
        assertThat(records.disposed).hasValue(1);

        type(robot, "#lock-password", TestWorkspaces.ADMIN_PASSWORD);
        robot.clickOn("#lock-unlock");

        waitFor(robot, "#" + RecordingScreen.CONTENT_ID);
        assertThat(flow.isLocked()).isFalse();
        assertThat(robot.lookup("#nav-administration").tryQuery()).isPresent();
        assertThat(records.opened).as("the screen is opened anew, not kept").hasValue(2);
    }

    @Test
    void signingOutFromTheMenuClosesTheDatabase(FxRobot robot) throws Exception {
        signIn(robot, TestWorkspaces.ADMIN_PASSWORD);
        waitFor(robot, "#nav-records");
        robot.clickOn("#nav-records");

        robot.clickOn(robot.lookup(".menu-bar .menu").nth(0).queryAs(Node.class));
        robot.clickOn(robot.lookup("#menu-signout").queryAs(Node.class));

        waitFor(robot, "#signin-passphrase");
        assertThat(text(robot, "#signin-username")).as("the operator is offered again").isEqualTo(TestWorkspaces.ADMIN);
        assertThat(records.disposed).hasValue(1);
        assertThat(flow.principal()).isEmpty();
        // the database was closed, so it opens again here, and the sign-out is on record
        try (var services = UiTesting.workspaces(clock).openWorkspace(seeded, TestWorkspaces.PASSPHRASE.toCharArray(),
                com.custodia.domain.Progress.NONE)) {
            var admin = services.auth().login(TestWorkspaces.ADMIN, TestWorkspaces.ADMIN_PASSWORD.toCharArray());
            assertThat(services.securityEvents().newest(admin.principal(), 10))
                    .extracting(SecurityEventView::kind).contains(SecurityEventKind.LOGOUT);
        }
    }

    // ---------------------------------------------------------------- Helpers

    /** Signs in to the seeded workspace, which is closed, so the passphrase is needed too. */
    private void signIn(FxRobot robot, String password) throws TimeoutException {
        waitFor(robot, "#signin-passphrase");
        type(robot, "#signin-passphrase", TestWorkspaces.PASSPHRASE);
        type(robot, "#signin-username", TestWorkspaces.ADMIN);
        type(robot, "#signin-password", password);
        robot.clickOn("#signin-submit");
    }
}
