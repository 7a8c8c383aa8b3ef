package com.custodia.ui.requests;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import com.custodia.ledger.LedgerQueries;
import com.custodia.service.requests.RequestFixture;
import com.custodia.support.TestWorkspaces;
import com.custodia.ui.common.FxTaskExecutor;
import com.custodia.ui.common.ScreenContext;
import com.custodia.ui.common.ScreenView;
import com.custodia.ui.common.ViewLoader;
import com.custodia.ui.support.RecordingDialogs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.control.ButtonBase;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
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
 * The real Requests screen in a headless stage with the real worker-thread executor: a privacy
 * officer records an access request, matches it, verifies the identity, is refused delivery until
 * a second operator confirms, builds the report and delivers it (ledger entry first, then the file).
 */
@ExtendWith(ApplicationExtension.class)
class RequestsScreenFxTest {

    /** Generous: a bound on waiting for background work, not a performance assertion. */
    private static final int WAIT_SECONDS = 30;

    @TempDir Path dir;

    private RequestFixture f;
    private RecordingDialogs dialogs;
    private FxTaskExecutor executor;
    private ScreenView screen;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        f = new RequestFixture(clock -> TestWorkspaces.embedded(dir.resolve("ws"), clock));
        f.everyCategory(f.ada);
        dialogs = new RecordingDialogs();
        executor = new FxTaskExecutor();
        ScreenContext context = new ScreenContext(f.services, f.olivia, executor, dialogs,
                new ViewLoader(Locale.ENGLISH), f.clock);
        screen = new RequestsScreen().open(context);
        stage.setScene(new Scene(screen.root(), 1280, 860));
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
    void anAccessRequestGoesFromIntakeToDelivery(FxRobot robot) throws Exception {
        // intake
        robot.clickOn("#newButton");
        robot.clickOn("#intakeName").write("Ada Lovelace");
        robot.clickOn("#intakeEmail").write("ada@example.com");
        robot.clickOn("#intakeSave");
        TableView<RequestsViewModel.Row> queue = robot.lookup("#queueTable").queryTableView();
        waitFor(() -> fx(() -> queue.getItems().size() == 1 && queue.getSelectionModel().getSelectedItem() != null));
        RequestsViewModel.Row row = fx(() -> queue.getItems().get(0));
        assertThat(row.requester()).isEqualTo("Ada Lovelace");
        assertThat(row.daysLeft()).isEqualTo("28 days left");
        Label title = robot.lookup("#detailTitle").queryAs(Label.class);
        waitFor(() -> fx(() -> title.getText().startsWith("Request #" + row.id())));

        // matching
        press(robot, "#candidatesButton");
        ListView<?> candidates = robot.lookup("#candidateList").queryListView();
        waitFor(() -> fx(() -> candidates.getItems().size() == 1));
        robot.interact(() -> candidates.getSelectionModel().select(0));
        press(robot, "#matchButton");
        Label matched = robot.lookup("#matchedLabel").queryAs(Label.class);
        waitFor(() -> fx(() -> matched.getText().startsWith("Matched to person(s) [" + f.ada + "]")));

        // identity: verified here, and the screen says a different operator must confirm
        dialogs.nextFile = Files.writeString(dir.resolve("passport.txt"), "passport no. X123");
        press(robot, "#evidenceButton");
        robot.interact(() -> robot.lookup("#verifyMethod").queryTextInputControl().setText("passport seen by video call"));
        press(robot, "#verifyButton");
        Label confirmation = robot.lookup("#confirmationLabel").queryAs(Label.class);
        waitFor(() -> fx(() -> confirmation.getText().startsWith("Not yet confirmed")));
        assertThat(confirmation.getText()).contains("an operator other than olivia must confirm");
        assertThat(robot.lookup("#confirmButton").query().isDisabled()).isTrue();

        // the report: built in the background, every store searched; delivery refused before confirmation
        select(robot, "tab-report");
        robot.clickOn("#buildButton");
        TableView<AccessReportViewModel.StoreRow> stores = robot.lookup("#storeTable").queryTableView();
        waitFor(() -> fx(() -> !stores.getItems().isEmpty()));
        assertThat(fx(() -> stores.getItems().stream().map(AccessReportViewModel.StoreRow::table).toList()))
                .contains("web_visit", "license", "consent");
        Path target = dir.resolve("out/access-report-" + row.id() + ".pdf");
        dialogs.nextFile = target;
        robot.clickOn("#deliverButton");
        Label reportNotice = robot.lookup("#reportNotice").queryAs(Label.class);
        waitFor(() -> fx(() -> reportNotice.getText().contains("second operator")));
        assertThat(target).doesNotExist();

        // a second operator confirms (in their own session), then the report goes out
        f.services.requests().confirm(f.oscar, row.id());
        robot.clickOn("#refreshButton");
        waitFor(() -> fx(() -> confirmation.getText().startsWith("Confirmed by oscar")));
        long entry = new LedgerQueries(f.services.database()).size();
        robot.clickOn("#deliverButton");
        waitFor(() -> fx(() -> reportNotice.getText().startsWith("Delivered")));
        assertThat(reportNotice.getText()).isEqualTo("Delivered: recorded in the ledger as entry " + entry
                + ", then written to access-report-" + row.id() + ".pdf.");
        assertThat(Files.readAllBytes(target)).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
        waitFor(() -> fx(() -> queue.getItems().isEmpty()));
        assertThat(dialogs.errors).isEmpty();
    }

    /** Fires a button that may sit below the visible part of a scroll pane, as a click would. */
    private static void press(FxRobot robot, String query) {
        ButtonBase button = robot.lookup(query).queryAs(ButtonBase.class);
        assertThat(button.isDisabled()).as(query + " enabled").isFalse();
        robot.interact(button::fire);
    }

    private static void select(FxRobot robot, String tabId) throws Exception {
        TabPane tabs = robot.lookup("#detailTabs").queryAs(TabPane.class);
        fx(() -> {
            tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> tabId.equals(t.getId())).findFirst()
                    .orElseThrow());
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void waitFor(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, condition);
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(WAIT_SECONDS, TimeUnit.SECONDS);
    }
}
