package com.custodia.ui.consent;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import com.custodia.domain.StatementMedium;
import com.custodia.service.consent.ConsentService.ConsentView;
import com.custodia.service.consent.StatementView;
import com.custodia.ui.common.FxTaskExecutor;
import com.custodia.ui.common.ScreenContext;
import com.custodia.ui.common.ScreenView;
import com.custodia.ui.common.ViewLoader;
import com.custodia.ui.support.RecordingDialogs;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
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
 * The real Consent &amp; testimonials screen in a headless stage, signed in as a privacy officer:
 * a statement is refused publication without consent and published once its author's consent is
 * recorded; a consent is withdrawn from the consents tab; withdrawing a published statement
 * shows where to take it down.
 */
@ExtendWith(ApplicationExtension.class)
class ConsentScreensFxTest {

    private static final int WAIT_SECONDS = 30;

    @TempDir static Path dir;

    private static ConsentScreenFixture f;
    private static long statement;
    private FxTaskExecutor executor;
    private ScreenView screen;

    @BeforeAll
    static void workspace() {
        f = new ConsentScreenFixture(dir);
        statement = f.statement(f.ada, StatementMedium.WEBSITE);
    }

    @AfterAll
    static void closeWorkspace() {
        f.close();
    }

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        executor = new FxTaskExecutor();
        ScreenContext context = new ScreenContext(f.services, f.officer, executor, new RecordingDialogs(),
                new ViewLoader(Locale.ENGLISH), f.clock);
        screen = new ConsentScreen().open(context);
        Scene scene = new Scene(screen.root(), 1280, 820);
        scene.getStylesheets().add(ConsentScreensFxTest.class.getResource("/css/custodia.css").toExternalForm());
        stage.setScene(scene);
        // the stage is shared with the window tests before this one, which may have sized it smaller
        stage.sizeToScene();
        stage.show();
    }

    @AfterEach
    void close() {
        WaitForAsyncUtils.asyncFx(screen::dispose);
        WaitForAsyncUtils.waitForFxEvents();
        executor.close();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    /**
     * Clicks a control once the screen is no longer busy: the notice of a finished task shows a
     * moment before its controls are enabled again, and a click on a disabled one does nothing.
     */
    private static void clickWhenEnabled(FxRobot robot, String query) throws Exception {
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> !robot.lookup(query).query().isDisabled());
        // the notice that came with the enabling may have moved the controls: lay out before aiming
        WaitForAsyncUtils.waitForFxEvents();
        scrollIntoView(robot, robot.lookup(query).query());
        robot.clickOn(query);
    }

    /**
     * Scrolls the detail pane down to the control, as an operator would: once a statement is
     * published its facts grow, and the controls at the bottom can move below the pane's view,
     * where a click would land on whatever is there instead.
     */
    private static void scrollIntoView(FxRobot robot, Node node) {
        robot.interact(() -> {
            for (Parent p = node.getParent(); p != null; p = p.getParent()) {
                if (p instanceof ScrollPane pane && pane.getContent() != null) {
                    Bounds inContent = pane.getContent().sceneToLocal(node.localToScene(node.getBoundsInLocal()));
                    double hidden = pane.getContent().getBoundsInLocal().getHeight()
                            - pane.getViewportBounds().getHeight();
                    if (hidden > 0) {
                        pane.setVvalue(Math.min(1, Math.max(0, inContent.getMinY() / hidden)));
                    }
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits for the statements tab to reach a state; a timeout says what the tab showed instead. */
    private static void awaitStatements(FxRobot robot, String expected, BooleanSupplier reached) {
        try {
            WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, reached::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("statements tab never showed " + expected + "; notice \""
                    + text(robot, "#statementsNotice") + "\", take-down list "
                    + robot.lookup("#takeDownList").queryListView().getItems() + ", statement "
                    + f.services.statements().detail(f.officer, statement).status(), e);
        }
    }

    @Test
    void publishingIsRefusedWithoutConsentAndAllowedWithItThenWithdrawalListsWhereToTakeItDown(FxRobot robot)
            throws Exception {
        robot.clickOn("Statements");
        TableView<StatementView> table = robot.lookup("#statementsTable").queryTableView();
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        robot.interact(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(s -> s.id() == statement).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".badge-missing").tryQuery()).as("the badge says no consent covers it").isPresent();

        robot.clickOn("#placeField").write("https://example.com/customers");
        robot.clickOn("#publishButton");
        awaitStatements(robot, "the refusal", () -> text(robot, "#statementsNotice").startsWith("Not published: "));
        assertThat(f.services.statements().detail(f.officer, statement).publications()).isZero();

        clickWhenEnabled(robot, "#recordConsentButton");
        awaitStatements(robot, "the recorded consent",
                () -> text(robot, "#statementsNotice").contains("may be published in Website"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".badge-covered").tryQuery()).as("the badge now says consent covers it").isPresent();

        clickWhenEnabled(robot, "#publishButton");
        awaitStatements(robot, "the publication",
                () -> text(robot, "#statementsNotice").contains("The publication is ledger entry"));
        assertThat(f.services.statements().detail(f.officer, statement).status()).isEqualTo("PUBLISHED");

        clickWhenEnabled(robot, "#withdrawStatementButton");
        ListView<String> takeDown = robot.lookup("#takeDownList").queryListView();
        awaitStatements(robot, "one place to take it down", () -> takeDown.getItems().size() == 1);
        assertThat(takeDown.getItems().get(0)).startsWith("Website: https://example.com/customers");
    }

    @Test
    void aConsentIsWithdrawnFromTheConsentsTab(FxRobot robot) throws Exception {
        TableView<ConsentView> table = robot.lookup("#consentsTable").queryTableView();
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> table.getItems().stream()
                .anyMatch(c -> c.id() == f.bobConsent));
        robot.interact(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(c -> c.id() == f.bobConsent).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> robot.lookup("#receiptArea")
                .queryTextInputControl().getText().contains("product newsletter"));

        robot.clickOn("#withdrawButton");
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS,
                () -> text(robot, "#consentsNotice").contains("withdrawn (email)"));
        assertThat(f.services.consents().detail(f.officer, f.bobConsent).status()).isEqualTo("WITHDRAWN");
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> robot.lookup("#receiptArea")
                .queryTextInputControl().getText().contains("by email, recorded by olivia"));
        assertThat(robot.lookup("#withdrawButton").queryButton().isDisabled())
                .as("a withdrawn consent cannot be withdrawn again").isTrue();
    }
}
