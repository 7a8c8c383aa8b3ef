package com.custodia.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Styles;
import com.custodia.domain.Role;
import com.custodia.service.Services;
import com.custodia.service.people.importing.ImportProblem;
import com.custodia.support.MutableClock;
import com.custodia.support.TestWorkspaces;
import com.custodia.ui.common.FxTaskExecutor;
import com.custodia.ui.common.ScreenContext;
import com.custodia.ui.common.ScreenView;
import com.custodia.ui.common.ViewLoader;
import com.custodia.ui.support.RecordingDialogs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real import wizard in a headless stage with the real worker thread: a privacy officer
 * chooses a file, maps its "Surname" column to last_name in the table, imports, and reads the
 * refused row's line and reason in the summary.
 */
@ExtendWith(ApplicationExtension.class)
class ImportScreenFxTest {

    /** A bound on waiting for background work, not a performance assertion. */
    private static final int WAIT_SECONDS = 30;

    @TempDir static Path dir;

    /** Made once, off the FX thread: opening a workspace inside {@code @Start} can outlast TestFX's set-up timeout. */
    private static Services services;
    private static Path csv;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private FxTaskExecutor executor;
    private ScreenView screen;

    @BeforeAll
    static void workspace() throws IOException {
        services = TestWorkspaces.embedded(dir.resolve("ws"), new MutableClock());
        csv = Files.writeString(dir.resolve("contacts.csv"), "external_id,Surname,first_name,email\n"
                + "s-1,Lovelace,Ada,ada@example.com\n"
                + "s-2,Babbage,Bob,bob@@example.com\n"
                + "s-3,Hopper,Grace,grace@example.com\n");
    }

    @AfterAll
    static void closeWorkspace() {
        services.close();
    }

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        executor = new FxTaskExecutor();
        dialogs.nextFile = csv;
        ScreenContext context = new ScreenContext(services, TestWorkspaces.principal(50, "olivia",
                Role.PRIVACY_OFFICER), executor, dialogs, new ViewLoader(Locale.ENGLISH), new MutableClock());
        screen = new ImportScreen().open(context);
        stage.setScene(new Scene(screen.root(), 1100, 760));
        stage.show();
    }

    @AfterEach
    void close() {
        WaitForAsyncUtils.asyncFx(screen::dispose);
        WaitForAsyncUtils.waitForFxEvents();
        executor.close();
    }

    @Test
    void aColumnMappedInTheTableImportsAndTheRefusedRowIsListed(FxRobot robot) throws TimeoutException {
        robot.clickOn("#chooseFileButton");
        waitUntilShown(robot, "#mappingPane");
        Label problem = robot.lookup("#mappingProblem").queryAs(Label.class);
        assertThat(problem.getText()).startsWith("Choose the column that holds last_name");
        assertThat(robot.lookup("#nextButton").query().isDisabled()).isTrue();

        robot.clickOn("#target-1");
        robot.clickOn(robot.lookup(".list-cell").match((ListCell<?> cell) -> "last_name".equals(cell.getText()))
                .queryAs(ListCell.class));
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS,
                () -> !robot.lookup("#nextButton").query().isDisabled());
        TableView<?> preview = robot.lookup("#previewTable").queryTableView();
        assertThat(preview.getColumns().get(2).getText()).isEqualTo("Surname\n\u2192 last_name");

        robot.clickOn("#nextButton");
        waitUntilShown(robot, "#runPane");
        assertThat(robot.lookup("#batchNote").queryAs(Label.class).getText())
                .contains("the batches already written stay in");
        robot.clickOn("#startButton");
        waitUntilShown(robot, "#summaryPane");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#insertedCount").queryAs(Label.class).getText()).isEqualTo("2");
        assertThat(robot.lookup("#rejectedCount").queryAs(Label.class).getText()).isEqualTo("1");
        assertThat(robot.lookup("#summaryHeadline").queryAs(Label.class).getStyleClass()).contains(Styles.DANGER);
        TableView<ImportProblem> problems = robot.lookup("#problemsTable").queryTableView();
        assertThat(problems.getItems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.column()).isEqualTo("email");
        });
        assertThat(robot.lookup("#reportPath").queryTextInputControl().getText())
                .isEqualTo(dir.resolve("contacts.report.csv").toString());
        assertThat(robot.lookup("#continueButton").query().isVisible()).isFalse();
    }

    private static void waitUntilShown(FxRobot robot, String id) throws TimeoutException {
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> {
            Node node = robot.lookup(id).query();
            return node.isVisible();
        });
    }
}
