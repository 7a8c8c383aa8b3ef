package com.custodia.ui.legal;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import com.custodia.domain.LegalOrderStatus;
import com.custodia.service.legal.LegalOrderFixture;
import com.custodia.service.legal.LegalOrderSummary;
import com.custodia.support.TestWorkspaces;
import com.custodia.ui.common.FxTaskExecutor;
import com.custodia.ui.common.ScreenContext;
import com.custodia.ui.common.ScreenView;
import com.custodia.ui.common.ViewLoader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
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
 * The real legal-orders screen in a headless stage, with the real worker-thread executor: a
 * privacy officer fills in the intake panel, attaches the copy, and the order shows up in the list
 * with the decision closed to the officer who entered it.
 */
@ExtendWith(ApplicationExtension.class)
class LegalOrdersScreenFxTest {

    /** Generous: a bound on waiting for background work, not a performance assertion. */
    private static final int WAIT_SECONDS = 30;

    @TempDir Path dir;

    private LegalOrderFixture f;
    private FakeDialogs dialogs;
    private FxTaskExecutor executor;
    private ScreenView screen;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        f = new LegalOrderFixture(dir, clock -> TestWorkspaces.embedded(dir.resolve("ws"), clock));
        dialogs = new FakeDialogs();
        executor = new FxTaskExecutor();
        ScreenContext context = new ScreenContext(f.services, f.olivia, executor, dialogs,
                new ViewLoader(Locale.ENGLISH), f.clock);
        screen = new LegalOrdersScreen().open(context);
        stage.setScene(new Scene(screen.root(), 1280, 800));
        stage.show();
    }

    @AfterEach
    void close() throws TimeoutException {
        WaitForAsyncUtils.asyncFx(screen::dispose);
        WaitForAsyncUtils.waitForFxEvents();
        executor.close();
        f.services.close();
    }

    @Test
    void entersAnOrderThroughThePanelAndSeesItInTheList(FxRobot robot) throws TimeoutException {
        robot.clickOn("#newButton");
        robot.clickOn("#formKind");
        robot.clickOn("Judicial order");
        robot.clickOn("#formAuthorityName").write("High Court");
        robot.clickOn("#formAuthorityAddress").write("Strand, London");
        robot.clickOn("#formReference").write("HC-2026-17");
        robot.clickOn("#formPersons").write(f.ada + ", " + f.bob);
        robot.clickOn("#category-contact");
        robot.clickOn("#category-address");
        DatePicker deadline = robot.lookup("#formDeadline").queryAs(DatePicker.class);
        robot.interact(() -> deadline.setValue(LocalDate.parse("2026-02-10")));
        // the panel is taller than the window: bring its foot into view, as the operator would scroll
        robot.interact(() -> robot.lookup("#formPanel").queryAs(ScrollPane.class).setVvalue(1.0));
        dialogs.files.add(f.copyFile());
        robot.clickOn("#formAttach");
        robot.clickOn("#formSave");

        waitForRow(robot, o -> o.reference().equals("HC-2026-17"));
        Label detailStatus = robot.lookup("#detailStatus").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> !detailStatus.getText().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup(".table-cell").<Node>queryAll()).extracting(LegalOrdersScreenFxTest::cellText)
                .contains("Judicial order", "High Court", "HC-2026-17", "Awaiting decision",
                        "2026-02-10 (10 days left)", "olivia");
        assertThat(robot.lookup("#formPanel").query().isVisible()).as("the panel closes").isFalse();
        assertThat(robot.lookup("#notice").queryAs(Label.class).getText()).contains("(HC-2026-17) entered.");
        assertThat(detailStatus.getText()).isEqualTo("Awaiting decision");
        assertThat(robot.lookup("#detailCopyName").queryAs(Label.class).getText()).isEqualTo("subpoena-4711.txt");
        assertThat(robot.lookup("#approveButton").queryAs(Button.class).isDisabled())
                .as("the officer who entered it cannot approve it").isTrue();
        assertThat(robot.lookup("#decisionHint").queryAs(Label.class).getText())
                .isEqualTo("You entered this order, so another privacy officer must approve or reject it.");
        assertThat(f.services.legalOrders().list(f.oscar)).singleElement()
                .satisfies(o -> assertThat(o.status()).isEqualTo(LegalOrderStatus.RECEIVED));
    }

    private static void waitForRow(FxRobot robot, Predicate<LegalOrderSummary> wanted) throws TimeoutException {
        TableView<LegalOrderSummary> table = robot.lookup("#ordersTable").<LegalOrderSummary>queryTableView();
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> table.getItems().stream().anyMatch(wanted)).get());
    }

    private static String cellText(Node cell) {
        return cell instanceof Labeled labeled ? labeled.getText() : "";
    }
}
