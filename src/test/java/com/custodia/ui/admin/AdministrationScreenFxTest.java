package com.custodia.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import com.custodia.service.Services;
import com.custodia.service.auth.Principal;
import com.custodia.service.operators.OperatorView;
import com.custodia.support.TestWorkspaces;
import com.custodia.ui.common.FxTaskExecutor;
import com.custodia.ui.common.ScreenContext;
import com.custodia.ui.common.ScreenView;
import com.custodia.ui.common.ViewLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.zip.ZipFile;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real administration screen in a headless stage, with the real worker-thread executor: an
 * administrator fills in the side panel and the new account shows up in the table; "Back up…"
 * writes a backup to the file the (fake) chooser answers.
 */
@ExtendWith(ApplicationExtension.class)
class AdministrationScreenFxTest {

    /** Generous: a bound on waiting for background work, not a performance assertion. */
    private static final int WAIT_SECONDS = 30;

    @TempDir Path dir;

    private Services services;
    private FxTaskExecutor executor;
    private ScreenView screen;
    private final FakeDialogService dialogs = new FakeDialogService();

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        services = TestWorkspaces.embedded(dir.resolve("ws"), Clock.systemUTC());
        Principal admin = services.auth().login(TestWorkspaces.ADMIN, TestWorkspaces.ADMIN_PASSWORD.toCharArray())
                .principal();
        executor = new FxTaskExecutor();
        ScreenContext context = new ScreenContext(services, admin, executor, dialogs,
                new ViewLoader(Locale.ENGLISH), Clock.systemUTC());
        screen = new AdministrationScreen().open(context);
        stage.setScene(new Scene(screen.root(), 1200, 760));
        stage.show();
    }

    @AfterEach
    void close() throws TimeoutException {
        WaitForAsyncUtils.asyncFx(screen::dispose);
        WaitForAsyncUtils.waitForFxEvents();
        executor.close();
        services.close();
    }

    @Test
    void createsAnOperatorThroughTheFormAndSeesItInTheTable(FxRobot robot) throws TimeoutException {
        waitForRow(robot, op -> op.username().equals(TestWorkspaces.ADMIN));

        robot.clickOn("#createButton");
        robot.clickOn("#formUsername").write("casey");
        robot.clickOn("#formDisplayName").write("Casey Jones");
        robot.clickOn("#role-PARTNER_MANAGER");
        robot.clickOn("#formPassword").write("tempPass-1");
        robot.clickOn("#formPasswordRepeat").write("tempPass-1");
        robot.clickOn("#formSave");

        waitForRow(robot, op -> op.username().equals("casey"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".table-cell").<Node>queryAll()).extracting(AdministrationScreenFxTest::cellText)
                .contains("casey", "Casey Jones", "Partner manager");
        assertThat(robot.lookup("#formPanel").query().isVisible()).as("the side panel closes").isFalse();
        assertThat(robot.lookup("#operatorsNotice").queryAs(Label.class).getText()).isEqualTo("Operator casey created.");
        assertThat(services.operators().list(services.auth()
                .login(TestWorkspaces.ADMIN, TestWorkspaces.ADMIN_PASSWORD.toCharArray()).principal()))
                .extracting(OperatorView::username).contains("casey");
    }

    @Test
    void refusedInputIsExplainedBesideTheFormWhichStaysOpen(FxRobot robot) throws TimeoutException {
        waitForRow(robot, op -> op.username().equals(TestWorkspaces.ADMIN));

        robot.clickOn("#createButton");
        robot.clickOn("#formUsername").write("casey");
        robot.clickOn("#formDisplayName").write("Casey Jones");
        robot.clickOn("#role-SALES_REPRESENTATIVE");
        robot.clickOn("#formPassword").write("short");
        robot.clickOn("#formPasswordRepeat").write("short");
        robot.clickOn("#formSave");

        Label notice = robot.lookup("#formNotice").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> !notice.getText().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(notice.getText()).contains("at least 10 characters");
        assertThat(notice.isVisible()).isTrue();
        assertThat(robot.lookup("#formPanel").query().isVisible()).isTrue();
        assertThat(operatorsTable(robot).getItems()).extracting(OperatorView::username).doesNotContain("casey");
    }

    @Test
    void theBackUpButtonWritesABackupToTheChosenFile(FxRobot robot) throws Exception {
        Path target = dir.resolve("chosen.custodia-backup");
        dialogs.chosenFile = target;

        robot.clickOn("Backup");
        robot.clickOn("#backupButton");

        Label notice = robot.lookup("#backupNotice").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> !notice.getText().isEmpty()).get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(notice.getText()).startsWith("Backed up the workspace (")
                .endsWith(" to " + target.getFileName() + " in " + target.toAbsolutePath().getParent() + ".");
        assertThat(notice.isVisible()).isTrue();
        assertThat(robot.lookup("#backupBar").query().isVisible()).as("the progress bar goes away").isFalse();
        try (ZipFile zip = new ZipFile(target.toFile())) {
            assertThat(zip.getEntry("manifest.json")).isNotNull();
            assertThat(zip.getEntry("custodia.mv.db")).isNotNull();
        }
        assertThat(dialogs.errors).isEmpty();
    }

    private static void waitForRow(FxRobot robot, Predicate<OperatorView> wanted) throws TimeoutException {
        TableView<OperatorView> table = operatorsTable(robot);
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> table.getItems().stream().anyMatch(wanted)).get());
    }

    private static TableView<OperatorView> operatorsTable(FxRobot robot) {
        return robot.lookup("#operatorsTable").<OperatorView>queryTableView();
    }

    private static String cellText(Node cell) {
        return cell instanceof Labeled labeled ? labeled.getText() : "";
    }
}
